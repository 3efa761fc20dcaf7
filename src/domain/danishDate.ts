/**
 * Danish dates: one reading rule for everything a person types as a date (the admin's date input,
 * the field validation that guards REST and Local API writes) and one way to show a date.
 *
 * Reading (`parseDanishDate`): day before month, always. Accepted forms
 *   `1.8.2027`, `01.08.2027`, `1/8/2027`, `1-8-2027`           day, month, four-digit year
 *   `1. august 2027`, `1 aug. 2027`, `1. AUG 2027`             Danish month names, full or short
 *   `2027-08-01`                                               ISO calendar day
 *   `2027-08-01T14:05:00Z`, `2027-08-01T14:05+02:00`           ISO timestamp (the day it is in Denmark)
 * Two-digit years (`1.8.27`) are refused: a wrong century on a legislation note is worse than
 * typing two more digits. Years outside 1900–2199 are refused as typing errors. Impossible days
 * (31.02.2027, 29.02.2027) are refused with the number of days that month has, never rolled over.
 *
 * A date means a calendar day in Europe/Copenhagen. A day-only value is stored as 12:00 UTC of
 * that day (13:00 or 14:00 in Copenhagen), the instant Payload's own day picker stores: it lies on
 * the same calendar day in Copenhagen, in UTC and in every zone from UTC−11 to UTC+11, so neither
 * daylight saving time nor an ISO string cut at its tenth character can move it to a neighbour day.
 * Stored values written at another hour (the importer wrote `2024-01-01T00:00:00Z`) are read as the
 * Copenhagen day of their instant.
 *
 * With time (`withTime`), `01.08.2027 14.05`, `01.08.2027 kl. 14:05` and ISO timestamps are read as
 * Copenhagen wall-clock time. A time that does not exist (02:00–02:59 on the last Sunday of March,
 * when clocks jump to 03:00) is refused; a time that occurs twice (02:00–02:59 on the last Sunday of
 * October) means the first one, still in summer time (+02:00).
 */

export const DANISH_TIME_ZONE = 'Europe/Copenhagen'

/** The hint shown next to every date input. */
export const DANISH_DATE_HINT = 'dd.mm.åååå'

export const MIN_YEAR = 1900
export const MAX_YEAR = 2199

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const

/** Full names, three-letter abbreviations and `sept`, all lower case, to month number 1–12. */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((name, index) => {
    const forms: [string, number][] = [
      [name, index + 1],
      [name.slice(0, 3), index + 1],
    ]
    if (name === 'september') forms.push(['sept', index + 1])
    return forms
  }),
)

export type DanishDateRefusal = 'empty' | 'unreadable' | 'twoDigitYear' | 'yearRange' | 'impossible'

export type DanishDateResult =
  | {
      ok: true
      /** The calendar day in Copenhagen, `yyyy-mm-dd`. */
      day: string
      /** The value to store: 12:00 UTC of `day`, or the exact instant when read with time. */
      iso: string
    }
  | { ok: false; reason: DanishDateRefusal; message: string }

export type ParseOptions = {
  /** Read a time of day too (Copenhagen wall clock) and keep the exact instant. */
  withTime?: boolean
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

const isoDay = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The stored instant of a day-only value: 12:00 UTC of the day. */
export const storedInstantOfDay = (day: string): string => `${day}T12:00:00.000Z`

const refuse = (reason: DanishDateRefusal, message: string): DanishDateResult => ({
  ok: false,
  reason,
  message,
})

const example = 'Skriv datoen som dd.mm.åååå, fx 01.08.2027.'

const unreadable = (text: string) =>
  refuse('unreadable', `»${text}« kan ikke læses som en dato. ${example}`)

type Parts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const copenhagenFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

/** The Copenhagen wall-clock reading of an instant. */
export function copenhagenParts(date: Date): Parts {
  const parts: Record<string, number> = {}
  for (const part of copenhagenFormatter.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  }
}

/** The calendar day (`yyyy-mm-dd`) an instant falls on in Copenhagen. */
export function copenhagenDay(date: Date): string {
  const { year, month, day } = copenhagenParts(date)
  return isoDay(year, month, day)
}

/** Copenhagen's offset from UTC at an instant, in milliseconds (+1 h or +2 h). */
function copenhagenOffset(epochMs: number): number {
  const p = copenhagenParts(new Date(epochMs))
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return wall - Math.floor(epochMs / 1000) * 1000
}

/**
 * The instant of a Copenhagen wall-clock time, or undefined when that time does not exist (the
 * spring gap). A doubled autumn time resolves to its first occurrence (summer time).
 */
export function copenhagenWallTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): Date | undefined {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  // Try summer time first so that a doubled autumn hour means its first occurrence.
  for (const offsetHours of [2, 1]) {
    const candidate = wall - offsetHours * 3_600_000
    if (copenhagenOffset(candidate) === offsetHours * 3_600_000) return new Date(candidate)
  }
  return undefined
}

const NUMERIC = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$/
const NAMED = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{1,4})$/
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(z|[+-]\d{2}(?::?\d{2})?)?$/
const TIME_SUFFIX = /^(.*?)(?:\s*,\s*|\s+)(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})$/

function checkDay(text: string, yearText: string, month: number, day: number): DanishDateResult {
  const year = Number(yearText)
  if (yearText.length <= 2) {
    return refuse('twoDigitYear', `Skriv året med fire cifre, fx 01.08.2027 (ikke »${text}«).`)
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return refuse(
      'yearRange',
      `Året skal ligge mellem ${MIN_YEAR} og ${MAX_YEAR} (ikke »${text}«).`,
    )
  }
  if (month < 1 || month > 12) {
    return refuse('impossible', `»${text}« er ikke en dato: måneden skal være 1–12. ${example}`)
  }
  const days = daysInMonth(year, month)
  if (day < 1 || day > days) {
    return refuse(
      'impossible',
      `»${text}« findes ikke: ${MONTHS[month - 1]} ${year} har ${days} dage. ${example}`,
    )
  }
  const calendarDay = isoDay(year, month, day)
  return { ok: true, day: calendarDay, iso: storedInstantOfDay(calendarDay) }
}

