import { copenhagenDay } from '@/domain/danishDate'

/** Whole days from `today` to `day` (both Copenhagen calendar days, yyyy-mm-dd). */
export function daysUntil(day: string, today: string): number {
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  )
}

/** How far ahead an evaluation is announced, and how long after it its day-reminder still goes. */
export const EVALUATION_NOTICE_DAYS = 30
export const FOLLOW_UP_NOTICE_DAYS = 7
/** A reminder missed (the server was down) is still sent this many days late, not later. */
export const LATE_DAYS = 14

export type ReminderStage = 'soon' | 'due'

/**
 * The reminder a date calls for today: 'soon' within the notice period before it, 'due' on the day
 * and up to LATE_DAYS after (so a day the job did not run is caught up), nothing otherwise. Each
 * stage is mailed once (the outbox's dedupe key names the date and the stage).
 */
export function reminderStage(
  date: string | Date | null | undefined,
  now: Date,
  noticeDays: number,
): { stage: ReminderStage; day: string; days: number } | undefined {
  if (!date) return undefined
  const day = copenhagenDay(new Date(date))
  const days = daysUntil(day, copenhagenDay(now))
  if (days > noticeDays) return undefined
  if (days > 0) return { stage: 'soon', day, days }
  if (days >= -LATE_DAYS) return { stage: 'due', day, days }
  return undefined
}
