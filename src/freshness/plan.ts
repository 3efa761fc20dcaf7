import type { ReviewState } from '@/domain/freshness'
import { copenhagenDay } from '@/domain/danishDate'

/** Days while a listing is overdue between two reminders to its owners. */
export const OVERDUE_REMINDER_DAYS = 7
/** Days overdue after which the secretariat is told. */
export const ESCALATION_DAYS = 30

/** What the reminder job remembers of a listing (collection review-reminders). */
export type ReminderMemory = {
  /** The review date the memory belongs to; a new verification starts a new cycle. */
  cycleDueAt: string | Date
  lastRemindedAt?: string | Date | null
  secretariatToldAt?: string | Date | null
}

export type ReminderPlan = { remind: boolean; escalate: boolean; reason: 'due' | 'overdue' | null }

/** Whole calendar days in Copenhagen from `from` to `to` (a run at 06:00 or 06:05 is alike). */
export function daysBetween(from: Date, to: Date): number {
  const day = (date: Date) => Date.parse(`${copenhagenDay(date)}T00:00:00Z`)
  return Math.round((day(to) - day(from)) / 86_400_000)
}

/**
 * Whether today's run reminds a listing's owners and whether it tells the secretariat (pure):
 * - due (within 14 days of its review date): once per review cycle;
 * - overdue: when it turns overdue, then every 7 days while it stays so;
 * - the secretariat once per cycle, when it has been overdue for 30 days.
 * A run on the same day as the last reminder never reminds again.
 */
export function planReminder(
  review: ReviewState,
  memory: ReminderMemory | null | undefined,
  now: Date,
): ReminderPlan {
  if (review.state === 'fresh') return { remind: false, escalate: false, reason: null }
  const sameCycle =
    memory && new Date(memory.cycleDueAt).getTime() === review.nextReviewAt.getTime()
  const last = sameCycle && memory.lastRemindedAt ? new Date(memory.lastRemindedAt) : null
  const told = sameCycle && memory.secretariatToldAt ? new Date(memory.secretariatToldAt) : null
  if (review.state === 'due') {
    return { remind: last === null, escalate: false, reason: 'due' }
  }
  const overdueSince = review.overdueSince ?? review.nextReviewAt
  const remind =
    last === null ||
    last.getTime() < overdueSince.getTime() ||
    daysBetween(last, now) >= OVERDUE_REMINDER_DAYS
  const escalate = told === null && daysBetween(overdueSince, now) >= ESCALATION_DAYS
  return {
    remind: remind && (last === null || daysBetween(last, now) >= 1),
    escalate,
    reason: 'overdue',
  }
}