/** Reads the date part of a text (no time), day before month. */
function parseDayText(text: string, original: string): DanishDateResult {
  let match = ISO_DAY.exec(text)
  if (match) return checkDay(original, match[1], Number(match[2]), Number(match[3]))
  match = NUMERIC.exec(text)
  if (match) {
    if (match[4].length === 3) return unreadable(original)
    return checkDay(original, match[4], Number(match[3]), Number(match[1]))
  }
  match = NAMED.exec(text)
  if (match) {
    const month = MONTH_BY_NAME.get(match[2])
    if (!month || match[3].length === 3) return unreadable(original)
    return checkDay(original, match[3], month, Number(match[1]))
  }
  return unreadable(original)
}

function parseTimestamp(match: RegExpExecArray, original: string, withTime: boolean) {
  const [, y, mo, d, h, mi, s, fraction, zone] = match
  const day = checkDay(original, y, Number(mo), Number(d))
  if (!day.ok) return day
  const hour = Number(h)
  const minute = Number(mi)
  const second = s ? Number(s) : 0
  if (hour > 23 || minute > 59 || second > 59) {
    return refuse('impossible', `»${original}« har et klokkeslæt, der ikke findes.`)
  }
  let instant: Date | undefined
  if (zone) {
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${pad(second)}.${(fraction ?? '0').slice(0, 3).padEnd(3, '0')}${zone === 'z' ? 'Z' : zone}`
    instant = new Date(iso)
    if (Number.isNaN(instant.getTime())) return unreadable(original)
  } else {
    instant = copenhagenWallTimeToInstant(Number(y), Number(mo), Number(d), hour, minute)
    if (!instant) return gap(original)
    instant = new Date(instant.getTime() + second * 1000)
  }
  return fromInstant(instant, withTime)
}

const gap = (original: string) =>
  refuse(
    'impossible',
    `»${original}« findes ikke i dansk tid: uret stilles frem fra 02.00 til 03.00 den nat.`,
  )

function fromInstant(instant: Date, withTime: boolean): DanishDateResult {
  const day = copenhagenDay(instant)
  return withTime
    ? { ok: true, day, iso: instant.toISOString() }
    : { ok: true, day, iso: storedInstantOfDay(day) }
}

/**
 * Reads a typed or sent date the Danish way. Strings are read with the rules above; a Date (from
 * the Local API) is taken as its instant. Anything else is refused.
 */
export function parseDanishDate(input: unknown, options: ParseOptions = {}): DanishDateResult {
  const withTime = options.withTime === true
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return unreadable(String(input))
    return fromInstant(input, withTime)
  }
  if (typeof input !== 'string') {
    if (input === null || input === undefined) return refuse('empty', 'Angiv en dato.')
    return refuse('unreadable', `Datoen skal skrives som tekst. ${example}`)
  }
  const original = input.replace(/[\s\u00a0]+/g, ' ').trim()
  if (!original) return refuse('empty', 'Angiv en dato.')
  if (original.length > 40) return unreadable(`${original.slice(0, 40)}…`)
  const text = original.toLowerCase()

  const timestamp = ISO_TIMESTAMP.exec(text)
  if (timestamp) return parseTimestamp(timestamp, original, withTime)

  if (withTime) {
    const timed = TIME_SUFFIX.exec(text)
    if (timed) {
      const day = parseDayText(timed[1], original)
      if (!day.ok) return day
      const hour = Number(timed[2])
      const minute = Number(timed[3])
      if (hour > 23 || minute > 59) {
        return refuse('impossible', `»${original}« har et klokkeslæt, der ikke findes.`)
      }
      const [y, m, d] = day.day.split('-').map(Number)
      const instant = copenhagenWallTimeToInstant(y, m, d, hour, minute)
      if (!instant) return gap(original)
      return { ok: true, day: day.day, iso: instant.toISOString() }
    }
    const day = parseDayText(text, original)
    if (!day.ok) return day
    // A day without a time means the start of that day in Copenhagen.
    const [y, m, d] = day.day.split('-').map(Number)
    const instant = copenhagenWallTimeToInstant(y, m, d, 0, 0)!
    return { ok: true, day: day.day, iso: instant.toISOString() }
  }
  return parseDayText(text, original)
}

export type FormatOptions = {
  /** Add the Copenhagen time: `1. august 2027 kl. 14.05`. */
  withTime?: boolean
  /** `long` (default): `1. august 2027`; `numeric`: `01.08.2027`, the form the input shows. */
  style?: 'long' | 'numeric'
}

/**
 * A date as Danes write it, on its Copenhagen calendar day: `1. august 2027`,
 * `1. august 2027 kl. 14.05`, or `01.08.2027` (`style: 'numeric'`). Empty or unreadable: ''.
 */
export function formatDanishDate(
  date: Date | string | number | null | undefined,
  options: FormatOptions = {},
): string {
  if (date === null || date === undefined || date === '') return ''
  const instant = date instanceof Date ? date : new Date(date)
  if (Number.isNaN(instant.getTime())) return ''
  const p = copenhagenParts(instant)
  const day =
    options.style === 'numeric'
      ? `${pad(p.day)}.${pad(p.month)}.${p.year}`
      : `${p.day}. ${MONTHS[p.month - 1]} ${p.year}`
  return options.withTime ? `${day} kl. ${pad(p.hour)}.${pad(p.minute)}` : day
}
