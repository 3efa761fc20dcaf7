import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { statsDay } from './normalize'

type Db = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
}

/** The first day still kept after `months` of retention, YYYY-MM-DD. */
export function retentionStart(now: Date, months: number): string {
  const start = new Date(now)
  start.setUTCMonth(start.getUTCMonth() - months)
  return statsDay(start)
}

/**
 * Closes the days that are over: the day-salted query hash and the sessions' hashes of every
 * earlier day are replaced (nothing can link a row to a person or to another day any more; the
 * counts and any stored text stay), and the days older than the retention are deleted.
 */
export async function scrubSearchStats(
  payload: Payload,
  { now = new Date(), retentionMonths }: { now?: Date; retentionMonths: number },
): Promise<{ closed: number; deleted: number }> {
  const today = statsDay(now)
  const db = (payload.db as unknown as Db).drizzle
  // access: system bookkeeping of the statistics.
  const closed = await db.execute(sql`
    UPDATE search_stats SET
      query_key = 'closed:' || id,
      key = day || '|closed:' || id || '|' || coalesce(filters, ''),
      session_hashes = NULL
    WHERE day < ${today} AND query_key NOT LIKE 'closed:%'
    RETURNING id`)
  // access: system bookkeeping of the statistics.
  const deleted = await db.execute(sql`
    DELETE FROM search_stats WHERE day < ${retentionStart(now, retentionMonths)} RETURNING id`)
  return { closed: closed.rows.length, deleted: deleted.rows.length }
}

export const scrubSearchStatsTask = (
  retentionMonths: number,
): TaskConfig<{ input: Record<string, never>; output: { closed: number; deleted: number } }> => ({
  slug: 'scrubSearchStats',
  label: 'Luk søgestatistikkens afsluttede dage og slet de forældede',
  inputSchema: [],
  outputSchema: [
    { name: 'closed', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  concurrency: { key: () => 'search-stats:scrub', exclusive: true },
  // Hourly, so a day is closed within an hour of its end whatever time zone the cron reads.
  schedule: [{ cron: '5 * * * *', queue: 'search-stats' }],
  handler: async ({ req }) => ({
    output: await scrubSearchStats(req.payload, { retentionMonths }),
  }),
})
