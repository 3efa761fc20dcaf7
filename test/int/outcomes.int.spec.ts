import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadReviewQueue } from '@/moderation/reviewQueue'
import type { User } from '@/payload-types'
import { searchFallback } from '@/search/query/fallback'
import { search } from '@/search/query/search'

import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { eventually, params } from '../helpers/search'

/**
 * Outcomes and progression on listings (issue 19): the `outcome` filter and its facet in
 * Meilisearch, in the Postgres fallback, over /api/search and on /soeg without JavaScript; the
 * listing page's »Sådan følges op«; the NGO editor's change through review; CPR refusal. Every
 * fixture has a topic and outcomes of its own, and every query filters by that topic, so the
 * sample content and other test files cannot disturb the counts.
 */
let payload: Payload
let topicId: number
let topic: string
const outcome = { school: '', wellbeing: '' }
const outcomeIds = { school: 0, wellbeing: 0 }
const ids: Record<string, number> = {}
const slugs: Record<string, string> = {}
let caseworker: User

const followUp = (id: number, method: string) => ({
  outcome: id,
  method,
  frequency: 'weekly',
  caseworkerReceives: 'Fremmødeprocenten pr. måned og en plan for næste trin.',
  reportWhen: 'monthly',
})

async function offer(title: string, rows: unknown[], overrides: Record<string, unknown> = {}) {
  const data = await offerData(payload, { title, topics: [topicId], outcomes: rows, ...overrides })
  const doc = await payload.create({ collection: 'offers', data: data as never })
  slugs[title] = doc.slug!
  return doc.id
}

const q = (query: Record<string, string | string[]>) => params({ topic, ...query })

beforeAll(async () => {
  payload = await getTestPayload()
  topic = uniqueKey('effekt').toLowerCase()
  topicId = (
    await payload.create({
      collection: 'topics',
      data: { name: `Effekttest ${topic}`, slug: topic, facet: 'need' },
    })
  ).id
  outcome.school = `${topic}-skole`
  outcome.wellbeing = `${topic}-trivsel`
  outcomeIds.school = (
    await payload.create({
      collection: 'outcomes',
      data: { name: `Skolefremmøde ${topic}`, slug: outcome.school },
    })
  ).id
  outcomeIds.wellbeing = (
    await payload.create({
      collection: 'outcomes',
      data: { name: `Trivsel ${topic}`, slug: outcome.wellbeing },
    })
  ).id
  caseworker = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'sagsbehandler@videnportal.local' } },
      limit: 1,
    })
  ).docs[0] as User
  ids.school = await offer(`Fremmødeforløb ${topic}`, [
    followUp(outcomeIds.school, 'Skolens fraværsregistrering og en fremmødeplan'),
  ])
  ids.both = await offer(`Familieforløb ${topic}`, [
    followUp(outcomeIds.wellbeing, 'Skaleringsspørgsmål i hver samtale'),
    followUp(outcomeIds.school, 'Fremmødeplan aftalt med skolen'),
  ])
  ids.wellbeing = await offer(`Trivselsgruppe ${topic}`, [
    followUp(outcomeIds.wellbeing, 'SDQ-spørgeskema ved start og afslutning'),
  ])
  ids.none = await offer(`Rådgivning ${topic}`, [])
  ids.internal = await offer(
    `Intern skolestøtte ${topic}`,
    [followUp(outcomeIds.school, 'Elevplan og fremmøde')],
    { visibility: 'internal' },
  )
  // The server may still be indexing the sample content after its start: wait for ours.
  await eventually(async () => (await search(payload, q({}), caseworker)).total === 5, {
    timeoutMs: 300_000,
    what: 'the fixtures in the index',
  })
})

const titles = (hits: Array<{ title: string }>) => hits.map((hit) => hit.title).sort()

