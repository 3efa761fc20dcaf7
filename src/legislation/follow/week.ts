import { copenhagenDay } from '@/domain/danishDate'

/**
 * The ISO 8601 week an instant falls in, on the Copenhagen calendar: `2026-W49`. Weeks start on
 * Monday; week 1 is the one with the year's first Thursday (as Danish calendars count).
 */
export function isoWeek(instant: Date): { year: number; week: number; key: string } {
  const [y, m, d] = copenhagenDay(instant).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  const weekday = date.getUTCDay() || 7
  // The Thursday of this week decides the year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const year = date.getUTCFullYear()
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return { year, week, key: `${year}-W${String(week).padStart(2, '0')}` }
}
