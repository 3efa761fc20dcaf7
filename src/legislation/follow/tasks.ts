import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { sendFollowDigests } from './digest'

/**
 * The weekly digest of what people follow. One run at a time (concurrency key); the outbox's
 * dedupe key (one per person and ISO week) covers several servers.
 */
export const sendFollowDigestTask = (options: {
  cron: string
  queue: string
}): TaskConfig<{
  input: { users?: number[] | null }
  output: { people: number; queued: number; duplicate: number; optedOut: number; empty: number }
}> => ({
  slug: 'sendFollowDigest',
  label: 'Send ugentlig e-mail om nyt i fulgte emner og love',
  // Empty on the weekly schedule (everybody); a run queued by hand may name people.
  inputSchema: [{ name: 'users', type: 'number', hasMany: true }],
  outputSchema: [
    { name: 'people', type: 'number' },
    { name: 'queued', type: 'number' },
    { name: 'duplicate', type: 'number' },
    { name: 'optedOut', type: 'number' },
    { name: 'empty', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  concurrency: { key: () => 'follow:digest', exclusive: true },
  schedule: [{ cron: options.cron, queue: options.queue }],
  handler: async ({ input, req }) => ({
    output: await sendFollowDigests(req, jobClockNow(), {
      users: input?.users?.length ? input.users : undefined,
    }),
  }),
})
