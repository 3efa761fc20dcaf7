/**
 * iCalendar (RFC 5545) for a network's annual plan: what calendar clients subscribe to. Times are
 * UTC (`…Z`), so no VTIMEZONE is needed; text is escaped and lines are folded at 75 octets.
 */
export type CalendarEvent = {
  uid: string
  start: Date
  end?: Date
  summary: string
  description?: string
  location?: string
  url?: string
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'
  categories?: string[]
  lastModified?: Date
}

export type Calendar = { name: string; description?: string; events: CalendarEvent[] }

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** `20270115T083000Z`. */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** One hour when an activity has no end: a calendar shows a point in time badly. */
const DEFAULT_MINUTES = 60

export function renderCalendar(calendar: Calendar, now: Date = new Date()): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Videnportal//Netvaerk aarsplan//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Copenhagen',
    // Ask clients to look again every six hours.
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ]
  if (calendar.description) lines.push(`X-WR-CALDESC:${escapeText(calendar.description)}`)
  for (const event of calendar.events) {
    const end =
      event.end && event.end > event.start
        ? event.end
        : new Date(event.start.getTime() + DEFAULT_MINUTES * 60_000)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${icsDateTime(now)}`,
      `DTSTART:${icsDateTime(event.start)}`,
      `DTEND:${icsDateTime(end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    )
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
    if (event.url) lines.push(`URL:${event.url}`)
    if (event.status) lines.push(`STATUS:${event.status}`)
    if (event.categories?.length)
      lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`)
    if (event.lastModified) lines.push(`LAST-MODIFIED:${icsDateTime(event.lastModified)}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
