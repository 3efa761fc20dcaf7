/**
 * When a listing should be confirmed again, and whether it is fresh, due or overdue: one rule for
 * the reminders, the search rank, the page and the secretariat's overview. Pure: the clock is an
 * argument. Days are counted on the calendar in UTC instants; dates are stored at 12:00 UTC of
 * their Copenhagen day (src/domain/danishDate.ts), so whole days stay whole.
 */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 6
/** "Due" starts this many days before the review date: the reminder's look-ahead. */
export const DUE_WITHIN_DAYS = 14
/** A listing that was never confirmed is due this many days after it arrived, not overdue at once. */
export const NEVER_VERIFIED_GRACE_DAYS = 30

export type ReviewStateName = 'fresh' | 'due' | 'overdue'

export type ReviewState = {
  nextReviewAt: Date
  state: ReviewStateName
  /** When it turned overdue (its review date), or null while it is not. */
  overdueSince: Date | null
}

const DAY_MS = 86_400_000

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS)

/** Calendar months later, clamped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

const toDate = (value: Date | string | null | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The next review date: the last confirmation plus the interval, or arrival plus the grace. */
export function nextReviewDate(
  listing: { lastVerifiedAt?: Date | string | null; createdAt?: Date | string | null },
  intervalMonths: number = DEFAULT_REVIEW_INTERVAL_MONTHS,
): Date | null {
  const verified = toDate(listing.lastVerifiedAt)
  if (verified) return addMonths(verified, intervalMonths)
  const created = toDate(listing.createdAt)
  return created ? addDays(created, NEVER_VERIFIED_GRACE_DAYS) : null
}

export function reviewState(
  listing: { lastVerifiedAt?: Date | string | null; createdAt?: Date | string | null },
  intervalMonths: number = DEFAULT_REVIEW_INTERVAL_MONTHS,
  now: Date = new Date(),
): ReviewState {
  const nextReviewAt =
    nextReviewDate(listing, intervalMonths) ?? addDays(now, NEVER_VERIFIED_GRACE_DAYS)
  if (nextReviewAt.getTime() <= now.getTime()) {
    return { nextReviewAt, state: 'overdue', overdueSince: nextReviewAt }
  }
  const state = nextReviewAt.getTime() - now.getTime() <= DUE_WITHIN_DAYS * DAY_MS ? 'due' : 'fresh'
  return { nextReviewAt, state, overdueSince: null }
}
