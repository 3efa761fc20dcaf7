import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { textToLexical } from '@/utilities/richText'
import { search } from '@/search/query/search'
import type { User } from '@/payload-types'

import { loginToken, baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import {
  eventually,
  indexedByTopic,
  params,
  publishedByTopic,
  searchQueueSettled,
} from '../helpers/search'

/**
 * Search end to end: Payload writes → jobs queued in the same transaction → the job runner inside
 * the test server (woken by Postgres NOTIFY) → the real Meilisearch → search() and /api/search.
 * Every fixture carries a topic of its own, and every query filters by it, so the sample content
 * and other test files cannot disturb the counts.
 */
let payload: Payload
let topicId: number
let topic: string
let caseworker: User
const ids: Record<string, number> = {}
let roskilde: number

const q = (query: Record<string, string | string[]>) => params({ topic, ...query })
const titles = async (query: Record<string, string | string[]>, user: User | null = null) =>
  (await search(payload, q(query), user)).hits.map((hit) => hit.title)

async function create(
  collection: 'offers' | 'mentors' | 'school-options',
  overrides: Record<string, unknown>,
) {
  const data = await offerData(payload, { topics: [topicId], ...overrides })
  if (collection !== 'offers') delete data.offerType
  const doc = await payload.create({ collection, data: data as never, overrideAccess: true })
  return doc.id
}

beforeAll(async () => {
  payload = await getTestPayload()
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: '265' } },
    limit: 1,
  })
  roskilde = docs[0]!.id
  topic = uniqueKey('soeg').toLowerCase()
  topicId = (
    await payload.create({
      collection: 'topics',
      data: { name: `Søgetest ${topic}`, slug: topic, facet: 'need' },
    })
  ).id
  caseworker = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'sagsbehandler@videnportal.local' } },
      limit: 1,
    })
  ).docs[0] as User

  const basis = await payload.find({
    collection: 'legal-bases',
    where: { externalId: { equals: 'bl-stoettende' } },
    limit: 1,
  })
  ids.koege = await create('offers', {
    legalBasis: [basis.docs[0]!.id],
    title: 'Familiebehandling i Køge',
    summary: 'Hjælp til hele familien.',
    ageMin: 6,
    ageMax: 12,
    cost: { type: 'free' },
  })
  ids.aeroe = await create('mentors', {
    title: 'Ungementor på Ærø',
    summary: 'En voksen at tale med.',
    mentorType: 'volunteer',
    ageMin: 13,
    ageMax: 17,
  })
  ids.aabenraa = await create('school-options', {
    title: 'Specialskole i Åbenrå',
    summary: 'Et skoletilbud med små hold.',
    schoolType: 'special-school',
    gradeFrom: 0,
    gradeTo: 10,
    ageMin: 6,
    ageMax: 16,
  })
  ids.angst = await create('offers', {
    title: 'Angstbehandling for unge',
    summary: 'Gruppeforløb.',
    ageMin: 13,
    ageMax: 17,
    coverage: [roskilde],
    languages: ['da', 'ar'],
    cost: { type: 'paid', rateDkk: 900, rateUnit: 'session' },
    capacity: { status: 'waitlist', waitingWeeks: 4, asOf: new Date().toISOString() },
  })
  ids.internal = await create('offers', {
    title: 'Intern aflastningsfamilie',
    summary: 'Kun for fagpersoner.',
    visibility: 'internal',
    wholeNetwork: true,
    coverage: [],
    ageMin: 0,
    ageMax: 17,
  })
  ids.note = (
    await payload.create({
      collection: 'legislation-notes',
      data: {
        title: 'Barnets Lov og støtte i Køge',
        summary: 'Hvad ændrede sig.',
        body: textToLexical('Reglerne om støttende indsatser.'),
        effectiveDate: '2024-01-01',
        topics: [topicId],
        visibility: 'public',
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
  ).id
  await eventually(async () => (await indexedByTopic(topic)).size === 6, {
    what: 'the fixtures in the index',
  })
})

afterAll(async () => {
  for (const collection of ['offers', 'mentors', 'school-options', 'legislation-notes'] as const) {
    await payload.delete({ collection, where: { topics: { in: [topicId] } }, overrideAccess: true })
  }
  await payload.delete({ collection: 'topics', id: topicId, overrideAccess: true })
})

describe('Danish words', () => {
  it.each([
    ['koge', 'Familiebehandling i Køge'],
    ['koege', 'Familiebehandling i Køge'],
    ['aero', 'Ungementor på Ærø'],
    ['aabenraa', 'Specialskole i Åbenrå'],
    ['skole', 'Specialskole i Åbenrå'],
    ['angst', 'Angstbehandling for unge'],
    ['mentor', 'Ungementor på Ærø'],
    ['skloe', 'Specialskole i Åbenrå'],
  ])('"%s" finds "%s"', async (query, title) => {
    expect(await titles({ q: query })).toContain(title)
  })
})

describe('filters and facets', () => {
  it('counts every facet, and the kinds include legislation notes', async () => {
    const result = await search(payload, q({}), null)
    expect(result.total).toBe(5)
    expect(result.degraded).toBe(false)
    expect(result.facets.kind).toEqual({
      offer: 2,
      mentor: 1,
      'school-option': 1,
      'legislation-note': 1,
    })
    expect(result.facets.cost).toEqual({ free: 3, paid: 1 })
    expect(result.facets.capacity).toEqual({ open: 3, waitlist: 1 })
    expect(result.facets.language).toEqual({ da: 4, ar: 1 })
    expect(result.facets.municipality).toEqual({ '259': 3, '265': 1 })
    expect(result.facets.topic[topic]).toBe(5)
    expect(result.facets.age['12']).toBe(2)
    expect(result.facets.age['13']).toBe(3)
    expect(result.facets.legalBasis).toEqual({ 'bl-stoettende': 1 })
  })

  it('finds the age at its edges', async () => {
    expect((await titles({ age: '12' })).sort()).toEqual([
      'Familiebehandling i Køge',
      'Specialskole i Åbenrå',
    ])
    expect((await titles({ age: '6' })).sort()).toEqual([
      'Familiebehandling i Køge',
      'Specialskole i Åbenrå',
    ])
    expect(await titles({ age: '5' })).toEqual([])
    expect((await titles({ age: '17' })).sort()).toEqual([
      'Angstbehandling for unge',
      'Ungementor på Ærø',
    ])
    expect(await titles({ age: '18' })).toEqual([])
  })

  it('ORs repeated values and ANDs different filters', async () => {
    expect(await titles({ age: ['5', '18'] })).toEqual([])
    expect((await titles({ age: ['12', '17'] })).length).toBe(4)
    expect((await titles({ kind: ['mentor', 'school-option'] })).sort()).toEqual([
      'Specialskole i Åbenrå',
      'Ungementor på Ærø',
    ])
    expect((await titles({ age: '13', cost: 'free' })).sort()).toEqual([
      'Specialskole i Åbenrå',
      'Ungementor på Ærø',
    ])
    expect(await titles({ municipality: '265', capacity: 'open' })).toEqual([])
    expect(await titles({ municipality: '265', language: 'ar' })).toEqual([
      'Angstbehandling for unge',
    ])
  })

  it("keeps each facet's counts free of its own selection (disjunctive facets)", async () => {
    const result = await search(payload, q({ municipality: '259', kind: 'offer' }), null)
    expect(result.hits.map((hit) => hit.title)).toEqual(['Familiebehandling i Køge'])
    // Municipality counts ignore the municipality chosen, but respect the kind chosen.
    expect(result.facets.municipality).toEqual({ '259': 1, '265': 1 })
    // Kind counts ignore the kind chosen, but respect the municipality chosen.
    expect(result.facets.kind).toEqual({ offer: 1, mentor: 1, 'school-option': 1 })
  })

  it('filters by legal basis, and finds a Barnets Lov listing by the Serviceloven provision it replaced', async () => {
    expect(await titles({ legalBasis: 'bl-stoettende' })).toEqual(['Familiebehandling i Køge'])
    expect(await titles({ q: 'serviceloven 52' })).toEqual(['Familiebehandling i Køge'])
    expect(await titles({ q: '§ 52' })).toEqual(['Familiebehandling i Køge'])
  })

  it('finds whole-network listings in every member municipality', async () => {
    expect(await titles({ municipality: '336' }, caseworker)).toEqual(['Intern aflastningsfamilie'])
  })

  it('sorts by title and by update time, and pages', async () => {
    const byTitle = await titles({ sort: 'title' })
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'da')))
    const page2 = await search(payload, q({ sort: 'title', perPage: '2', page: '2' }), null)
    expect(page2.hits.map((hit) => hit.title)).toEqual(byTitle.slice(2, 4))
    expect(page2.total).toBe(5)
  })

  it('highlights matches as safe HTML', async () => {
    const [hit] = (await search(payload, q({ q: 'familiebehandling' }), null)).hits
    expect(hit?.highlights.title).toBe('<mark>Familiebehandling</mark> i Køge')
    expect(hit?.url).toMatch(/^\/tilbud\//)
    expect(hit?.provider?.name).toBeTruthy()
  })
})

