/**
 * Dates as Danish readers write them, always in Danish time (Europe/Copenhagen), whatever the
 * server's or browser's zone: "1. august 2027", with the time "1. august 2027 kl. 14.05".
 * (Minimal version; the admin date fields share it.)
 */
const TIME_ZONE = 'Europe/Copenhagen'

const dayFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const timeFormat = new Intl.DateTimeFormat('da-DK', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
})

export function formatDanishDate(
  date: string | Date,
  options: { withTime?: boolean } = {},
): string {
  const value = date instanceof Date ? date : new Date(date)
  if (Number.isNaN(value.getTime())) return String(date)
  const day = dayFormat.format(value)
  if (!options.withTime) return day
  const parts = timeFormat.formatToParts(value)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${day} kl. ${part('hour')}.${part('minute')}`
}
