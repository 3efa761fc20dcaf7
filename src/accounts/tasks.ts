import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { closeInactiveAccounts } from './inactivity'
import { expireInvitations } from './invitations/expire'
import type { SanitizedAccountsOptions } from './options'

/**
 * The daily account round: closes accounts not seen for the configured months (with a mail),
 * warns those about to be closed, and marks invitations whose link ran out as expired. One run
 * at a time; the outbox's dedupe keys keep every mail to one on any number of servers.
 */
export const closeInactiveAccountsTask = (
  options: SanitizedAccountsOptions,
): TaskConfig<{
  input: Record<string, never>
  output: { checked: number; deactivated: number; warned: number; expiredInvitations: number }
}> => ({
  slug: 'closeInactiveAccounts',
  label: 'Luk konti, der ikke er brugt i længere tid',
  inputSchema: [],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'deactivated', type: 'number' },
    { name: 'warned', type: 'number' },
    { name: 'expiredInvitations', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'accounts:inactivity', exclusive: true },
  schedule: [{ cron: options.cron, queue: options.queue }],
  handler: async ({ req }) => {
    const now = jobClockNow()
    const report = await closeInactiveAccounts(req.payload, now, req)
    const expiredInvitations = await expireInvitations(req.payload, now, req)
    return {
      output: {
        checked: report.checked,
        deactivated: report.deactivated.length,
        warned: report.warned.length,
        expiredInvitations,
      },
    }
  },
})
