import type { CollectionAfterChangeHook } from 'payload'

import { appMetrics } from '../appMetrics'

type OutboxState = { status?: string | null; attempts?: number | null }

/**
 * Counts what happens to outbox mails as the sendMail task records it (src/mail/plugin): sent,
 * an attempt that failed (to be retried), given up. Counted on the status change, so a job that
 * runs twice on a mail already sent counts once.
 */
export const countMailOutcomes: CollectionAfterChangeHook = ({ doc, previousDoc, operation }) => {
  if (operation !== 'update') return doc
  const now = doc as OutboxState
  const before = (previousDoc ?? {}) as OutboxState
  const metrics = appMetrics()
  if (now.status === 'sent' && before.status !== 'sent') metrics.mailsSent.inc()
  if ((now.attempts ?? 0) > (before.attempts ?? 0) && now.status !== 'sent') {
    metrics.mailAttemptsFailed.inc()
    if (now.status === 'failed' && before.status !== 'failed') metrics.mailsFailed.inc()
  }
  return doc
}
