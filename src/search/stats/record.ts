import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { queryCountStorage } from '@/utilities/sqlQueryCounter'

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

/** Searches of one day, words, filters and session, counted but not yet written. */
type PendingSearches = {
  payload: Payload
  key: string
  day: string
  queryKey: string
  filters: string
  text: string
  sessionHash: string
  searches: number
  zeroResults: number
  lastTotal: number
}

function pendingOf(payload: Payload, event: SearchEvent, session: SearchSession): PendingSearches {
  const now = event.now ?? new Date()
  const { day, salt, text, filters, queryKey, key } = keysOf(payload, event.q, event.query, now)
  const sessionHash = saltedHash(
    salt,
    `s:${session.account ? `account:${session.account}` : `client:${session.client}|${session.userAgent}`}`,
  )
  return {
    payload,
    key,
    day,
    queryKey,
    filters,
    text,
    sessionHash,
    searches: 1,
    zeroResults: event.total === 0 ? 1 : 0,
    lastTotal: Math.max(0, Math.floor(event.total)),
  }
}

/**
 * Adds searches to their day's row for the words and filters. The session counts towards the 3
 * distinct sessions that make the text storable; its hash is kept only until then (and replaced
 * when the day is over). Never throws.
 */
async function writeSearches(entry: PendingSearches): Promise<void> {
  const { payload, key, day, queryKey, filters, text, sessionHash } = entry
  try {
    // access: system bookkeeping of counts; no user data is written.
    const { rows } = await db(payload).drizzle.execute(sql`
      INSERT INTO search_stats
        (key, day, query_key, filters, searches, zero_results, last_total, clicks,
         click_positions, sessions, session_hashes, updated_at, created_at)
      VALUES (${key}, ${day}, ${queryKey}, ${filters}, ${entry.searches}, ${entry.zeroResults},
         ${entry.lastTotal}, 0, '{}'::jsonb, 1, jsonb_build_array(${sessionHash}::text), now(), now())
      ON CONFLICT (key) DO UPDATE SET
        searches = search_stats.searches + EXCLUDED.searches,
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

/** Counts one search (page 1 of a result list) at once, and waits for the write. */
export async function recordSearch(
  payload: Payload,
  event: SearchEvent,
  session: SearchSession,
): Promise<void> {
  try {
    await writeSearches(pendingOf(payload, event, session))
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not record a search in the statistics')
  }
}

/** How long searches wait in memory before they are written, and how many at most. */
export const SEARCH_STATS_FLUSH_MS = 1000
const MAX_PENDING = 500

type Buffer = { pending: Map<string, PendingSearches>; timer?: ReturnType<typeof setTimeout> }

/** On globalThis: the API route, the results page and the shutdown share one buffer. */
function buffer(): Buffer {
  const global = globalThis as unknown as Record<symbol, Buffer | undefined>
  const key = Symbol.for('videnportal.searchStats.pending')
  global[key] ??= { pending: new Map() }
  return global[key]
}

/**
 * Counts one search (page 1 of a result list) without a write of its own: the searches of the
 * same words, filters and session are added up in memory and written together within a second
 * (or at 500 pending), outside any request, so a search costs no SQL statement and searches of
 * the same words do not queue on one row. Never throws into the search. The shutdown writes what
 * is pending (flushSearchStats).
 */
export function countSearch(payload: Payload, event: SearchEvent, session: SearchSession): void {
  try {
    const entry = pendingOf(payload, event, session)
    const { pending } = buffer()
    const id = `${entry.key}|${entry.sessionHash}`
    const known = pending.get(id)
    if (known) {
      known.searches += 1
      known.zeroResults += entry.zeroResults
      known.lastTotal = entry.lastTotal
    } else pending.set(id, entry)
    if (pending.size >= MAX_PENDING) void flushSearchStats()
    else scheduleFlush()
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not count a search in the statistics')
  }
}

function scheduleFlush() {
  const state = buffer()
  if (state.timer) return
  // Background work: the timer belongs to no request (its statements are not the request's).
  queryCountStorage().exit(() => {
    state.timer = setTimeout(() => void flushSearchStats(), SEARCH_STATS_FLUSH_MS)
    state.timer.unref?.()
  })
}

/** Writes the searches counted so far (one statement per words, filters and session). */
export async function flushSearchStats(): Promise<void> {
  const state = buffer()
  if (state.timer) clearTimeout(state.timer)
  state.timer = undefined
  const entries = [...state.pending.values()]
  state.pending.clear()
  await queryCountStorage().exit(async () => {
    // One after another: entries of the same words share a row.
    for (const entry of entries) await writeSearches(entry)
  })
}

/** Counts a click on the hit at `position` (1-based) of today's search with these words. */
export async function recordClick(
  payload: Payload,
  event: { q: string; query: string; position: number; now?: Date },
): Promise<boolean> {
  try {
    // The search that was clicked may still be counted in memory: its row first.
    await flushSearchStats()
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
