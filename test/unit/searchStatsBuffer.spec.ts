import type { Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { countSearch, flushSearchStats } from '@/search/stats/record'
import { runCounted, sqlQueryCounter } from '@/utilities/sqlQueryCounter'

/** A Payload whose database records the statements' parameters (and counts them as drizzle would). */
function fakePayload() {
  const writes: unknown[][] = []
  const payload = {
    secret: 'test-secret',
    logger: { warn: vi.fn() },
    db: {
      drizzle: {
        execute: async (query: { queryChunks?: unknown[] }) => {
          sqlQueryCounter.logQuery('INSERT INTO search_stats')
          const params = (query.queryChunks ?? []).filter(
            (chunk) => typeof chunk !== 'object' || chunk === null,
          )
          writes.push(params)
          return { rows: [{ id: 1, sessions: 1, query: null }] }
        },
      },
    },
  } as unknown as Payload
  return { payload, writes }
}

const session = (client: string) => ({ client, userAgent: 'test' })
const now = new Date('2026-12-02T10:00:00Z')

afterEach(() => flushSearchStats())

describe('search statistics counted in memory', () => {
  it('costs a search no statement, and writes the same words and session as one row update', async () => {
    const { payload, writes } = fakePayload()
    const { count } = runCounted(() => {
      for (let i = 0; i < 3; i++)
        countSearch(
          payload,
          { q: 'angst', query: 'q=angst', total: i === 2 ? 0 : 4, now },
          session('a'),
        )
      countSearch(payload, { q: 'angst', query: 'q=angst', total: 4, now }, session('b'))
    })
    expect(count.queries).toBe(0)
    expect(writes).toHaveLength(0)

    await flushSearchStats()
    // One write per session (the distinct sessions make the words storable), none twice.
    expect(writes).toHaveLength(2)
    const [first, second] = writes
    // searches 3 (one of them without results, the last one) for a; 1 for b.
    expect(first).toEqual(expect.arrayContaining([3, 1, 0]))
    expect(second).toEqual(expect.arrayContaining([1, 0, 4]))
    await flushSearchStats()
    expect(writes).toHaveLength(2)
  })

  it('writes on its own within a second, outside any request', async () => {
    vi.useFakeTimers()
    try {
      const { payload, writes } = fakePayload()
      const { count } = runCounted(() =>
        countSearch(payload, { q: 'mentor', query: 'q=mentor', total: 2, now }, session('c')),
      )
      await vi.advanceTimersByTimeAsync(1000)
      expect(writes).toHaveLength(1)
      expect(count.queries).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