describe('the outcome filter and its facet »Følger op på …«', () => {
  it('finds the listings that follow up on an outcome, and counts each outcome', async () => {
    const answer = await eventually(
      async () => {
        const result = await search(payload, q({ outcome: outcome.school }), null)
        return result.total === 2 && result
      },
      { what: 'the fixtures in the index' },
    )
    expect(titles(answer.hits)).toEqual([`Familieforløb ${topic}`, `Fremmødeforløb ${topic}`])
    // Disjunctive: the outcome facet counts as if no outcome were chosen; public listings only.
    expect(answer.facets.outcome).toEqual({ [outcome.school]: 2, [outcome.wellbeing]: 2 })
    const both = await search(payload, q({ outcome: [outcome.school, outcome.wellbeing] }), null)
    expect(both.total).toBe(3)
  })

  it('lets professionals find internal listings by outcome, and counts them', async () => {
    const answer = await search(payload, q({ outcome: outcome.school }), caseworker)
    expect(answer.total).toBe(3)
    expect(answer.facets.outcome?.[outcome.school]).toBe(3)
  })

  it('answers the same when Postgres answers', async () => {
    const answer = await searchFallback(payload, q({ outcome: outcome.school }), null)
    expect(titles(answer.hits)).toEqual([`Familieforløb ${topic}`, `Fremmødeforløb ${topic}`])
    expect(answer.facets.outcome).toEqual({ [outcome.school]: 2, [outcome.wellbeing]: 2 })
  })

  it('follows a renamed slug: the listings are re-indexed', async () => {
    const renamed = `${outcome.wellbeing}-ny`
    await payload.update({
      collection: 'outcomes',
      id: outcomeIds.wellbeing,
      data: { slug: renamed },
    })
    const answer = await eventually(
      async () => {
        const result = await search(payload, q({ outcome: renamed }), null)
        return result.total === 2 && result
      },
      { timeoutMs: 120_000, what: 'the re-indexed listings' },
    )
    expect(titles(answer.hits)).toEqual([`Familieforløb ${topic}`, `Trivselsgruppe ${topic}`])
    expect((await search(payload, q({ outcome: outcome.wellbeing }), null)).total).toBe(0)
    await payload.update({
      collection: 'outcomes',
      id: outcomeIds.wellbeing,
      data: { slug: outcome.wellbeing },
    })
    await eventually(
      async () => (await search(payload, q({ outcome: outcome.wellbeing }), null)).total === 2,
      { timeoutMs: 120_000, what: 'the restored slug in the index' },
    )
  }, 300_000)

  it('is a parameter of /api/search, with a precise error for a bad value', async () => {
    const response = await fetch(`${baseURL()}/api/search?topic=${topic}&outcome=${outcome.school}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { total: number; facets: Record<string, unknown> }
    expect(body.total).toBe(2)
    expect(body.facets.outcome).toMatchObject({ [outcome.school]: 2 })
    const bad = await fetch(
      `${baseURL()}/api/search?outcome=${encodeURIComponent('Skole fremmøde')}`,
    )
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('outcome')
  })

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${baseURL()}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        { get?: { parameters?: Array<{ name: string; description?: string }> } }
      >
    }
    const parameter = doc.paths['/api/search']?.get?.parameters?.find((p) => p.name === 'outcome')
    expect(parameter?.description).toContain('Outcome slug')
  })

  it('is a facet of the results page, a plain form that works without JavaScript', async () => {
    const response = await fetch(`${baseURL()}/soeg?topic=${topic}&outcome=${outcome.school}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('data-facet="outcome"')
    expect(html).toContain('Følger op på …')
    const box = new RegExp(`<input[^>]*id="f-outcome-${outcome.school}"[^>]*>`).exec(html)?.[0]
    expect(box).toContain('name="outcome"')
    expect(box).toContain('checked')
    expect(html).toContain(`Fremmødeforløb ${topic}`)
    expect(html).not.toContain(`Trivselsgruppe ${topic}`)
    const bad = await fetch(`${baseURL()}/soeg?outcome=${encodeURIComponent('Skole fremmøde')}`)
    expect(bad.status).toBeLessThan(500)
    expect(await bad.text()).toContain('et effektmåls navn i adressen')
  })
})

describe('the listing page', () => {
  it('says »Sådan følges op« per outcome, and links to others that follow up on it', async () => {
    const response = await fetch(`${baseURL()}/tilbud/${slugs[`Familieforløb ${topic}`]}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Sådan følges op')
    expect(html).toContain('Skaleringsspørgsmål i hver samtale')
    expect(html).toContain('Fremmødeplan aftalt med skolen')
    expect(html).toContain('Det får sagsbehandleren')
    expect(html).toContain('Hver uge')
    expect(html).toContain(`/soeg?outcome=${outcome.school}`)
    const without = await fetch(`${baseURL()}/tilbud/${slugs[`Rådgivning ${topic}`]}`)
    expect(await without.text()).not.toContain('Sådan følges op')
  })
})

describe('an NGO editor’s follow-up', () => {
  it('waits for review, and the consultant reads the change with Danish labels', async () => {
    const token = await loginToken('ngo@videnportal.local')
    const patch = await fetch(`${baseURL()}/api/offers/${ids.school}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        outcomes: [
          { ...followUp(outcomeIds.school, 'Ny fremmødeplan hver uge'), reportWhen: 'quarterly' },
        ],
      }),
    })
    expect(patch.status).toBe(200)
    const published = await payload.findByID({ collection: 'offers', id: ids.school, depth: 0 })
    expect(published.outcomes?.[0]?.method).toBe('Skolens fraværsregistrering og en fremmødeplan')
    const consultant = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'konsulent@videnportal.local' } },
        limit: 1,
      })
    ).docs[0] as User
    const req = await createLocalReq({ user: { ...consultant, collection: 'users' } }, payload)
    const item = (await loadReviewQueue(payload, req)).find(
      (one) => one.collection === 'offers' && one.id === ids.school,
    )
    const byLabel = Object.fromEntries(
      (item?.changes ?? []).map((change) => [change.label, [change.before, change.after]]),
    )
    expect(byLabel['Effektmål og opfølgning › 1 › Metode eller redskab']).toEqual([
      'Skolens fraværsregistrering og en fremmødeplan',
      'Ny fremmødeplan hver uge',
    ])
    expect(byLabel['Effektmål og opfølgning › 1 › Sagsbehandleren får det']).toEqual([
      'Hver måned',
      'Hvert kvartal',
    ])
  })

  it('refuses a CPR number in the follow-up with a 400 that names the field', async () => {
    const token = await loginToken('konsulent@videnportal.local')
    const response = await fetch(`${baseURL()}/api/offers/${ids.wellbeing}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        outcomes: [
          { ...followUp(outcomeIds.wellbeing, 'Samtale'), caseworkerReceives: 'Om 010203-1234.' },
        ],
      }),
    })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('outcomes.0.caseworkerReceives')
    expect(text).toContain('CPR')
  })

  it('refuses to delete an outcome a listing follows up on, and deletes an unused one', async () => {
    const token = await loginToken('konsulent@videnportal.local')
    const remove = (id: number) =>
      fetch(`${baseURL()}/api/outcomes/${id}`, {
        method: 'DELETE',
        headers: { Authorization: `JWT ${token}` },
      })
    const refused = await remove(outcomeIds.school)
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain('bruges af et eller flere opslag')
    expect((await payload.findByID({ collection: 'outcomes', id: outcomeIds.school })).id).toBe(
      outcomeIds.school,
    )

    // Only in a draft that was never published: still in use.
    const draftOnly = await payload.create({
      collection: 'outcomes',
      data: { name: `Kun i kladde ${topic}`, slug: `${topic}-kladde` },
    })
    const draft = await payload.create({
      collection: 'offers',
      draft: true,
      data: (await offerData(payload, {
        title: `Kladde ${topic}`,
        topics: [topicId],
        outcomes: [followUp(draftOnly.id, 'Samtale')],
        _status: 'draft',
      })) as never,
    })
    expect((await remove(draftOnly.id)).status).toBe(409)
    await payload.delete({ collection: 'offers', id: draft.id })

    expect((await remove(draftOnly.id)).status).toBe(200)
  })
})
