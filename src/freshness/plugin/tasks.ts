import type { TaskConfig } from 'payload'

import { jobClockNow } from '../clock'
import type { SanitizedFreshnessOptions } from '../options'
import { sendReviewReminders } from '../reminders'
import { resyncOverdueListings } from '../resync'

/**
 * The daily review reminders: digests to owners, the secretariat after 30 days overdue. One run at
 * a time (concurrency key); the outbox's per-person-per-day dedupe key covers several servers.
 */
export const sendReviewRemindersTask = (
  options: SanitizedFreshnessOptions,
): TaskConfig<{
  input: Record<string, never>
  output: { checked: number; reminded: number; escalated: number; queued: number }
}> => ({
  slug: 'sendReviewReminders',
  label: 'Send påmindelser om gennemgang af opslag',
  inputSchema: [],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'reminded', type: 'number' },
    { name: 'escalated', type: 'number' },
    { name: 'queued', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'freshness:reminders', exclusive: true },
  schedule: [{ cron: options.remindersCron, queue: options.queue }],
  handler: async ({ req }) => {
    const report = await sendReviewReminders(req, jobClockNow())
    return {
      output: {
        checked: report.checked,
        reminded: report.reminded,
        escalated: report.escalated,
        queued: report.mails.queued,
      },
    }
  },
})

/**
 * A listing that turns overdue changes no row, so nothing would re-sync its search document (its
 * "Ikke bekræftet siden …" card and its lower rank): this daily task does.
 */
export const resyncOverdueListingsTask = (
  options: SanitizedFreshnessOptions,
): TaskConfig<{ input: Record<string, never>; output: { queued: number } }> => ({
  slug: 'resyncOverdueListings',
  label: 'Opdatér søgningen for opslag, der er blevet forfaldne',
  inputSchema: [],
  outputSchema: [{ name: 'queued', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'freshness:resync', exclusive: true },
  schedule: [{ cron: options.resyncCron, queue: options.queue }],
  handler: async ({ req }) => ({ output: await resyncOverdueListings(req, jobClockNow()) }),
})
