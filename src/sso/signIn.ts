import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { deactivateUser, reactivateUser, recordSignIn } from '@/accounts/deactivate'
import type { User } from '@/payload-types'

import type { ClaimsReading } from './claims'
import type { SsoProvider } from './config'
import type { SsoFailure } from './messages'

/**
 * The portal's side of a sign-in the provider has vouched for: find the person's account (by
 * provider and subject, else by e-mail), create it on the first sign-in (just in time, with the
 * provider's municipality and the mapped role), or bring name, title, role and municipality up
 * to date; and close the account of somebody the provider no longer puts in an allowed group.
 *
 * - Accounts that sign in with a password by design (admins, NGO editors) are never taken over
 *   by a provider: the same e-mail from a provider is refused (`conflict`). A linked account an
 *   admin has made an administrator stays one: the portal decides that, never a provider.
 * - An account closed by an admin stays closed. One closed because it was unused, or because its
 *   provider had dropped it from the groups, opens again when the provider vouches anew.
 */
export type SignInResult = { ok: true; userId: number } | { ok: false; failure: SsoFailure }

type Account = Pick<
  User,
  | 'id'
  | 'email'
  | 'role'
  | 'name'
  | 'title'
  | 'municipality'
  | 'deactivatedAt'
  | 'deactivationReason'
> & { ssoProvider?: string | null; ssoSubject?: string | null }

const selectAccount = {
  email: true,
  role: true,
  name: true,
  title: true,
  municipality: true,
  deactivatedAt: true,
  deactivationReason: true,
  ssoProvider: true,
  ssoSubject: true,
} as const

async function findAccount(
  payload: Payload,
  provider: SsoProvider,
  subject: string | undefined,
  email: string | undefined,
  req: PayloadRequest,
): Promise<Account | undefined> {
  if (subject) {
    // access: the sign-in itself (no user yet); looks up the account the provider names.
    const linked = await payload.find({
      collection: 'users',
      where: {
        and: [{ ssoProvider: { equals: provider.id } }, { ssoSubject: { equals: subject } }],
      },
      select: selectAccount,
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    if (linked.docs[0]) return linked.docs[0] as Account
  }
  if (!email) return undefined
  // access: the sign-in itself (no user yet); looks up the account of the vouched-for address.
  const byEmail = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    select: selectAccount,
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return byEmail.docs[0] as Account | undefined
}

/** Whether the account may be signed in by this provider at all. */
function takenOver(account: Account, provider: SsoProvider): boolean {
  const linkedHere = account.ssoProvider === provider.id
  if (account.ssoProvider && !linkedHere) return true
  return !linkedHere && (account.role === 'admin' || account.role === 'ngo-editor')
}

async function municipalityId(payload: Payload, code: string, req: PayloadRequest) {
  // access: reference data readable by everyone; the sign-in runs before there is a user.
  const found = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { code: true },
    req,
  })
  return found.docs[0]?.id
}

export async function signInAccount(
  payload: Payload,
  provider: SsoProvider,
  reading: ClaimsReading,
  { now, req }: { now: Date; req: PayloadRequest },
): Promise<SignInResult> {
  if (!reading.ok && reading.failure !== 'no-role') return { ok: false, failure: reading.failure }

  if (!reading.ok) {
    // In no allowed group: an account this provider signed in before is closed now.
    const account = await findAccount(payload, provider, reading.subject, reading.email, req)
    if (!account || takenOver(account, provider) || account.ssoProvider !== provider.id) {
      return { ok: false, failure: 'no-role' }
    }
    if (!account.deactivatedAt) {
      await deactivateUser(payload, account.id, { reason: 'sso-removed', now, req })
      payload.logger.info(
        { user: account.id, provider: provider.id },
        'sso: account closed, the provider no longer puts the user in an allowed group',
      )
    }
    return { ok: false, failure: 'removed' }
  }

  const { person } = reading
  const municipality = await municipalityId(payload, provider.municipality, req)
  if (!municipality) {
    payload.logger.error(
      { provider: provider.id, municipality: provider.municipality },
      'sso: the provider names a municipality the portal does not have',
    )
    return { ok: false, failure: 'misconfigured' }
  }

  const account = await findAccount(payload, provider, person.subject, person.email, req)
  if (account && takenOver(account, provider)) return { ok: false, failure: 'conflict' }
  if (account?.deactivatedAt && account.deactivationReason === 'admin') {
    return { ok: false, failure: 'deactivated' }
  }

  const data = {
    name: person.name,
    title: person.title,
    // An administrator stays one: roles above the mapping are the portal's decision.
    role: account?.role === 'admin' ? 'admin' : person.role,
    municipality,
    ssoProvider: provider.id,
    ssoSubject: person.subject,
  } as const
  if (account?.deactivatedAt) {
    // Closed for being unused, or by this provider: it vouches for the person again now.
    await reactivateUser(payload, account.id, { now, req })
    payload.logger.info(
      { user: account.id, provider: provider.id, reason: account.deactivationReason },
      'sso: account opened again, the provider vouches for the user anew',
    )
  }

  let userId: number
  if (!account) {
    // An empty portal makes its first account an admin (makeFirstUserAdmin): that must never
    // be somebody who merely signed in. The secretariat creates the first account.
    // access: counts accounts to recognise an empty portal; nothing about them is returned.
    const { totalDocs } = await payload.count({ collection: 'users', req })
    if (totalDocs === 0) {
      payload.logger.error(
        { provider: provider.id },
        'sso: the portal has no accounts yet; create the first (admin) account before single sign-on',
      )
      return { ok: false, failure: 'misconfigured' }
    }
  }
  // The provider's address, unless another account already has it (then the old one stays).
  let email = person.email
  if (account && account.email !== person.email) {
    const holder = await findAccount(payload, provider, undefined, person.email, req)
    if (holder && holder.id !== account.id) email = account.email
  }
  if (account) {
    // access: the provider vouches for this person now; their own data from its claims.
    await payload.update({
      collection: 'users',
      id: account.id,
      data: { ...data, email },
      depth: 0,
      req,
      context: { ssoSignIn: true },
    })
    userId = account.id
  } else {
    // access: first sign-in, created just in time; the password is random and never shown, so
    // the account signs in through its provider (or by an invitation's or reset's new password).
    const created = await payload.create({
      collection: 'users',
      data: { ...data, email: person.email, password: randomBytes(32).toString('base64url') },
      depth: 0,
      req,
      context: { ssoSignIn: true },
    })
    userId = created.id
    payload.logger.info(
      { user: userId, provider: provider.id },
      'sso: account created at first sign-in',
    )
  }
  await recordSignIn(payload, userId, now, req)
  return { ok: true, userId }
}
