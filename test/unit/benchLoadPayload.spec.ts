import { describe, expect, it } from 'vitest'

import { payloadLoadTimeoutMs, PayloadLoadTimeoutError, within } from '../../bench/lib/loadPayload'

describe('the benchmarks load Payload within a limit', () => {
  it('ends a load that never settles with a message naming the step and the cause', async () => {
    const never = new Promise<never>(() => {})
    const started = Date.now()
    const error = await within(never, 'Importing payload', 150).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PayloadLoadTimeoutError)
    expect((error as Error).message).toMatch(/^Importing payload did not finish within 0.15 s/)
    expect((error as Error).message).toMatch(/module loader/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('passes a load that settles through, and its failure unchanged', async () => {
    expect(await within(Promise.resolve(42), 'x', 1000)).toBe(42)
    await expect(within(Promise.reject(new Error('no database')), 'x', 1000)).rejects.toThrow(
      'no database',
    )
  })

  it('takes the limit from BENCH_LOAD_TIMEOUT_SECONDS, five minutes by default', () => {
    expect(payloadLoadTimeoutMs('30')).toBe(30_000)
    expect(payloadLoadTimeoutMs(undefined)).toBe(300_000)
    expect(payloadLoadTimeoutMs('nonsense')).toBe(300_000)
  })
})
