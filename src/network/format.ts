import { localeInfo, type Locale } from '@/i18n/locales'

/** A date and time in the reader's language, in Danish time: `12. marts 2027 kl. 09.00`. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(localeInfo[locale].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  }).format(date)
}

/** The Copenhagen year of an instant. */
export function copenhagenYear(value: string | Date): number {
  const date = typeof value === 'string' ? new Date(value) : value
  return Number(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(
      date,
    ),
  )
}

/** `?aar=2027` → 2027 when it is a plausible year, else undefined (the current year is used). */
export function parseYear(raw: unknown): number | undefined {
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw)) return undefined
  const year = Number(raw)
  return year >= 2000 && year <= 2100 ? year : undefined
}
