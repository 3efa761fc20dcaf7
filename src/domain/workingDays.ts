import { copenhagenDay } from './danishDate'

/**
 * Danish working days: Monday to Friday except public holidays (helligdage). Store Bededag was
 * abolished from 2024; Christmas Eve, New Year's Eve and Constitution Day are not public holidays
 * by law but are days off in the public sector, so they count as holidays here.
 */

/** Easter Sunday of a year (the anonymous Gregorian algorithm), as `yyyy-mm-dd`. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const holidayCache = new Map<number, Set<string>>()

/** The Danish public holidays (and public-sector days off) of a year, as `yyyy-mm-dd`. */
export function danishHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year)
  if (cached) return cached
  const easter = easterSunday(year)
  const days = [
    `${year}-01-01`, // nytårsdag
    shiftDay(easter, -3), // skærtorsdag
    shiftDay(easter, -2), // langfredag
    easter, // påskedag
    shiftDay(easter, 1), // 2. påskedag
    ...(year < 2024 ? [shiftDay(easter, 26)] : []), // store bededag (abolished from 2024)
    shiftDay(easter, 39), // Kristi himmelfartsdag
    shiftDay(easter, 49), // pinsedag
    shiftDay(easter, 50), // 2. pinsedag
    `${year}-06-05`, // grundlovsdag
    `${year}-12-24`, // juleaftensdag
    `${year}-12-25`, // juledag
    `${year}-12-26`, // 2. juledag
    `${year}-12-31`, // nytårsaftensdag
  ]
  const set = new Set(days)
  holidayCache.set(year, set)
  return set
}

/** True for a Copenhagen day that is a Saturday, Sunday or holiday. */
export function isDanishHoliday(date: Date): boolean {
  return danishHolidays(Number(copenhagenDay(date).slice(0, 4))).has(copenhagenDay(date))
}

export function isWorkingDay(date: Date): boolean {
  const day = copenhagenDay(date)
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !isDanishHoliday(date)
}

/** The instant `n` working days after `date` (same time of day; n = 0 gives `date`). */
export function addWorkingDays(date: Date, n: number): Date {
  let result = date
  let left = n
  while (left > 0) {
    result = new Date(result.getTime() + 86_400_000)
    if (isWorkingDay(result)) left--
  }
  return result
}

/** Whole working days from `from` to `to` (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0
  let cursor = from
  while (true) {
    cursor = new Date(cursor.getTime() + 86_400_000)
    if (cursor.getTime() > to.getTime()) return count
    if (isWorkingDay(cursor)) count++
  }
}
