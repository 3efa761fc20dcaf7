import { APIError, AuthenticationError, type CollectionAfterErrorHook, LockedAuth } from 'payload'

import { LOCK_MINUTES } from '@/security/loginMessages'
import { clientKey } from '@/security/rateLimit'

import { appMetrics } from '../appMetrics'

/** Account+client pairs seen locked, until when: a lock is counted once, not per refused attempt. */
const locksSeen = new Map<string, number>()

function noteLock(key: string, now: number): boolean {
  const until = locksSeen.get(key)
  if (until !== undefined && until > now) return false
  locksSeen.set(key, now + LOCK_MINUTES * 60_000)
  if (locksSeen.size > 10_000) {
    for (const [other, time] of locksSeen) if (time <= now) locksSeen.delete(other)
  }
  return true
}

/**
 * Counts failed logins on the users collection by reason (src/security/loginLimit.ts decides and
 * answers them; this only counts): wrong credentials, refused by the account lock, or too many
 * attempts from one client. The first refusal of a lock for an account and client counts as a lock.
 */
export const countFailedLogins: CollectionAfterErrorHook = ({ error, req }) => {
  const metrics = appMetrics()
  if (error instanceof LockedAuth) {
    metrics.loginFailures.inc({ reason: 'locked' })
    const email = String((req.data as { email?: unknown } | undefined)?.email ?? '')
      .trim()
      .toLowerCase()
    if (noteLock(`${email}|${clientKey(req.headers)}`, Date.now())) metrics.loginLocks.inc()
  } else if (error instanceof AuthenticationError) {
    metrics.loginFailures.inc({ reason: 'credentials' })
  } else if (
    error instanceof APIError &&
    error.status === 429 &&
    /\/login\/?$/.test(new URL(req.url ?? '/', 'http://localhost').pathname)
  ) {
    metrics.loginFailures.inc({ reason: 'client-limit' })
  }
}
