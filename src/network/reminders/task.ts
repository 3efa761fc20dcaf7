import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { remindOfEvaluations } from './evaluation'
import { remindOfFollowUps } from './followUps'

/**
 * Daily at 05:30 UTC: the network leaders' evaluation reminders and the follow-ups of minutes
 * coming due. The time is the job system's clock, which tests move with runDueJobs(payload, { now }).
 */
export const networkRemindersTask: TaskConfig<{
  input: Record<string, never>
  output: { evaluations: number; followUps: number }
}> = {
  slug: 'networkReminders',
  label: 'Netværk: påmindelser om evaluering og opfølgning',
  inputSchema: [],
  outputSchema: [
    { name: 'evaluations', type: 'number' },
    { name: 'followUps', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'network-reminders:daily', exclusive: true },
  schedule: [{ cron: '30 5 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const now = jobClockNow()
    const evaluations = await remindOfEvaluations(req.payload, now)
    const followUps = await remindOfFollowUps(req.payload, now)
    return { output: { evaluations: evaluations.reminded, followUps: followUps.reminded } }
  },
}
