import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { reindex } from '@/search/indexing/indexer'
import { metaIndex, settingsHash } from '@/search/indexing/settings'

import { getTestPayload } from '../helpers/payload'
import { indexName, testMeili } from '../helpers/search'

/**
 * The full reindex (`npm run search:reindex`): a fresh index next to the live one, swapped in.
 * The live index it replaces is dropped, so changed settings are applied to the fresh one only;
 * applying them to the outgoing index too made Meilisearch re-index every old document first
 * (minutes at 100,000 listings, issue 21).
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('the full reindex', () => {
  it('swaps in an index with every published document and the current settings, without re-indexing the outgoing one', async () => {
    const client = testMeili()
    const live = client.index(indexName())
    // Settings changed since the live index was built (a new release): its record says otherwise.
    await client
      .index(metaIndex(indexName()))
      .addDocuments([{ id: 'settings', hash: 'older-release' }], { primaryKey: 'id' })
      .waitTask()
    const { results: latest } = await client.tasks.getTasks({ limit: 1 })
    const from = (latest[0]?.uid ?? 0) + 1

    const result = await reindex(payload)

    const { results: tasks } = await client.tasks.getTasks({ limit: 1000 })
    const during = tasks.filter((task) => task.uid >= from)
    expect(during.some((task) => task.type === 'indexSwap' && task.status === 'succeeded')).toBe(
      true,
    )
    // Settings went to the fresh index only, never to the one being replaced.
    const settingsTasks = during.filter((task) => task.type === 'settingsUpdate')
    expect(settingsTasks.length).toBeGreaterThan(0)
    expect(settingsTasks.map((task) => task.indexUid)).not.toContain(indexName())

    expect(result.count).toBeGreaterThan(0)
    const meta = await client
      .index(metaIndex(indexName()))
      .getDocument<{ hash: string }>('settings')
    expect(meta.hash).toBe(settingsHash())
    const answer = await live.search('', { filter: 'visibility = "public"', limit: 1 })
    expect(answer.estimatedTotalHits).toBeGreaterThan(0)
  })
})
