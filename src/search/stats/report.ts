import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { statsDay } from './normalize'

type Db = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
}

export type StatsRow = {
  /** The normalised words; null for searches whose words fewer than 3 sessions used on a day. */
  query: string | null
  searches: number
  zeroResults: number
  clicks: number
  days: number
}

export type SearchStatsReport = {
  from: string
  to: string
  totals: { searches: number; zeroResults: number; clicks: number; hidden: number }
  top: StatsRow[]
  zeroResults: StatsRow[]
  noClicks: StatsRow[]
}

const toRow = (row: Record<string, unknown>): StatsRow => ({
  query: (row.query as string | null) ?? null,
  searches: Number(row.searches ?? 0),
  zeroResults: Number(row.zero_results ?? 0),
  clicks: Number(row.clicks ?? 0),
  days: Number(row.days ?? 0),
})

/**
 * The gaps in the range of offers as the searches show them, over the last `days` days: the most
 * searched words, the words that found nothing, and those whose results nobody opened. Searches
 * whose words are not stored (fewer than 3 sessions that day) are counted in the totals only.
 */
export async function searchStatsReport(
  payload: Payload,
  { days = 30, now = new Date(), limit = 25 }: { days?: number; now?: Date; limit?: number } = {},
): Promise<SearchStatsReport> {
  const to = statsDay(now)
  const from = statsDay(new Date(now.getTime() - (days - 1) * 86_400_000))
  const db = (payload.db as unknown as Db).drizzle
  const grouped = (having: ReturnType<typeof sql>, order: ReturnType<typeof sql>) =>
    // access: the caller (the admin view) has checked that the reader is an admin.
    db.execute(sql`
      SELECT query, sum(searches) AS searches, sum(zero_results) AS zero_results,
             sum(clicks) AS clicks, count(DISTINCT day) AS days
      FROM search_stats
      WHERE day >= ${from} AND day <= ${to} AND query IS NOT NULL AND query <> ''
      GROUP BY query HAVING ${having}
      ORDER BY ${order}, query LIMIT ${limit}`)
  const [totals, top, zero, noClick] = await Promise.all([
    // access: as above.
    db.execute(sql`
      SELECT coalesce(sum(searches), 0) AS searches, coalesce(sum(zero_results), 0) AS zero_results,
             coalesce(sum(clicks), 0) AS clicks,
             coalesce(sum(searches) FILTER (WHERE query IS NULL), 0) AS hidden
      FROM search_stats WHERE day >= ${from} AND day <= ${to}`),
    grouped(sql`sum(searches) > 0`, sql`sum(searches) DESC`),
    grouped(sql`sum(zero_results) > 0`, sql`sum(zero_results) DESC`),
    grouped(
      sql`sum(clicks) = 0 AND sum(searches) - sum(zero_results) > 0`,
      sql`sum(searches) - sum(zero_results) DESC`,
    ),
  ])
  const t = totals.rows[0] ?? {}
  return {
    from,
    to,
    totals: {
      searches: Number(t.searches ?? 0),
      zeroResults: Number(t.zero_results ?? 0),
      clicks: Number(t.clicks ?? 0),
      hidden: Number(t.hidden ?? 0),
    },
    top: top.rows.map(toRow),
    zeroResults: zero.rows.map(toRow),
    noClicks: noClick.rows.map(toRow),
  }
}
