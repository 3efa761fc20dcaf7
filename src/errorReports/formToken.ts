import { createHmac, timingSafeEqual } from 'node:crypto'

import { ERROR_REPORT_MAX_FORM_AGE_HOURS, ERROR_REPORT_MIN_SECONDS } from '@/domain/errorReports'

/**
 * The time trap of the report form: the form carries the moment it was shown, signed with
 * PAYLOAD_SECRET so a bot cannot write its own. A form sent sooner than ERROR_REPORT_MIN_SECONDS
 * after it was shown was not filled in by a person; one older than a day is stale.
 */
const PURPOSE = 'error-report-form'

function secret(): string {
  const value = process.env.PAYLOAD_SECRET
  if (!value) throw new Error('PAYLOAD_SECRET is not set')
  return value
}

const sign = (shownAt: number) =>
  createHmac('sha256', secret()).update(`${PURPOSE}:${shownAt}`).digest('base64url')

/** A token for a form shown at `now`. */
export function issueFormToken(now: Date = new Date()): string {
  const shownAt = now.getTime()
  return `${shownAt}.${sign(shownAt)}`
}

export type FormTokenVerdict = 'ok' | 'too-fast' | 'stale'

/** Whether a form with this token may be sent at `now`. */
export function checkFormToken(token: unknown, now: Date = new Date()): FormTokenVerdict {
  if (typeof token !== 'string' || token.length > 200) return 'stale'
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return 'stale'
  const shownAt = Number(match[1])
  const given = Buffer.from(match[2]!)
  const expected = Buffer.from(sign(shownAt))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'stale'
  const age = now.getTime() - shownAt
  if (age > ERROR_REPORT_MAX_FORM_AGE_HOURS * 3_600_000) return 'stale'
  // A token from the future (clock skew between servers) counts as just shown.
  if (age < ERROR_REPORT_MIN_SECONDS * 1000) return 'too-fast'
  return 'ok'
}
