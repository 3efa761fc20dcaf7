/**
 * In-memory sliding-window counters, per app server. With several app servers behind a load
 * balancer the proxy adds its own limits (see README).
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number) {
    const list = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs)
    if (list.length) this.hits.set(key, list)
    else this.hits.delete(key)
    return list
  }

  /** Records a hit unless the limit is reached; returns the seconds to wait when it is. */
  take(
    key: string,
    now = Date.now(),
  ): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const list = this.recent(key, now)
    if (list.length >= this.limit) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((list[0]! + this.windowMs - now) / 1000)),
      }
    }
    list.push(now)
    this.hits.set(key, list)
    if (this.hits.size > 50_000) this.prune(now)
    return { allowed: true }
  }

  /** Takes back the newest hit (a login that succeeded does not count against the client). */
  giveBack(key: string) {
    this.hits.get(key)?.pop()
  }

  clear(key: string) {
    this.hits.delete(key)
  }

  clearWhere(matches: (key: string) => boolean) {
    for (const key of [...this.hits.keys()]) if (matches(key)) this.hits.delete(key)
  }

  private prune(now: number) {
    for (const key of this.hits.keys()) this.recent(key, now)
  }
}

/**
 * The client address of a request: the front server (src/launcher/frontServer.ts) replaces
 * X-Forwarded-For and X-Real-IP with the one address it decided on from the socket and
 * TRUSTED_PROXIES, so whatever a client sent in them never reaches here.
 */
export function clientKey(headers: Headers): string {
  return (
    headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
  )
}

export const positiveInt = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : fallback
}
