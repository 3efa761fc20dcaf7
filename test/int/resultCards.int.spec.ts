import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { cardInternalFacts, hitKey } from '@/queries/cardInternalFacts'
import { searchFallback } from '@/search/query/fallback'
import { search } from '@/search/query/search'
import type { SearchHit } from '@/search/query/types'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { eventually, indexedByTopic, params } from '../helpers/search'

/**
 * Issue 16, items 1 and 2 at the service level: result cards carry the facts a caseworker decides
 * by (public ones from the index, internal ones read in one batch for readers who may see them),
 * and `sort=waiting` orders by waiting time in Meilisearch and in the Postgres fallback alike.
 * Every fixture has a topic of its own, and every search filters by it.
 */
let payload: Payload
let topic: string
const ids: Record<string, number> = {}
const users: Record<string, User> = {}

const q = (query: Record<string, string | string[]>) => params({ topic, ...query })
const titles = (hits: SearchHit[]) => hits.map((hit) => hit.title)

beforeAll(async () => {
  payload = await getTestPayload()
  topic = uniqueKey('kort').toLowerCase()
  const topicId = (
    await payload.create({
      collection: 'topics',
      data: { name: `Korttest ${topic}`, slug: topic, facet: 'need' },
    })
  ).id
  for (const [name, email] of [
    ['caseworker', 'sagsbehandler@videnportal.local'],
    ['ngo', 'ngo@videnportal.local'],
  ] as const) {
    users[name] = (
      await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
    ).docs[0] as User
  }
  const other = (
    await payload.find({
      collection: 'organizations',
      where: { externalId: { not_equals: 'org-pusterummet' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id
  const { provider } = await sampleIds(payload)
  const asOf = '2026-11-02T12:00:00.000Z'
  const create = async (key: string, overrides: Record<string, unknown>) => {
    const data = await offerData(payload, { topics: [topicId], ...overrides })
    ids[key] = (
      await payload.create({ collection: 'offers', data: data as never, overrideAccess: true })
    ).id
  }
  await create('nineWeeks', {
    title: 'Kort ni uger',
    capacity: { status: 'waitlist', waitingWeeks: 9, asOf },
    provider: other,
    cost: {
      type: 'paid',
      rateDkk: 2450,
      rateUnit: 'week',
      rateNote: 'Takst efter aftale med Køge',
    },
    referral: {
      howTo: 'Ring.',
      municipalDecisionRequired: true,
      selfReferral: false,
      internalNote: 'Kun efter visitation i børne- og ungeudvalget',
    },
  })
  await create('full', { title: 'Kort fuldt', capacity: { status: 'full', asOf } })
  await create('open', { title: 'Kort åben', capacity: { status: 'open', asOf } })
  await create('threeWeeks', {
    title: 'Kort tre uger',
    provider,
    capacity: { status: 'waitlist', waitingWeeks: 3, asOf },
    cost: { type: 'paid', rateDkk: 800, rateUnit: 'session' },
    wholeNetwork: true,
    coverage: [],
    ageMin: 10,
    ageMax: 14,
  })
  await eventually(async () => (await indexedByTopic(topic)).size === 4, {
    what: 'the card fixtures in the index',
    timeoutMs: 60_000,
  })
})

describe('sort=waiting', () => {
  const order = ['Kort åben', 'Kort tre uger', 'Kort ni uger', 'Kort fuldt']

  it('puts open listings first, then the shortest wait, and unknown waits last', async () => {
    const result = await search(payload, q({ sort: 'waiting' }), null)
    expect(result.degraded).toBe(false)
    expect(titles(result.hits)).toEqual(order)
    // With words, the chosen order still decides among the hits that match them all.
    const words = await search(payload, q({ q: 'kort', sort: 'waiting' }), null)
    expect(titles(words.hits)).toEqual(order)
  })

  it('orders the same way when Postgres answers', async () => {
    const result = await searchFallback(payload, q({ sort: 'waiting' }), null)
    expect(titles(result.hits)).toEqual(order)
  })

  it('is accepted by /api/search, which returns each hit’s public card facts', async () => {
    const response = await fetch(`${baseURL()}/api/search?topic=${topic}&sort=waiting`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { hits: SearchHit[] }
    expect(titles(body.hits)).toEqual(order)
    const three = body.hits.find((hit) => hit.title === 'Kort tre uger')!
    expect(three.facts).toMatchObject({
      listingType: 'counselling',
      ageMin: 10,
      ageMax: 14,
      wholeNetwork: true,
      cost: 'paid',
      capacity: 'waitlist',
      waitingWeeks: 3,
      capacityAsOf: '2026-11-02T12:00:00.000Z',
    })
    // The index holds no internal field, so the API cannot hand one out.
    expect(JSON.stringify(body)).not.toMatch(/rateDkk|2450|visitation/)
  })

  it('refuses an unknown sort order with a precise message, never a 500', async () => {
    const response = await fetch(`${baseURL()}/api/search?sort=waitingtime`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('sort')
  })
})

describe('internal facts on result cards', () => {
  const hitsFor = async (user: User | null) =>
    (await search(payload, q({ sort: 'waiting' }), user)).hits

  it('are read for professionals, only where the listing has them', async () => {
    const hits = await hitsFor(users.caseworker!)
    const facts = await cardInternalFacts(payload, hits, users.caseworker!)
    expect(facts.get(`offers:${ids.nineWeeks}`)).toEqual({
      rateDkk: 2450,
      rateUnit: 'week',
      rateNote: 'Takst efter aftale med Køge',
      referralNote: 'Kun efter visitation i børne- og ungeudvalget',
    })
    expect(facts.get(`offers:${ids.threeWeeks}`)?.rateDkk).toBe(800)
    expect(facts.has(`offers:${ids.open}`)).toBe(false)
  })

  it('are never read for anonymous readers', async () => {
    expect((await cardInternalFacts(payload, await hitsFor(null), null)).size).toBe(0)
  })

  it('are read for an NGO editor on their own organization’s listings only', async () => {
    const hits = await hitsFor(users.ngo!)
    const facts = await cardInternalFacts(payload, hits, users.ngo!)
    expect([...facts.keys()]).toEqual([hitKey({ collection: 'offers', id: ids.threeWeeks! })])
  })

  it('appear on the results page for a caseworker and not for an anonymous reader', async () => {
    const page = async (headers: Record<string, string> = {}) => {
      const response = await fetch(`${baseURL()}/soeg?topic=${topic}&sort=waiting`, { headers })
      expect(response.status).toBe(200)
      return response.text()
    }
    const anonymous = await page()
    expect(anonymous).toContain('data-fact="capacity"')
    expect(anonymous).toContain('Venteliste, ca. 9 uger')
    expect(anonymous).not.toContain('data-internal-field')
    expect(anonymous).not.toContain('visitation')
    const token = await loginToken('sagsbehandler@videnportal.local')
    const caseworker = await page({ cookie: `payload-token=${token}` })
    expect(caseworker).toContain('data-internal-field="cost.rateDkk"')
    expect(caseworker).toContain('Kun efter visitation i børne- og ungeudvalget')
  })
})
