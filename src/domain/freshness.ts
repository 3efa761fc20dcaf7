// Stand-in for the lead's "Mail foundation" version of this file (same interface); replaced at merge.
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 6
const DUE_WINDOW_DAYS = 14
const NEVER_VERIFIED_DAYS = 30
const DAY = 86_400_000

export type ReviewState = {
  nextReviewAt: Date
  state: 'fresh' | 'due' | 'overdue'
  overdueSince: Date | null
}

function addMonths(date: Date, months: number): Date {
  const out = new Date(date)
  const day = out.getUTCDate()
  out.setUTCDate(1)
  out.setUTCMonth(out.getUTCMonth() + months)
  const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate()
  out.setUTCDate(Math.min(day, last))
  return out
}

export function reviewState(
  {
    lastVerifiedAt,
    createdAt,
  }: { lastVerifiedAt?: string | Date | null; createdAt: string | Date },
  intervalMonths: number,
  now: Date,
): ReviewState {
  const nextReviewAt = lastVerifiedAt
    ? addMonths(new Date(lastVerifiedAt), intervalMonths)
    : new Date(new Date(createdAt).getTime() + NEVER_VERIFIED_DAYS * DAY)
  if (now.getTime() > nextReviewAt.getTime()) {
    return { nextReviewAt, state: 'overdue', overdueSince: nextReviewAt }
  }
  const due = nextReviewAt.getTime() - now.getTime() <= DUE_WINDOW_DAYS * DAY
  return { nextReviewAt, state: due ? 'due' : 'fresh', overdueSince: null }
}