describe('who sees what', () => {
  it('hides internal listings from anonymous searches, in hits and in counts', async () => {
    const anonymous = await search(payload, q({}), null)
    const professional = await search(payload, q({}), caseworker)
    expect(anonymous.hits.map((hit) => hit.title)).not.toContain('Intern aflastningsfamilie')
    expect(professional.hits.map((hit) => hit.title)).toContain('Intern aflastningsfamilie')
    expect(anonymous.facets.kind.offer).toBe(2)
    expect(professional.facets.kind.offer).toBe(3)
    expect(anonymous.facets.age['0']).toBeUndefined()
    expect(professional.facets.age['0']).toBe(1)
  })

  it('decides visibility from the session over HTTP, and sends no key', async () => {
    const url = `${baseURL()}/api/search?topic=${topic}`
    const anonymous = await fetch(url)
    expect(anonymous.status).toBe(200)
    const anonymousBody = await anonymous.json()
    expect(anonymousBody.total).toBe(5)
    const token = await loginToken('sagsbehandler@videnportal.local')
    const logged = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
    const loggedBody = await logged.json()
    expect(loggedBody.total).toBe(6)
    const env = inject('serviceEnv')
    expect(JSON.stringify(loggedBody)).not.toContain(env.MEILI_API_KEY!)
    expect(Object.keys(loggedBody).sort()).toEqual(
      [
        'corrections',
        'degraded',
        'didYouMean',
        'facets',
        'hits',
        'match',
        'missingWords',
        'page',
        'perPage',
        'total',
      ].sort(),
    )
  })

  it.each([
    ['perPage=51', 'perPage'],
    ['age=abc', 'age'],
    ['age=12.5', 'age'],
    ['kind=blog', 'kind'],
    ['sort=random', 'sort'],
    ['page=0', 'page'],
    ['municipality=K%C3%B8ge', 'municipality'],
    ['colour=red', 'colour'],
    ['q=a&q=b', 'q'],
  ])('answers %s with 400 and names the parameter', async (query, param) => {
    const response = await fetch(`${baseURL()}/api/search?${query}`)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Array<{ param: string; message: string }> }
    expect(body.errors.map((error) => error.param)).toContain(param)
  })
})

