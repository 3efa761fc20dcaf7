import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropIndex, ensureIndex } from '@/search/indexing/settings'
import { synonymsFileSchema, toMeilisearchSynonyms } from '@/search/indexing/synonyms'
import { applySynonyms } from '@/search/terms/apply'

import synonymsFile from '../../content/synonyms.json'
import { testMeili } from '../helpers/search'

/**
 * Each synonym group and one-way entry of content/synonyms.json, against the real Meilisearch
 * with the index settings of src/search/settings.ts: a document that uses one term is found by
 * another. Documents are written straight to an index of this file's own, so that the sample
 * content (which uses these words everywhere) cannot make a test pass by accident.
 */
const file = synonymsFileSchema.parse(synonymsFile)
const client = testMeili()
const index = `synonyms-test-${process.pid}`

type Doc = { id: string; title: string }
const docs: Doc[] = [
  ...file.groups.map((group, i) => ({ id: `group-${i}`, title: group[group.length - 1]! })),
  ...Object.entries(file.oneWay).map(([, targets], i) => ({
    id: `one-way-${i}`,
    title: `Tilbud efter Barnets Lov ${targets[0]}`,
  })),
]

beforeAll(async () => {
  await ensureIndex(client, index, { force: true })
  // The vocabulary is applied apart from the settings (in the portal, from search-terms).
  await applySynonyms(client, index, toMeilisearchSynonyms(file))
  await client.index(index).addDocuments(docs).waitTask()
}, 120_000)

afterAll(async () => {
  await dropIndex(client, index)
})

const find = async (query: string) =>
  (await client.index(index).search<Doc>(query, { matchingStrategy: 'all', limit: 100 })).hits.map(
    (hit) => hit.id,
  )

describe('synonym groups', () => {
  it.each(file.groups.map((group, i) => [group[0]!, group[group.length - 1]!, i] as const))(
    '"%s" finds a text that says "%s"',
    async (query, _title, i) => {
      expect(await find(query)).toContain(`group-${i}`)
    },
  )
})

describe('one-way synonyms', () => {
  it.each(Object.entries(file.oneWay).map(([from, targets], i) => [from, targets[0]!, i] as const))(
    '"%s" finds a text that says "%s"',
    async (query, _target, i) => {
      expect(await find(query)).toContain(`one-way-${i}`)
    },
  )
})
