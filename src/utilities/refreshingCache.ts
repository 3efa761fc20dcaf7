import { queryCountStorage } from './sqlQueryCounter'

/**
 * A value every page needs and that rarely changes (the reference data, the published notes),
 * kept in memory on each app server. The first read waits for the load; after that, a copy older
 * than `ttlMs` is still answered while one refresh runs in the background (stale-while-revalidate),
 * so no page waits for it or pays its queries: the refresh is background work, like the jobs
 * runner, and belongs to no request. A copy older than `maxAgeMs` (twice the TTL unless given: a
 * server that had no page for a while) is never answered: that read waits for the load. `get(arg, { fresh: true })` loads at once and waits (a page
 * that needs an id the copy lacks); `forgetCached(name)` drops the copy after a change.
 *
 * The copy lives on globalThis under its name, so the collection hook that forgets it (bundled
 * with the API routes) and the pages that read it (bundled apart by Next) share one copy.
 */
export type RefreshingCache<T, A> = {
  get: (arg: A, options?: { fresh?: boolean }) => Promise<T>
}

type Entry = { at: number; value: Promise<unknown> }
type Holder = { entry?: Entry; refreshing: boolean }

function holderOf(name: string): Holder {
  const global = globalThis as unknown as Record<symbol, Holder | undefined>
  const key = Symbol.for(`videnportal.refreshingCache.${name}`)
  global[key] ??= { refreshing: false }
  return global[key]
}

/** Drops the copy kept under `name` on this app server: the next page loads it again. */
export function forgetCached(name: string) {
  holderOf(name).entry = undefined
}

export function refreshingCache<T, A>(
  name: string,
  load: (arg: A) => Promise<T>,
  ttlMs: number,
  { maxAgeMs = 2 * ttlMs, now = Date.now }: { maxAgeMs?: number; now?: () => number } = {},
): RefreshingCache<T, A> {
  const holder = holderOf(name)

  const loadInto = (arg: A) => {
    const value = load(arg)
    const loaded: Entry = { at: now(), value }
    holder.entry = loaded
    // A failed load is not kept: the next page asks again.
    value.catch(() => {
      if (holder.entry === loaded) holder.entry = undefined
    })
    return value
  }

  const refreshInBackground = (arg: A) => {
    holder.refreshing = true
    const started = now()
    queryCountStorage().exit(() => {
      load(arg)
        .then((value) => {
          // A forget or a fresh load since the refresh began wins.
          if (holder.entry && holder.entry.at <= started)
            holder.entry = { at: now(), value: Promise.resolve(value) }
        })
        // A failed refresh keeps the copy; the next page past the TTL tries again.
        .catch(() => undefined)
        .finally(() => {
          holder.refreshing = false
        })
    })
  }

  return {
    get(arg, options) {
      const entry = holder.entry
      if (options?.fresh || !entry || now() - entry.at > maxAgeMs) return loadInto(arg)
      if (now() - entry.at > ttlMs && !holder.refreshing) refreshInBackground(arg)
      return entry.value as Promise<T>
    },
  }
}

/** A collection hook that forgets a kept copy after a change or delete on this server. */
export const forgetAfter =
  (forget: () => void) =>
  <T>({ doc }: { doc: T }): T => {
    forget()
    return doc
  }