describe('sync', () => {
  const inIndex = async (key: string) => (await indexedByTopic(topic)).has(key)

  it('indexes drafts never, publishes, keeps the published one while a draft waits, unpublishes and deletes', async () => {
    const draft = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        title: 'Kladde om familieråd',
        topics: [topicId],
        _status: 'draft',
      })) as never,
      draft: true,
      overrideAccess: true,
    })
    const key = `offers:${draft.id}`
    await searchQueueSettled(payload)
    expect(await inIndex(key)).toBe(false)

    await payload.update({
      collection: 'offers',
      id: draft.id,
      data: { _status: 'published' } as never,
      overrideAccess: true,
    })
    await eventually(() => inIndex(key), { what: 'the published offer in the index' })

    await payload.update({
      collection: 'offers',
      id: draft.id,
      data: { title: 'Ny titel i kladde', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    await searchQueueSettled(payload)
    expect(await titles({ q: 'familieråd' })).toContain('Kladde om familieråd')
    expect(await titles({ q: 'titel kladde' })).not.toContain('Ny titel i kladde')

    await payload.update({
      collection: 'offers',
      id: draft.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    await eventually(async () => !(await inIndex(key)), { what: 'the unpublished offer to leave' })

    await payload.update({
      collection: 'offers',
      id: draft.id,
      data: { _status: 'published' } as never,
      overrideAccess: true,
    })
    await eventually(() => inIndex(key), { what: 'the republished offer' })
    await payload.delete({ collection: 'offers', id: draft.id, overrideAccess: true })
    await eventually(async () => !(await inIndex(key)), { what: 'the deleted offer to leave' })
  })

  it('re-syncs listings when their provider is renamed', async () => {
    const { provider } = await sampleIds(payload)
    const original = await payload.findByID({ collection: 'organizations', id: provider })
    const renamed = `${original.name} (omdøbt ${topic})`
    await payload.update({
      collection: 'organizations',
      id: provider,
      data: { name: renamed } as never,
      overrideAccess: true,
    })
    try {
      await eventually(
        async () =>
          (await search(payload, q({ q: 'Køge familiebehandling' }), null)).hits[0]?.provider
            ?.name === renamed,
        { what: 'the new provider name in the index' },
      )
    } finally {
      await payload.update({
        collection: 'organizations',
        id: provider,
        data: { name: original.name } as never,
        overrideAccess: true,
      })
    }
  })
})

describe('outage', () => {
  const meiliPid = inject('meiliPid')

  it.skipIf(!meiliPid)(
    'converges after Meilisearch was stopped during 100 writes, and answers degraded meanwhile',
    async () => {
      const before = await publishedByTopic(payload, topicId)
      process.kill(meiliPid!, 'SIGSTOP')
      try {
        const created: number[] = []
        for (let i = 0; i < 100; i++) {
          if (i % 4 === 3 && created.length > 0) {
            // Every fourth write deletes or unpublishes one of the new offers.
            const id = created.shift()!
            if (i % 8 === 7) {
              await payload.delete({ collection: 'offers', id, overrideAccess: true })
            } else {
              await payload.update({
                collection: 'offers',
                id,
                data: { _status: 'draft' } as never,
                overrideAccess: true,
              })
            }
          } else if (i % 4 === 2 && created.length > 0) {
            await payload.update({
              collection: 'offers',
              id: created[created.length - 1]!,
              data: { summary: `Ændret under udfald ${i}.` } as never,
              overrideAccess: true,
            })
          } else {
            created.push(
              await create('offers', { title: `Udfaldstilbud ${i}`, summary: `Nummer ${i}.` }),
            )
          }
        }
        const degraded = await (await fetch(`${baseURL()}/api/search?topic=${topic}`)).json()
        expect(degraded.degraded).toBe(true)
        expect(degraded.total).toBe((await publishedByTopic(payload, topicId)).size - 1)
        const health = await (await fetch(`${baseURL()}/api/health`)).json()
        expect(health.search).toBe('down')
        // The results page says so, and still lists what Postgres found.
        const page = await fetch(`${baseURL()}/soeg?topic=${topic}&sort=title`)
        expect(page.status).toBe(200)
        const html = await page.text()
        expect(html).toContain('data-degraded="true"')
        expect(html.includes('Familiebehandling i Køge')).toBe(true)
      } finally {
        process.kill(meiliPid!, 'SIGCONT')
      }
      const expected = await publishedByTopic(payload, topicId)
      expect(expected.size).toBeGreaterThan(before.size)
      await eventually(
        async () => {
          const indexed = await indexedByTopic(topic)
          return (
            indexed.size === expected.size &&
            [...expected].every(([key, time]) => indexed.get(key) === time)
          )
        },
        { timeoutMs: 90_000, intervalMs: 500, what: 'the index to equal Postgres' },
      )
      const after = await search(payload, q({}), caseworker)
      expect(after.degraded).toBe(false)
      expect(after.total).toBe(expected.size)
    },
    240_000,
  )
})
