import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  daySalt,
  filtersKey,
  normalizeQuery,
  saltedHash,
  SESSIONS_BEFORE_TEXT,
  statsDay,
  storableText,
} from './normalize'

type Db = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
}
const db = (payload: Payload) => payload.db as unknown as Db

/** Who searched, only to tell sessions apart within one day; hashed with the day's salt at once. */
export type SearchSession = { client: string; userAgent: string; account?: string | number | null }

export type SearchEvent = {
  /** The words as typed (normalised here). */
  q: string
  /** The search's query string; only its filters are used. */
  query: string
  total: number
  now?: Date
}

function keysOf(payload: Payload, q: string, query: string, now: Date) {
  const day = statsDay(now)
  const salt = daySalt(payload.secret, day)
  const text = normalizeQuery(q)
  const filters = filtersKey(query)
  const queryKey = saltedHash(salt, `q:${text}`)
  return { day, salt, text, filters, queryKey, key: `${day}|${queryKey}|${filters}` }
}

/**
 * Counts one search (page 1 of a result list) in today's row for its words and filters. The
 * session counts towards the 3 distinct sessions that make the text storable; its hash is kept
 * only until then (and replaced when the day is over). Never throws into the search.
 */
export async function recordSearch(
  payload: Payload,
  event: SearchEvent,
  session: SearchSession,
): Promise<void> {
  try {
    const now = event.now ?? new Date()
    const { day, salt, text, filters, queryKey, key } = keysOf(payload, event.q, event.query, now)
    const sessionHash = saltedHash(
      salt,
      `s:${session.account ? `account:${session.account}` : `client:${session.client}|${session.userAgent}`}`,
    )
    const zero = event.total === 0 ? 1 : 0
    const total = Math.max(0, Math.floor(event.total))
    // access: system bookkeeping of counts; no user data is written.
    const { rows } = await db(payload).drizzle.execute(sql`
      INSERT INTO search_stats
        (key, day, query_key, filters, searches, zero_results, last_total, clicks,
         click_positions, sessions, session_hashes, updated_at, created_at)
      VALUES (${key}, ${day}, ${queryKey}, ${filters}, 1, ${zero}, ${total}, 0,
         '{}'::jsonb, 1, jsonb_build_array(${sessionHash}::text), now(), now())
      ON CONFLICT (key) DO UPDATE SET
        searches = search_stats.searches + 1,
        zero_results = search_stats.zero_results + EXCLUDED.zero_results,
        last_total = EXCLUDED.last_total,
        sessions = CASE
          WHEN search_stats.sessions >= ${SESSIONS_BEFORE_TEXT}
            OR coalesce(search_stats.session_hashes, '[]'::jsonb) @> EXCLUDED.session_hashes
          THEN search_stats.sessions ELSE search_stats.sessions + 1 END,
        session_hashes = CASE
          WHEN search_stats.sessions >= ${SESSIONS_BEFORE_TEXT}
            OR coalesce(search_stats.session_hashes, '[]'::jsonb) @> EXCLUDED.session_hashes
          THEN search_stats.session_hashes
          ELSE coalesce(search_stats.session_hashes, '[]'::jsonb) || EXCLUDED.session_hashes END,
        updated_at = now()
      RETURNING id, sessions, query`)
    const row = rows[0]
    if (!row) return
    const sessions = Number(row.sessions)
    const reached = sessions >= SESSIONS_BEFORE_TEXT || text === ''
    if (reached && row.query === null && storableText(text)) {
      // Enough different people searched these words today: the words are no one's in particular.
      // The sessions' hashes are no longer needed.
      // access: system bookkeeping, as above.
      await db(payload).drizzle.execute(sql`
        UPDATE search_stats SET query = ${text}, session_hashes = NULL
        WHERE id = ${row.id} AND query IS NULL`)
    }
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not record a search in the statistics')
  }
}

/** Counts a click on the hit at `position` (1-based) of today's search with these words. */
export async function recordClick(
  payload: Payload,
  event: { q: string; query: string; position: number; now?: Date },
): Promise<boolean> {
  try {
    const { key } = keysOf(payload, event.q, event.query, event.now ?? new Date())
    const position = String(Math.floor(event.position))
    // access: system bookkeeping of counts; no user data is written.
    const { rows } = await db(payload).drizzle.execute(sql`
      UPDATE search_stats SET
        clicks = clicks + 1,
        click_positions = jsonb_set(
          coalesce(click_positions, '{}'::jsonb), ARRAY[${position}::text],
          to_jsonb(coalesce((click_positions ->> ${position})::int, 0) + 1)),
        updated_at = now()
      WHERE key = ${key}
      RETURNING id`)
    return rows.length > 0
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not record a click in the statistics')
    return false
  }
}
