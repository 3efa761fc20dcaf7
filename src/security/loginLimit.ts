import {
  APIError,
  AuthenticationError,
  type CollectionAfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  LockedAuth,
} from 'payload'

import { LOCK_MINUTES, loginFailedMessage, MAX_LOGIN_ATTEMPTS } from './loginMessages'

import { clientKey, positiveInt, SlidingWindow } from './rateLimit'

/**
 * The login limits, in place of Payload's own lock (the users collection sets
 * `maxLoginAttempts: 0`). Payload locks an account for everybody, so anybody who knows a
 * caseworker's e-mail could keep them out. Here the lock is per account and client: after
 * MAX_LOGIN_ATTEMPTS failures within LOCK_MINUTES, that client cannot log in to that account (not
 * even with the right password) until the oldest failure is LOCK_MINUTES old; the owner logs in
 * from their own machine as usual. The client is the address the front server decided on
 * (src/launcher/frontServer.ts), so a forged X-Forwarded-For changes nothing. A second limit stops
 * one client trying many accounts (password spraying) with a Danish 429.
 *
 * Both count attempts before the password is checked and give successful ones back, so parallel
 * attempts cannot slip past them.
 */
const perAccountAndClient = new SlidingWindow(MAX_LOGIN_ATTEMPTS, LOCK_MINUTES * 60_000)
/** Failed attempts from one client across all accounts (password spraying). */
const perClient = new SlidingWindow(
  positiveInt(process.env.LOGIN_ATTEMPTS_PER_CLIENT, 30),
  positiveInt(process.env.LOGIN_WINDOW_MINUTES, 15) * 60_000,
)

const normalizeEmail = (email: unknown) =>
  String(email ?? '')
    .trim()
    .toLowerCase()

const pairKey = (client: string, email: unknown) => `${normalizeEmail(email)}|${client}`

function tooMany(retryAfterSeconds: number): never {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  throw new APIError(
    `For mange loginforsøg fra denne enhed. Prøv igen om ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}.`,
    429,
    { retryAfterSeconds },
    true,
  )
}

/** Counts a login attempt per client and per account+client before the password is checked. */
export const limitLoginAttempts: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const client = clientKey(req.headers)
  const pair = pairKey(client, (args as { data?: { email?: unknown } }).data?.email)
  const byClient = perClient.take(client)
  if (!byClient.allowed) tooMany(byClient.retryAfterSeconds)
  if (!perAccountAndClient.take(pair).allowed) {
    perClient.giveBack(client)
    // Answered like a wrong password (answerFailedLogins), which names the lock.
    throw new LockedAuth(req.t)
  }
  return args
}

/** A successful login does not count against the client, and ends its failures on the account. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const client = clientKey(req.headers)
  perClient.giveBack(client)
  perAccountAndClient.clear(pairKey(client, user.email))
  return user
}

/** An admin's unlock (Payload's unlock operation, admins only) lifts the account's locks. */
export const liftLocksOnUnlock: CollectionAfterOperationHook<'users'> = ({
  args,
  operation,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const prefix = `${normalizeEmail((args as { data?: { email?: unknown } }).data?.email)}|`
  perAccountAndClient.clearWhere((key) => key.startsWith(prefix))
  return result
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
