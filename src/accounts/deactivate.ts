import type { Payload, PayloadRequest } from 'payload'

import { queueMail } from '@/mail/queueMail'

import { deactivationMail } from './mail'
import { accountsOptions } from './options'
import type { DeactivationReason } from './reasons'

type AccountRow = {
  id: number
  email?: string | null
  name?: string | null
  role?: string | null
  deactivatedAt?: string | null
}

async function accountOf(payload: Payload, userId: number, req?: PayloadRequest) {
  // access: system read of the account being changed; never returned to a client.
  return (await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    select: { email: true, name: true, role: true, deactivatedAt: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as AccountRow | null
}

export type DeactivateResult = 'deactivated' | 'already-deactivated' | 'not-found'

/**
 * Closes an account: stamps when and why, ends every session at once (the users collection keeps
 * its sessions on the user, so a token whose session is gone is refused on its next request) and
 * queues a Danish mail telling the user. What the user wrote stays, attributed to them: nothing
 * else changes. Idempotent: a closed account is left as it is and gets no second mail.
 */
export async function deactivateUser(
  payload: Payload,
  userId: number,
  { reason, now, req }: { reason: DeactivationReason; now: Date; req?: PayloadRequest },
): Promise<DeactivateResult> {
  const account = await accountOf(payload, userId, req)
  if (!account) return 'not-found'
  if (account.deactivatedAt) return 'already-deactivated'

  // access: the system reads the whole row, as Payload's own session code does (src: payload
  // auth/sessions.ts), and writes it back with the sessions emptied, which ends them.
  const full = await payload.db.findOne<Record<string, unknown> & { id: number }>({
    collection: 'users',
    where: { id: { equals: userId } },
    req,
  })
  if (!full) return 'not-found'
  // access: a system write of system fields and the sessions; updatedAt stays the user's own.
  await payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: {
      ...full,
      deactivatedAt: now.toISOString(),
      deactivationReason: reason,
      sessions: [],
      updatedAt: null,
    },
    req,
    returning: false,
  })
  payload.logger.info(`Account ${userId} deactivated (${reason})`)

  if (account.email) {
    const mail = deactivationMail(reason, {
      name: account.name || account.email,
      inactiveMonths: accountsOptions(payload).inactiveMonths,
    })
    await queueMail(payload, {
      to: account.email,
      subject: mail.subject,
      content: mail.content,
      reason: mail.reason,
      recipient: userId,
      dedupeKey: `account-deactivated:${userId}:${now.toISOString()}`,
      req,
      now,
    })
  }
  return 'deactivated'
}

export type ReactivateResult = 'reactivated' | 'not-deactivated' | 'not-found'

/**
 * Opens a closed account again. `reactivatedAt` restarts the inactivity count, so the daily task
 * does not close the account again the next night for its old last sign-in.
 */
export async function reactivateUser(
  payload: Payload,
  userId: number,
  { now, req }: { now: Date; req?: PayloadRequest },
): Promise<ReactivateResult> {
  const account = await accountOf(payload, userId, req)
  if (!account) return 'not-found'
  if (!account.deactivatedAt) return 'not-deactivated'
  // access: a system write of system fields.
  await payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: { deactivatedAt: null, deactivationReason: null, reactivatedAt: now.toISOString() },
    req,
    returning: false,
  })
  payload.logger.info(`Account ${userId} reactivated`)
  return 'reactivated'
}

/**
 * Notes a successful sign-in (a password, an invitation, single sign-on): the inactivity count
 * starts again. A direct write of the one column: no hooks, and `updatedAt` (the last change of
 * the user's own data) stays.
 */
export async function recordSignIn(
  payload: Payload,
  userId: number,
  now: Date,
  req?: PayloadRequest,
): Promise<void> {
  // access: a system write of a system field.
  await payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: { lastSignInAt: now.toISOString() },
    req,
    returning: false,
  })
}

/** Whether a user (as an auth strategy or a login returns it) is closed. */
export const isDeactivated = (user: { deactivatedAt?: unknown } | null | undefined): boolean =>
  Boolean(user?.deactivatedAt)
