import type { Payload, PayloadRequest, Where } from 'payload'

import { addDays, addMonths } from '@/domain/freshness'
import { queueMail } from '@/mail/queueMail'

import { deactivateUser } from './deactivate'
import { inactivityWarningMail } from './mail'
import { accountsOptions } from './options'

type Candidate = {
  id: number
  email?: string | null
  name?: string | null
  role?: string | null
  createdAt: string
  lastSignInAt?: string | null
  reactivatedAt?: string | null
}

export type InactivityReport = {
  checked: number
  deactivated: number[]
  warned: number[]
  /** Admins left open because closing them would leave no open admin account. */
  keptLastAdmin: number[]
}

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : 0)

/** When the account was last seen: its last sign-in, its reactivation or its creation. */
export const lastSeenOf = (user: Candidate): Date =>
  new Date(Math.max(time(user.createdAt), time(user.lastSignInAt), time(user.reactivatedAt)))

/** Open accounts not seen since `before` (each of the three dates older, or missing). */
const notSeenSince = (before: Date): Where => ({
  and: [
    { deactivatedAt: { exists: false } },
    { createdAt: { less_than: before.toISOString() } },
    {
      or: [
        { lastSignInAt: { exists: false } },
        { lastSignInAt: { less_than: before.toISOString() } },
      ],
    },
    {
      or: [
        { reactivatedAt: { exists: false } },
        { reactivatedAt: { less_than: before.toISOString() } },
      ],
    },
  ],
})

/**
 * The daily round of accounts that end: an account not seen for the configured months
 * (ACCOUNT_INACTIVE_MONTHS, default 6) is closed and told by e-mail; one that will be closed within
 * the warning days gets one warning first (once per period of absence: the dedupe key names the
 * last time it was seen). The last open admin account is never closed, so the portal keeps an
 * administrator; the log says so.
 */
export async function closeInactiveAccounts(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<InactivityReport> {
  const { inactiveMonths, warnDays } = accountsOptions(payload)
  const cutoff = addMonths(now, -inactiveMonths)
  const warnCutoff = addMonths(addDays(now, warnDays), -inactiveMonths)
  const report: InactivityReport = { checked: 0, deactivated: [], warned: [], keptLastAdmin: [] }

  // access: system read of the accounts to close or warn; never returned to a client.
  const { docs } = await payload.find({
    collection: 'users',
    where: notSeenSince(warnDays > 0 ? warnCutoff : cutoff),
    depth: 0,
    limit: 1000,
    sort: 'id',
    select: {
      email: true,
      name: true,
      role: true,
      createdAt: true,
      lastSignInAt: true,
      reactivatedAt: true,
    } as never,
    overrideAccess: true,
    req,
  })
  const candidates = docs as unknown as Candidate[]
  report.checked = candidates.length

  const toClose = candidates.filter((user) => lastSeenOf(user) < cutoff)
  const toWarn = candidates.filter((user) => lastSeenOf(user) >= cutoff)

  // Keep one open admin: if every open admin is due, the one seen most recently stays open.
  const closingAdmins = toClose.filter((user) => user.role === 'admin')
  if (closingAdmins.length > 0) {
    // access: system count of open admin accounts.
    const { totalDocs: openAdmins } = await payload.count({
      collection: 'users',
      where: { and: [{ role: { equals: 'admin' } }, { deactivatedAt: { exists: false } }] },
      overrideAccess: true,
      req,
    })
    if (openAdmins - closingAdmins.length < 1) {
      const keep = closingAdmins.reduce((a, b) => (lastSeenOf(a) >= lastSeenOf(b) ? a : b))
      report.keptLastAdmin.push(keep.id)
      toClose.splice(toClose.indexOf(keep), 1)
      payload.logger.warn(
        `Account ${keep.id} has not been used for ${inactiveMonths} months, but it is the last open admin account: left open.`,
      )
    }
  }

  for (const user of toClose) {
    const result = await deactivateUser(payload, user.id, { reason: 'inactive', now, req })
    if (result === 'deactivated') report.deactivated.push(user.id)
  }

  for (const user of toWarn) {
    if (!user.email) continue
    const lastSeen = lastSeenOf(user)
    const mail = inactivityWarningMail({
      name: user.name || user.email,
      closesOn: addMonths(lastSeen, inactiveMonths),
      inactiveMonths,
    })
    const queued = await queueMail(payload, {
      to: user.email,
      subject: mail.subject,
      content: mail.content,
      reason: mail.reason,
      recipient: user.id,
      dedupeKey: `account-inactivity-warning:${user.id}:${lastSeen.toISOString()}`,
      req,
      now,
    })
    if (queued === 'queued') report.warned.push(user.id)
  }
  return report
}
