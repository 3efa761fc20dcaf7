import type { TaskConfig } from 'payload'

import { reconcile } from '../../indexing/indexer'
import type { SanitizedSearchOptions } from '../../options'
import { guarded } from './shared'

/** A cron expression for "every `minutes` minutes". */
export function everyMinutes(minutes: number): string {
  if (minutes < 60) return `*/${Math.max(1, Math.round(minutes))} * * * *`
  return `0 */${Math.max(1, Math.round(minutes / 60))} * * *`
}

/**
 * Compares Postgres with the index and repairs drift. Scheduled every `reconcileMinutes` on the
 * search queue: the jobs runner (src/jobs) enqueues it when it is due and runs it.
 */
export const reconcileSearchTask = (
  options: SanitizedSearchOptions,
): TaskConfig<{
  input: Record<string, never>
  output: { checked: number; upserted: number; deleted: number }
}> => ({
  slug: 'reconcileSearch',
  label: 'Sammenlign søgeindekset med databasen',
  inputSchema: [],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'upserted', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  concurrency: { key: () => 'search:reconcile', exclusive: true },
  ...(options.reconcileMinutes > 0
    ? { schedule: [{ cron: everyMinutes(options.reconcileMinutes), queue: options.queue }] }
    : {}),
  handler: async ({ req }) => ({ output: await guarded(() => reconcile(req.payload)) }),
})
