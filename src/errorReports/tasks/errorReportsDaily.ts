import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { runErrorReportsDaily } from '../daily'

/**
 * Daily at 05:00 UTC (6 or 7 in Denmark): escalation of reports open longer than 5 working days,
 * and deletion of reporters' e-mail addresses 30 days after closing (src/errorReports/daily.ts).
 * The time is the job system's clock, which tests move with runDueJobs(payload, { now }).
 */
export const errorReportsDailyTask: TaskConfig<{
  input: Record<string, never>
  output: { escalated: number; emailsDeleted: number }
}> = {
  slug: 'errorReportsDaily',
  label: 'Fejlmeldinger: send videre og slet e-mailadresser',
  inputSchema: [],
  outputSchema: [
    { name: 'escalated', type: 'number' },
    { name: 'emailsDeleted', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'error-reports:daily', exclusive: true },
  schedule: [{ cron: '0 5 * * *', queue: 'default' }],
  handler: async ({ req }) => ({
    output: await runErrorReportsDaily(req.payload, jobClockNow()),
  }),
}
