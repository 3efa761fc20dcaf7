import { createHmac } from 'node:crypto'

import { containsCprNumber } from '@/domain/rules'

/** Sessions that must have searched a text on one day before the text itself is stored. */
export const SESSIONS_BEFORE_TEXT = 3

/**
 * A query as the statistics count it: lower case, letters, digits, § and hyphens only, single
 * spaces (»  Mentor, EUD! « → »mentor eud«).
 */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}§\-\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
}

/** Whether a normalised query may ever be stored as text: never CPR-like (with or without »-«). */
export function storableText(query: string): boolean {
  return !containsCprNumber(query) && !containsCprNumber(query.replace(/[\s-]/g, ''))
}

/** The calendar day in Copenhagen, YYYY-MM-DD: the unit of the statistics. */
export function statsDay(now: Date): string {
  return copenhagenDay.format(now)
}

// Made once: building a formatter (its time zone data) costs far more than formatting a date.
const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' })

/**
 * The day's salt: different every day, the same on every app server (derived from the server
 * secret). Hashes made with it are replaced when the day is over (scrubSearchStats).
 */
export function daySalt(secret: string, day: string): Buffer {
  if (lastSalt?.secret === secret && lastSalt.day === day) return lastSalt.salt
  const salt = createHmac('sha256', secret).update(`search-stats:${day}`).digest()
  lastSalt = { secret, day, salt }
  return salt
}

/** The last salt made: every search of a day asks for the same one. */
let lastSalt: { secret: string; day: string; salt: Buffer } | undefined

export const saltedHash = (salt: Buffer, value: string) =>
  createHmac('sha256', salt).update(value).digest('base64url').slice(0, 22)

/** The filters of a search as one canonical string (no words, no page, no sort). */
export function filtersKey(query: string): string {
  const params = new URLSearchParams(query)
  params.delete('q')
  params.delete('page')
  params.delete('perPage')
  params.delete('sort')
  // A reader's position (»nær mig«) is never kept, not even rounded (src/geo).
  params.delete('near')
  const pairs = [...params.entries()].filter(([, value]) => value !== '')
  pairs.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
  return new URLSearchParams(pairs).toString().slice(0, 300)
}
