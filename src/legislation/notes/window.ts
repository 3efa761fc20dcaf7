import { copenhagenDay, copenhagenWallTimeToInstant } from '@/domain/danishDate'
import type { ListingCollection } from '@/domain/options'

/**
 * When a legislation note concerns the listings it affects enough to stand at the top of their
 * pages: from the day it is published until 12 months after it came into force. A note coming into
 * force later is shown at once ("træder i kraft"), one in force for less than a year too ("i kraft").
 * Days are Copenhagen calendar days, as every date in the portal (src/domain/danishDate.ts).
 */
export const NOTICE_MONTHS = 12

export type NoteState = 'upcoming' | 'in-force'

/** `yyyy-mm-dd` of an ISO date string or Date, on the Copenhagen calendar. */
const dayOf = (value: string | Date): string | null => {
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? null : copenhagenDay(date)
}

/** The first Copenhagen day still inside the window at `now`: the same day 12 months earlier. */
export function noticeCutoffDay(now: Date): string {
  const [year, month, day] = copenhagenDay(now).split('-').map(Number)
  const earlier = new Date(Date.UTC(year - NOTICE_MONTHS / 12, month - 1, 1))
  // 29 February a year later has no twin: the window then starts on 28 February.
  const lastDay = new Date(Date.UTC(earlier.getUTCFullYear(), month, 0)).getUTCDate()
  earlier.setUTCDate(Math.min(day, lastDay))
  return earlier.toISOString().slice(0, 10)
}

/** The instant the window opens (Copenhagen midnight of the cutoff day), for database queries. */
export function noticeCutoffInstant(now: Date): Date {
  const [year, month, day] = noticeCutoffDay(now).split('-').map(Number)
  // Midnight always exists in Copenhagen (the clocks change at 02:00 and 03:00).
  return (
    copenhagenWallTimeToInstant(year, month, day, 0, 0) ?? new Date(Date.UTC(year, month - 1, day))
  )
}

/** Whether a note with this effective date belongs at the top of the listings it affects. */
export function isNoticeWorthy(effectiveDate: string | null | undefined, now: Date): boolean {
  const day = effectiveDate ? dayOf(effectiveDate) : null
  return day !== null && day >= noticeCutoffDay(now)
}

/** »træder i kraft« (a later day than today) or »i kraft« (today or earlier). */
export function noteState(effectiveDate: string | null | undefined, now: Date): NoteState {
  const day = effectiveDate ? dayOf(effectiveDate) : null
  return day !== null && day > copenhagenDay(now) ? 'upcoming' : 'in-force'
}

/**
 * The review task that asks a listing's owners to confirm it against a note, one per listing and
 * note (src/reviewTasks: `openReviewTask` is idempotent by this key). Completing it takes the
 * note off the listing's page.
 */
export const noteTaskKey = (collection: ListingCollection, listingId: number, noteId: number) =>
  `legislation-note:${collection}:${listingId}:note:${noteId}`
