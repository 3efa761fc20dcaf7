import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { search } from '@/search/query/search'
import { refreshVocabulary } from '@/search/query/vocabulary'

import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { offerData, uniqueKey } from '../helpers/fixtures'
import { eventually, indexedByTopic, params } from '../helpers/search'

/**
 * Findability (issue 14) against the real Meilisearch: one case for each class of failure the
 * held-out measurement found, each of which found nothing (or the wrong thing) before the query
 * analysis of src/search/query/analysis.ts. Every fixture carries a topic of its own and every
 * query filters by it, so the sample content cannot make a case pass.
 */
let payload: Payload
let topicId: number
let topic: string
const ids: Record<string, number> = {}

const q = (query: Record<string, string | string[]>) => params({ topic, ...query })
const answer = (query: Record<string, string | string[]>) => search(payload, q(query), null)
const titles = async (query: Record<string, string | string[]>) =>
  (await answer(query)).hits.map((hit) => hit.title)

async function create(overrides: Record<string, unknown>) {
  const data = await offerData(payload, { topics: [topicId], ...overrides })
  const doc = await payload.create({
    collection: 'offers',
    data: data as never,
    overrideAccess: true,
  })
  return doc.id
}

beforeAll(async () => {
  payload = await getTestPayload()
  topic = uniqueKey('fund').toLowerCase()
  topicId = (
    await payload.create({
      collection: 'topics',
      data: { name: `Findbarhed ${topic}`, slug: topic, facet: 'need' },
    })
  ).id
  ids.mentor = await create({
    title: 'Mentorforløb for unge på erhvervsuddannelse',
    summary: 'En fast mentor, der hjælper med at gennemføre uddannelsen.',
    ageMin: 15,
    ageMax: 24,
  })
  ids.angst = await create({
    title: 'Gruppe for børn med angst',
    summary: 'Otte gange med andre børn og en psykolog.',
    ageMin: 8,
    ageMax: 12,
  })
  ids.fravaer = await create({
    title: 'Hjælp ved ufrivilligt skolefravær',
    summary: 'Samtaler med elev, forældre og skole.',
  })
  ids.foraeldrenes = await create({
    title: 'Kursus for forældrenes netværk',
    summary: 'Seks aftener med andre familier.',
  })
  ids.ordblindhed = await create({
    title: 'Kursus om ordblindhed for familier',
    summary: 'Forældre lærer at støtte hjemme.',
  })
  ids.adhd = await create({
    title: 'Struktur i hverdagen ved opmærksomhedsforstyrrelse',
    summary: 'En pædagog hjælper med planer og rutiner.',
  })
  await eventually(async () => (await indexedByTopic(topic)).size === 6, {
    what: 'the fixtures in the index',
  })
  // The new words reach typo correction at the next refresh; the test does not wait for it.
  await refreshVocabulary(payload)
}, 120_000)

afterAll(async () => {
  await payload.delete({
    collection: 'offers',
    where: { topics: { in: [topicId] } },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'topics', id: topicId, overrideAccess: true })
})

describe('each class of failure', () => {
  it('all words need not match: a word no listing has gives the best partial matches, labelled', async () => {
    const result = await answer({ q: 'mentor erhvervsuddannelse hestepasning' })
    expect(result.match).toBe('some')
    expect(result.hits.map((hit) => hit.id)).toContain(ids.mentor)
    expect(result.missingWords).toEqual(['hestepasning'])
    // Total and facets describe the partial set that is shown.
    expect(result.total).toBe(result.hits.length)
    expect(result.facets.kind.offer).toBe(result.total)
  })

  it('a compound in the query is split into known parts', async () => {
    expect(await titles({ q: 'angstgruppe' })).toContain('Gruppe for børn med angst')
  })

  it('one compound word that matches nothing whole gives the best partial matches by its parts', async () => {
    // "angstpasning" → angst + pasning: no listing has the second part; the one about angst is
    // the best partial answer, and the part it lacks is named.
    const result = await answer({ q: 'angstpasning' })
    expect(result.match).toBe('some')
    expect(result.hits.map((hit) => hit.id)).toContain(ids.angst)
    expect(result.missingWords).toEqual(['pasning'])
  })

  it('a misspelt synonym still expands', async () => {
    const result = await answer({ q: 'skolevgæring' })
    expect(result.hits.map((hit) => hit.title)).toContain('Hjælp ved ufrivilligt skolefravær')
    expect(result.corrections).toEqual([{ from: 'skolevgæring', to: 'skolevægring' }])
    expect(result.didYouMean).toBe('skolevægring')
  })

  it('a misspelt shorthand still finds what it stands for', async () => {
    expect(await titles({ q: 'adhs' })).toContain(
      'Struktur i hverdagen ved opmærksomhedsforstyrrelse',
    )
  })

  it('an inflected form finds the other forms (Danish stemming), exact words first', async () => {
    // "forældrenes" is three edits from "forældre": beyond typo tolerance, within the stem.
    const result = await answer({ q: 'forældrenes kursus' })
    const found = result.hits.map((hit) => hit.id)
    expect(found).toEqual(expect.arrayContaining([ids.foraeldrenes, ids.ordblindhed]))
    expect(found[0]).toBe(ids.foraeldrenes)
  })
})

describe('never a dead end', () => {
  it('answers the partial match over HTTP in the same shape, with the words not found', async () => {
    const response = await fetch(
      `${baseURL()}/api/search?${new URLSearchParams({ q: 'mentor hestepasning erhvervsuddannelse', topic })}`,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      match: string
      missingWords: string[]
      total: number
      hits: Array<{ id: number }>
    }
    expect(body.match).toBe('some')
    expect(body.missingWords).toEqual(['hestepasning'])
    expect(body.hits.map((hit) => hit.id)).toContain(ids.mentor)
  })

  it('labels the partial answer on the results page, with the missing word struck through', async () => {
    const html = await fetch(
      `${baseURL()}/soeg?${new URLSearchParams({ q: 'mentor erhvervsuddannelse hestepasning', topic })}`,
    ).then((response) => response.text())
    expect(html).toContain('Ingen opslag indeholder alle ordene – viser opslag med nogle af dem')
    expect(html).toContain('<del lang="da">hestepasning</del>')
    expect(html).toContain('Mentorforløb for unge på erhvervsuddannelse')
  })

  it('suggests on the no-results page only changes that give results, with how many', async () => {
    // The only listing with the word is for 15–24-year-olds: age 3 gives nothing, and so does
    // the kind "school option" (a second filter whose removal alone still gives nothing).
    const html = await fetch(
      `${baseURL()}/soeg?${new URLSearchParams([
        ['q', 'erhvervsuddannelse'],
        ['topic', topic],
        ['age', '3'],
        ['kind', 'school-option'],
      ])}`,
    ).then((response) => response.text())
    expect(html).toContain('Ingen opslag passer til din søgning')
    expect(html).not.toMatch(/\(0 resultater\)/)
    expect(html).not.toContain('Fjern barnets alder')
    expect(html).not.toContain('Fjern type')
    expect(html).toMatch(
      /Søg uden ordene, med de samme filtre \(\d+ resultater\)|Se alle opslag \(\d+\)/,
    )
  })

  it('offers "Mente du …?" with the corrected words as a link', async () => {
    const html = await fetch(
      `${baseURL()}/soeg?${new URLSearchParams({ q: 'skolevgæring', topic })}`,
    ).then((response) => response.text())
    expect(html).toContain('Mente du')
    expect(html).toContain('data-did-you-mean="skolevægring"')
  })
})
