import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { refreshRepealFlags } from './flags'

export const REPEAL_QUEUE = 'legislation'
/** Just after midnight UTC, always after midnight in Copenhagen: the day a provision lapses. */
export const REPEAL_CRON = '5 0 * * *'

/**
 * The daily look at the register: a provision whose last day was yesterday is repealed today, so
 * the listings and notes that still cite it are flagged and their owners get a task the day it
 * happens. Also repairs anything a failed save-time refresh left. One run at a time.
 */
export const noticeRepealsTask: TaskConfig<{
  input: Record<string, never>
  output: { repealed: number; changed: number; tasksOpened: number; tasksCompleted: number }
}> = {
  slug: 'noticeRepeals',
  label: 'Find opslag og noter, der henviser til ophævede bestemmelser',
  inputSchema: [],
  outputSchema: [
    { name: 'repealed', type: 'number' },
    { name: 'changed', type: 'number' },
    { name: 'tasksOpened', type: 'number' },
    { name: 'tasksCompleted', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'legislation:repeal', exclusive: true },
  schedule: [{ cron: REPEAL_CRON, queue: REPEAL_QUEUE }],
  handler: async ({ req }) => {
    const report = await refreshRepealFlags(req, jobClockNow())
    return {
      output: {
        repealed: report.repealed,
        changed: report.changed,
        tasksOpened: report.tasksOpened,
        tasksCompleted: report.tasksCompleted,
      },
    }
  },
}
