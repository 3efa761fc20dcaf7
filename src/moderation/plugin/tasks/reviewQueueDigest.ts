import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { sendReviewDigests } from '../../reviewDigest'

/**
 * The consultants' morning digest of the review queue (../../reviewDigest.ts). Runs every hour;
 * the first run from 07:00 Danish time on a working day sends it, the later ones find it sent.
 * (A cron in UTC cannot say 07:00 Danish time all year.)
 */
export const reviewQueueDigestTask: TaskConfig<{
  input: Record<string, never>
  output: { consultants: number; items: number; queued: number }
}> = {
  slug: 'reviewQueueDigest',
  label: 'Morgenoversigt over ændringer til gennemsyn',
  inputSchema: [],
  outputSchema: [
    { name: 'consultants', type: 'number' },
    { name: 'items', type: 'number' },
    { name: 'queued', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  concurrency: { key: () => 'moderation:review-queue-digest', exclusive: true },
  schedule: [{ cron: '5 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { consultants, items, queued } = await sendReviewDigests(req.payload, jobClockNow(), req)
    return { output: { consultants, items, queued } }
  },
}
