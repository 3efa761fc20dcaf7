import {
  APIError,
  AuthenticationError,
  type CollectionAfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  LockedAuth,
} from 'payload'

import { loginFailedMessage } from './loginMessages'

import { clientKey, positiveInt, SlidingWindow } from './rateLimit'

const windowMinutes = positiveInt(process.env.LOGIN_WINDOW_MINUTES, 15)
/**
 * Below Payload's lock threshold (5 failures): one machine can never lock somebody else's account,
 * it is stopped first.
 */
const perAccount = new SlidingWindow(
  positiveInt(process.env.LOGIN_ATTEMPTS_PER_ACCOUNT, 4),
  windowMinutes * 60_000,
)
/** Failed attempts from one client across all accounts (password spraying). */
const perClient = new SlidingWindow(
  positiveInt(process.env.LOGIN_ATTEMPTS_PER_CLIENT, 30),
  windowMinutes * 60_000,
)

const accountKey = (client: string, email: unknown) =>
  `${client}|${String(email ?? '')
    .trim()
    .toLowerCase()}`

function tooMany(retryAfterSeconds: number): never {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  throw new APIError(
    `For mange loginforsøg fra denne enhed. Prøv igen om ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}.`,
    429,
    { retryAfterSeconds },
    true,
  )
}

/** Counts a login attempt per client and per client+account before the password is checked. */
export const limitLoginAttempts: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const client = clientKey(req.headers)
  const account = accountKey(client, (args as { data?: { email?: unknown } }).data?.email)
  const byClient = perClient.take(client)
  if (!byClient.allowed) tooMany(byClient.retryAfterSeconds)
  const byAccount = perAccount.take(account)
  if (!byAccount.allowed) {
    perClient.giveBack(client)
    tooMany(byAccount.retryAfterSeconds)
  }
  return args
}

/** A successful login does not count against the client. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const client = clientKey(req.headers)
  perClient.giveBack(client)
  perAccount.clear(accountKey(client, user.email))
  return user
}

/**
 * Every failed login answers alike: a locked account exactly like a wrong password or an unknown
 * e-mail, so that nobody can tell which accounts exist or are locked. The answer says that too many
 * attempts lock an account for a while and whom to contact, so a locked-out user stops trying.
 */
export const answerFailedLogins: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth) && !(error instanceof AuthenticationError)) return
  return {
    response: { errors: [{ message: loginFailedMessage(req.i18n?.language) }] },
    status: 401,
  }
}
