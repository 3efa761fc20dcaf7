import { Meilisearch } from 'meilisearch'
import type { Payload, Where } from 'payload'
import { inject } from 'vitest'

import { searchOptions } from '@/search/options'
import { parseSearchParams, type SearchParams } from '@/search/query/params'

/** The test run's Meilisearch, as the server uses it. */
export function testMeili(): Meilisearch {
  const env = inject('serviceEnv')
  return new Meilisearch({ host: env.MEILI_HOST!, apiKey: env.MEILI_API_KEY })
}

export const indexName = () => process.env.MEILI_INDEX ?? 'videnportal'

/** Parameters as the API would read them from a query string. */
export function params(query: Record<string, string | string[]>): SearchParams {
  const parsed = parseSearchParams(query)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.params
}

/** Polls until `check` returns a truthy value (the job runner works asynchronously). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`)
}

/** The index's documents of one topic: key → updatedAt. */
export async function indexedByTopic(topic: string): Promise<Map<string, number>> {
  const result = await testMeili()
    .index(indexName())
    .getDocuments<{ key: string; updatedAt: number }>({
      filter: `topics = ${JSON.stringify(topic)}`,
      fields: ['key', 'updatedAt'],
      limit: 1000,
    })
  return new Map(result.results.map((doc) => [doc.key, doc.updatedAt]))
}

/** What the index should hold for one topic, read from Postgres. */
export async function publishedByTopic(payload: Payload, topicId: number) {
  const expected = new Map<string, number>()
  for (const collection of searchOptions(payload).indexed) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ topics: { in: [topicId] } }, { _status: { equals: 'published' } }] },
      select: { updatedAt: true },
      depth: 0,
      pagination: false,
      draft: false,
    })
    for (const doc of docs) expected.set(`${collection}:${doc.id}`, Date.parse(doc.updatedAt))
  }
  return expected
}

/**
 * Waits until no search job is waiting or running: what was queued has been applied. The next
 * scheduled reconciliation, queued ahead for its time, is not pending work until that time.
 */
export async function searchQueueSettled(payload: Payload, timeoutMs = 30_000) {
  const pending = (): Where => ({
    and: [
      { queue: { equals: 'search' } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      {
        or: [
          { taskSlug: { not_equals: 'reconcileSearch' } },
          { waitUntil: { exists: false } },
          { waitUntil: { less_than_equal: new Date().toISOString() } },
        ],
      },
    ],
  })
  await eventually(
    async () => {
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: pending() })
      return totalDocs === 0
    },
    { timeoutMs, what: 'the search queue to drain' },
  ).catch(async (error) => {
    const { docs } = await payload.find({ collection: 'payload-jobs', where: pending(), limit: 10 })
    throw new Error(`${(error as Error).message}; waiting: ${JSON.stringify(docs)}`)
  })
}
