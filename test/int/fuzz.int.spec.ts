import { describe, expect, it } from 'vitest'

import { formatReport, runFuzz } from '../fuzz/run'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * The short version of `npm run fuzz` (issue 11): a fixed seed, a few hundred generated bad inputs
 * across every entry point of the registry (test/fuzz/entryPoints.ts) and inference pairs about
 * internal values. No 5xx, no internal value shown or inferable, nothing stored from a refusal.
 */
describe('fuzz (short)', () => {
  it('answers every generated bad input with a 4xx or a true answer, and leaks nothing', async () => {
    const payload = await getTestPayload()
    const report = await runFuzz({
      payload,
      baseURL: baseURL(),
      seed: 20261201,
      requests: 450,
      pairs: 60,
      concurrency: 3,
    })
    console.log(formatReport(report).join('\n'))
    expect(report.requests).toBeGreaterThanOrEqual(450)
    expect(report.refusedWrites).toBeGreaterThan(50)
    expect(report.findings).toEqual([])
  }, 240_000)
})
