import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { danishSearchFields } from '@/search/indexing/danish'

/**
 * Against the real Meilisearch 1.21 of the test run: with the fields from src/search/danish.ts,
 * the Danish queries that Meilisearch's defaults miss find what a caseworker means.
 */
const env = inject('serviceEnv')
const client = new Meilisearch({ host: env.MEILI_HOST!, apiKey: env.MEILI_API_KEY })
const uid = `danish-test-${process.pid}-${Date.now()}`

const titles = [
  'Familiebehandling i Køge',
  'Ungementor på Ærø',
  'Specialskole i Åbenrå',
  'Angstbehandling for unge i Roskilde',
  'Søskendegruppe for børn af psykisk syge forældre',
]

beforeAll(async () => {
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask()
  const index = client.index(uid)
  await index.updateSettings({ searchableAttributes: ['title', 'folded', 'parts'] }).waitTask()
  await index
    .addDocuments(titles.map((title, id) => ({ id, title, ...danishSearchFields(title) })))
    .waitTask()
})

afterAll(async () => {
  await client.deleteIndex(uid).waitTask()
})

describe('Danish words in Meilisearch', () => {
  it.each([
    ['koge', 'Familiebehandling i Køge'],
    ['koege', 'Familiebehandling i Køge'],
    ['aero', 'Ungementor på Ærø'],
    ['aabenraa', 'Specialskole i Åbenrå'],
    ['skole', 'Specialskole i Åbenrå'],
    ['angst', 'Angstbehandling for unge i Roskilde'],
    ['mentor', 'Ungementor på Ærø'],
    ['gruppe', 'Søskendegruppe for børn af psykisk syge forældre'],
  ])('"%s" finds "%s"', async (query, title) => {
    const { hits } = await client.index(uid).search(query)
    expect(hits.map((hit) => hit.title)).toContain(title)
  })
})
