import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importFiles } from '@/import/importer'
import { LIST_ENDPOINTS, validateHsdsApi } from '@/hsds/validate'

import { loadOracle } from '../fuzz/oracle'
import { offerData, offerInput, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Issue 17: the HSDS read API. The validator's checks on the sample content, the oracle of
 * internal values over every page, stable ids, the cache and its invalidation, CORS, filters and
 * bad input.
 */

const api = () => `${baseURL()}/api/hsds`
const listings = ['offers', 'mentors', 'school-options'] as const
type Json = Record<string, unknown>

let payload: Payload
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-hsds-'))

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function getJson(url: string, init?: RequestInit) {
  const response = await fetch(url, init)
  const text = await response.text()
  return { response, text, body: text ? (JSON.parse(text) as Json) : undefined }
}

/** Every page of a list endpoint, fully nested where the endpoint offers it. */
async function everyPage(endpoint: string, query: string) {
  const texts: string[] = []
  const items: Json[] = []
  for (let page = 1; ; page++) {
    const { response, text, body } = await getJson(
      `${api()}/${endpoint}?page=${page}&per_page=50${query}`,
    )
    expect(response.status, `${endpoint} page ${page}`).toBe(200)
    texts.push(text)
    items.push(...((body!.contents as Json[]) ?? []))
    if (body!.last_page === true) break
  }
  return { texts, items }
}

describe('the HSDS API against the validator-style checks', () => {
  it('passes on the sample content: schemas, pages 1/middle/last, every id, nothing empty', async () => {
    const report = await validateHsdsApi(baseURL(), { perPage: 10 })
    expect(report.errors).toEqual([])
    // Page 1, a middle and a last page of five lists and the records they name.
    expect(report.validated).toBeGreaterThan(200)
    const services = report.requests.filter((r) => /\/services\?page=/.test(r.url))
    expect(services.length).toBe(3)
  }, 300_000)

  it('answers the root with version "3.0", a profile and the OpenAPI address', async () => {
    const { body, response } = await getJson(`${api()}/`)
    expect(response.status).toBe(200)
    expect(body).toEqual({
      version: '3.0',
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: expect.stringMatching(/\/api\/openapi\.json$/),
    })
  })
})

describe('public data only (the oracle of internal values)', () => {
  it('shows no internal value, internal listing or draft on any page or record of any endpoint', async () => {
    // A draft that was never published and a published listing's pending draft change.
    const marker = `HSDSDRAFT${Date.now().toString(36)}`
    await payload.create({
      collection: 'offers',
      data: { ...(await offerData(payload)), title: `${marker} kladde`, _status: 'draft' } as never,
      draft: true,
    })
    const published = await payload.create({
      collection: 'offers',
      data: {
        ...(await offerData(payload)),
        title: `Offentligt HSDS-forløb ${marker.toLowerCase()}`,
      } as never,
    })
    await payload.update({
      collection: 'offers',
      id: published.id,
      data: { title: `${marker} ændring` } as never,
      draft: true,
    })

    const oracle = await loadOracle(payload)
    const hidden = [...oracle.hiddenFrom('anonymous'), marker]
    for (const collection of listings) {
      const { docs } = await payload.find({
        collection,
        where: { visibility: { equals: 'internal' } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of docs) {
        hidden.push(doc.title, (doc as unknown as { hsdsId: string }).hsdsId)
        if (doc.slug) hidden.push(`/${doc.slug}`)
        // The rate itself is internal: "1200 kr." or a bare amount in a cost option.
        for (const contact of doc.contacts ?? [])
          if (contact.internal && contact.email) hidden.push(contact.email)
      }
    }
    expect(hidden.length).toBeGreaterThan(10)

    const texts: string[] = []
    for (const endpoint of LIST_ENDPOINTS) {
      const query =
        endpoint === 'services' ||
        endpoint === 'service_at_locations' ||
        endpoint === 'organizations'
          ? '&full=true'
          : ''
      const { texts: pages, items } = await everyPage(endpoint, query)
      texts.push(...pages)
      for (const item of items) {
        const extra = endpoint === 'organizations' ? '?full_service=true' : ''
        const { text, response } = await getJson(`${api()}/${endpoint}/${item.id}${extra}`)
        expect(response.status).toBe(200)
        texts.push(text)
      }
    }
    const all = texts.join('\n')
    expect(all).toContain('Offentligt HSDS-forløb')
    const leaks = hidden.filter((value) => value && all.includes(value))
    expect(leaks).toEqual([])
    // No rate: a paid listing says it is paid, never the amount.
    expect(all).not.toMatch(/"amount":(?!0[,}])/)
  }, 600_000)
})

describe('stable ids', () => {
  it("keeps a listing's UUID through an edit and a re-import, and gives a new listing its own", async () => {
    const input = offerInput()
    const file = path.join(dir, 'one.json')
    writeFileSync(file, JSON.stringify({ format: 'videnportal/v1', listings: [input] }))
    const first = await importFiles(payload, [file])
    expect(first.issues).toEqual([])
    const read = async () =>
      (
        await payload.find({
          collection: 'offers',
          where: { externalId: { equals: input.externalId } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0] as unknown as { id: number; hsdsId: string; title: string }
    const created = await read()
    expect(created.hsdsId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )

    await payload.update({
      collection: 'offers',
      id: created.id,
      data: { title: `${input.title} (ændret)` } as never,
    })
    expect((await read()).hsdsId).toBe(created.hsdsId)

    writeFileSync(
      file,
      JSON.stringify({
        format: 'videnportal/v1',
        listings: [{ ...input, summary: 'En ny kort beskrivelse af forløbet.' }],
      }),
    )
    const again = await importFiles(payload, [file])
    expect(again.issues).toEqual([])
    expect((await read()).hsdsId).toBe(created.hsdsId)

    const { body } = await getJson(`${api()}/services/${created.hsdsId}`)
    expect(body).toMatchObject({
      id: created.hsdsId,
      description: expect.stringContaining('En ny kort beskrivelse'),
    })

    const other = await payload.create({
      collection: 'offers',
      data: (await offerData(payload)) as never,
    })
    expect((other as unknown as { hsdsId: string }).hsdsId).not.toBe(created.hsdsId)
  }, 120_000)
})

describe('the cache and its invalidation', () => {
  it('answers from the cache until a publish changes the data, then at once with the new data', async () => {
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload)) as never,
    })
    const id = (offer as unknown as { hsdsId: string }).hsdsId
    const url = `${api()}/services/${id}`
    const first = await fetch(url)
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect(first.headers.get('cache-control')).toContain('public')
    const second = await fetch(url)
    expect(second.headers.get('x-hsds-cache')).toBe('hit')
    expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304)

    await payload.update({
      collection: 'offers',
      id: offer.id,
      data: { title: 'Nyt navn efter offentliggørelse' } as never,
    })
    const after = await fetch(url, { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    expect(((await after.json()) as Json).name).toBe('Nyt navn efter offentliggørelse')

    // Made internal: gone from the record and from the lists.
    await payload.update({
      collection: 'offers',
      id: offer.id,
      data: { visibility: 'internal' } as never,
    })
    expect((await fetch(url)).status).toBe(404)
    const { body } = await getJson(`${api()}/services?minimal=true`)
    expect((body!.contents as Json[]).map((c) => c.id)).not.toContain(id)
  })
})

describe('HTTP', () => {
  it('is open to every origin without a key (CORS), and the preflight says so', async () => {
    const response = await fetch(`${api()}/services`, {
      headers: { Origin: 'https://example.org' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await fetch(`${api()}/services`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('refuses bad parameters with a precise 400 and unknown ids with a 404, never a 500', async () => {
    const cases: Array<[string, number, string]> = [
      ['services?page=0', 400, 'page must be at least 1'],
      ['services?page=abc', 400, 'page must be a whole number'],
      ['services?per_page=201', 400, 'per_page must be at most 200'],
      ['services?pages=2', 400, 'unknown parameter "pages"'],
      ['services?taxonomy_term_id=adhd', 400, 'taxonomy_term_id must be a UUID'],
      ['services?modified_after=yesterday', 400, 'modified_after must be a date'],
      ['services?format=ndjson', 400, 'format must be json'],
      ['services?page=1&page=2', 400, 'page may be given only once'],
      ['taxonomies?organization_id=7b4c3c36-9d35-4f7e-8a3f-2b5d7c9e1a20', 400, 'does not apply'],
      ['services/not-a-uuid', 404, 'No public service'],
      ['services/7b4c3c36-9d35-4f7e-8a3f-2b5d7c9e1a20', 404, 'No public service'],
      ['organizations/7b4c3c36-9d35-4f7e-8a3f-2b5d7c9e1a20', 404, 'No public organization'],
      ['nothing', 404, 'Unknown path'],
    ]
    for (const [pathAndQuery, status, message] of cases) {
      const { response, body } = await getJson(`${api()}/${pathAndQuery}`)
      expect(response.status, pathAndQuery).toBe(status)
      expect(String(body!.message), pathAndQuery).toContain(message)
    }
  })
})

describe('filters (combined with AND)', () => {
  // The documents are this test's own (a topic, an organization, three listings with unique
  // keys): other test files change the shared sample content, and a public listing may have an
  // organization that is not public (then its service has no organization_id).
  it('narrows by taxonomy term, organization, date and words, and minimal gives ids and dates', async () => {
    const since = new Date(Date.now() - 1000).toISOString()
    const topic = uniqueKey('hsds-emne')
    const word = `Filterord${Date.now().toString(36)}`
    const organization = {
      externalId: uniqueKey('hsds-org'),
      name: `HSDS-filterforening ${word}`,
      type: 'ngo',
    }
    const ownA = offerInput({
      title: `Forløb A ${word}`,
      provider: organization.externalId,
      topics: [topic],
    })
    const otherB = offerInput({ title: `Forløb B ${uniqueKey('b')}`, topics: [topic, 'angst'] })
    const ownC = offerInput({
      title: `Forløb C ${uniqueKey('c')}`,
      provider: organization.externalId,
    })
    const file = path.join(dir, 'filters.json')
    writeFileSync(
      file,
      JSON.stringify({
        format: 'videnportal/v1',
        topics: [{ slug: topic, name: `Emne ${topic}`, facet: 'need' }],
        organizations: [organization],
        listings: [ownA, otherB, ownC],
      }),
    )
    expect((await importFiles(payload, [file])).issues).toEqual([])
    const hsdsIdOf = async (
      collection: 'offers' | 'organizations' | 'topics',
      field: string,
      value: string,
    ) =>
      (
        (
          await payload.find({
            collection,
            where: { [field]: { equals: value } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0] as unknown as { hsdsId: string }
      ).hsdsId
    const term = await hsdsIdOf('topics', 'slug', topic)
    const org = await hsdsIdOf('organizations', 'externalId', organization.externalId)
    const [a, b, c] = await Promise.all(
      [ownA, otherB, ownC].map((item) => hsdsIdOf('offers', 'externalId', item.externalId)),
    )
    const ids = async (query: string) => {
      const { response, body } = await getJson(`${api()}/services?per_page=200&${query}`)
      expect(response.status, query).toBe(200)
      expect(body!.total_items, query).toBe((body!.contents as Json[]).length)
      return (body!.contents as Json[]).map((s) => s.id).sort()
    }

    const all = await getJson(`${api()}/services?per_page=1`)
    const total = all.body!.total_items as number
    expect(await ids(`taxonomy_term_id=${term}`)).toEqual([a, b].sort())
    expect(await ids(`organization_id=${org}`)).toEqual([a, c].sort())
    expect(await ids(`taxonomy_term_id=${term}&organization_id=${org}`)).toEqual([a])
    expect(await ids(`organization_id=${org}&modified_after=${encodeURIComponent(since)}`)).toEqual(
      [a, c].sort(),
    )
    expect(await ids(`organization_id=${org}&modified_after=2999-01-01T00:00:00Z`)).toEqual([])
    expect(await ids(`search=${word}`)).toEqual([a])
    expect(await ids(`search=${word}&taxonomy_term_id=${term}&organization_id=${org}`)).toEqual([a])
    const byTerm = await getJson(`${api()}/services?full=true&taxonomy_term_id=${term}`)
    for (const hit of byTerm.body!.contents as Json[])
      expect((hit.attributes as Json[]).map((x) => x.taxonomy_term_id)).toContain(term)

    const future = await getJson(`${api()}/services?modified_after=2999-01-01T00:00:00Z`)
    expect(future.body).toMatchObject({ total_items: 0, empty: true, contents: [] })

    const minimal = await getJson(`${api()}/services?minimal=true`)
    expect(minimal.body!.total_items).toBe(total)
    for (const item of minimal.body!.contents as Json[])
      expect(Object.keys(item).sort()).toEqual(['id', 'last_modified'])

    // The kinds taxonomy: every service is one of three kinds.
    const kinds = await getJson(`${api()}/taxonomy_terms?per_page=200&search=offer`)
    const offerTerm = (kinds.body!.contents as Json[]).find((t) => t.code === 'offer')!
    const offers = await getJson(`${api()}/services?per_page=1&taxonomy_term_id=${offerTerm.id}`)
    expect(offers.body!.total_items).toBeGreaterThan(2)
    expect(offers.body!.total_items).toBeLessThan(total)
  })
})
