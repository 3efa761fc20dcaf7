import { describe, expect, it } from 'vitest'

import { forgetCached, refreshingCache } from '@/utilities/refreshingCache'
import { runCounted, sqlQueryCounter } from '@/utilities/sqlQueryCounter'

/** A cache over a counter of loads, on a clock the test moves. */
function setup(name: string, ttlMs = 1000) {
  let clock = 0
  let loads = 0
  let fail = false
  const cache = refreshingCache<string, null>(
    name,
    async () => {
      loads++
      // Each load is one "statement" of the request it runs in, if any.
      sqlQueryCounter.logQuery(`load ${loads}`)
      if (fail) throw new Error('database away')
      return `value ${loads}`
    },
    ttlMs,
    { now: () => clock },
  )
  return {
    cache,
    loads: () => loads,
    advance: (ms: number) => (clock += ms),
    failNext: (value: boolean) => (fail = value),
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('refreshingCache', () => {
  it('loads once, then answers from memory within the TTL', async () => {
    const { cache, loads, advance } = setup('within-ttl')
    expect(await cache.get(null)).toBe('value 1')
    advance(999)
    expect(await cache.get(null)).toBe('value 1')
    expect(loads()).toBe(1)
  })

  it('answers the stale copy past the TTL while one refresh runs outside the request', async () => {
    const { cache, loads, advance } = setup('stale-while-revalidate')
    await cache.get(null)
    advance(1001)
    const { count, result } = runCounted(() => Promise.all([cache.get(null), cache.get(null)]))
    expect(await result).toEqual(['value 1', 'value 1'])
    await settle()
    // One refresh for both, and not one of the request's statements.
    expect(loads()).toBe(2)
    expect(count.queries).toBe(0)
    expect(await cache.get(null)).toBe('value 2')
  })

  it('keeps the copy when a refresh fails, and tries again on the next page past the TTL', async () => {
    const { cache, loads, advance, failNext } = setup('refresh-fails')
    await cache.get(null)
    advance(1001)
    failNext(true)
    expect(await cache.get(null)).toBe('value 1')
    await settle()
    failNext(false)
    expect(await cache.get(null)).toBe('value 1')
    await settle()
    expect(loads()).toBe(3)
    expect(await cache.get(null)).toBe('value 3')
  })

  it('waits for the load when the copy is older than twice the TTL (no page for a while)', async () => {
    const { cache, loads, advance } = setup('too-old')
    await cache.get(null)
    advance(2001)
    const { count, result } = runCounted(() => cache.get(null))
    expect(await result).toBe('value 2')
    expect(count.queries).toBe(1)
    expect(loads()).toBe(2)
  })

  it('does not keep a failed first load', async () => {
    const { cache, failNext } = setup('first-fails')
    failNext(true)
    await expect(cache.get(null)).rejects.toThrow('database away')
    failNext(false)
    expect(await cache.get(null)).toBe('value 2')
  })

  it('loads at once, in the request, when asked fresh or after forgetCached', async () => {
    const { cache, loads } = setup('fresh-and-forget')
    await cache.get(null)
    const fresh = runCounted(() => cache.get(null, { fresh: true }))
    expect(await fresh.result).toBe('value 2')
    expect(fresh.count.queries).toBe(1)
    forgetCached('fresh-and-forget')
    expect(await cache.get(null)).toBe('value 3')
    expect(loads()).toBe(3)
  })

  it('lets a forget during a background refresh win over the refresh', async () => {
    const { cache, advance } = setup('forget-during-refresh')
    await cache.get(null)
    advance(1001)
    await cache.get(null) // starts the refresh (value 2)
    forgetCached('forget-during-refresh')
    await settle()
    expect(await cache.get(null)).toBe('value 3')
  })
})
