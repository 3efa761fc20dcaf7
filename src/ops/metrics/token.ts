import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Whether an Authorization header carries the metrics token (`Bearer <METRICS_TOKEN>`). Without a
 * configured token nobody may read the metrics. Compared in constant time on digests, so neither
 * the token nor its length leaks through timing.
 */
export function metricsAuthorized(
  authorization: string | null | undefined,
  token: string | undefined,
): boolean {
  if (!token) return false
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (!match) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(match[1]!), digest(token))
}

/** The answer without (or with a wrong) token: 401 with a challenge, and nothing about metrics. */
export function unauthorizedBody(configured: boolean): string {
  return configured
    ? 'Unauthorized: send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".\n'
    : 'Unauthorized: metrics are off until METRICS_TOKEN is set on this server.\n'
}
