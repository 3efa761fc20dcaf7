import { positiveInt, SlidingWindow } from '@/security/rateLimit'

/**
 * Reports one client may send per hour (ERROR_REPORTS_PER_HOUR, default 10), counted per account
 * for a logged-in user (fifty caseworkers behind one municipal address are not throttled
 * together) and per client address for everybody else. Every attempt counts, a refused one too,
 * so a bot cannot probe the form for free. In memory per app server, like the other limits.
 */
export const ERROR_REPORTS_PER_HOUR = positiveInt(process.env.ERROR_REPORTS_PER_HOUR, 10)

const window = new SlidingWindow(ERROR_REPORTS_PER_HOUR, 3_600_000)

export function takeReportAttempt(
  key: { userId?: number | null; client: string },
  now: Date = new Date(),
) {
  return window.take(key.userId ? `account:${key.userId}` : `client:${key.client}`, now.getTime())
}
