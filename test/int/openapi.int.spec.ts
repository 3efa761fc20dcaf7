import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_SCHEMA_DIR, readSchemaFile } from '@/hsds/validate'
import { searchParamsSchema } from '@/search/query/params'

import { offerData } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Issue 17: `/api/openapi.json` describes the portal's own API, and real answers (each status the
 * test meets) match the schemas it gives for them.
 */

type Json = Record<string, unknown>
let doc: Json
let ajv: Ajv2020
const HSDS_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/'

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/** Checks a real answer against the schema the document gives for its path, method and status. */
async function expectDocumented(apiPath: string, method: string, response: Response) {
  const operation = ((doc.paths as Json)[apiPath] as Json | undefined)?.[method] as Json | undefined
  expect(operation, `${method.toUpperCase()} ${apiPath} is described`).toBeDefined()
  const responses = operation!.responses as Json
  expect(
    Object.keys(responses),
    `${method.toUpperCase()} ${apiPath} describes status ${response.status}`,
  ).toContain(String(response.status))
  const body = (await response.json()) as unknown
  const validate = ajv.compile({
    $ref: `openapi.json#/${pointer('paths', apiPath, method, 'responses', String(response.status), 'content', 'application/json', 'schema')}`,
  })
  const ok = validate(body)
  expect(
    ok ? [] : validate.errors,
    `${method.toUpperCase()} ${apiPath} ${response.status}`,
  ).toEqual([])
  return body
}

/** One retry when the server closed a kept-alive connection under load (a transport error). */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url)
  } catch {
    return fetch(url)
  }
}

beforeAll(async () => {
  const response = await fetch(`${baseURL()}/api/openapi.json`)
  expect(response.status).toBe(200)
  doc = (await response.json()) as Json
  ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  ajv.addSchema({ ...doc, $id: 'openapi.json' })
  for (const file of [
    'compiled/service_list.json',
    'compiled/service.json',
    'compiled/organization_list.json',
    'compiled/service_at_location_list.json',
    'compiled/organization.json',
    'compiled/service_at_location.json',
  ])
    ajv.addSchema({
      ...(readSchemaFile(DEFAULT_SCHEMA_DIR, file) as Json),
      $id: `${HSDS_BASE}${file}`,
    })
  for (const file of ['metadata.json', 'taxonomy.json', 'taxonomy_term.json'])
    ajv.addSchema({
      ...(readSchemaFile(DEFAULT_SCHEMA_DIR, file) as Json),
      $id: `${HSDS_BASE}${file}`,
    })
}, 120_000)

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes the search, every HSDS path, the review and the health check', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths as Json)).toEqual(
      expect.arrayContaining([
        '/api/search',
        '/api/hsds/',
        '/api/hsds/services',
        '/api/hsds/services/{id}',
        '/api/hsds/organizations',
        '/api/hsds/organizations/{id}',
        '/api/hsds/taxonomies',
        '/api/hsds/taxonomies/{id}',
        '/api/hsds/taxonomy_terms',
        '/api/hsds/taxonomy_terms/{id}',
        '/api/hsds/service_at_locations',
        '/api/hsds/service_at_locations/{id}',
        '/api/{collection}/{id}/review',
        '/api/health',
      ]),
    )
  })

  it("lists every parameter of the search's own schema (so later ones appear by themselves)", () => {
    const search = ((doc.paths as Json)['/api/search'] as Json).get as Json
    const names = (search.parameters as Json[]).map((p) => p.name)
    expect(names.sort()).toEqual(Object.keys(searchParamsSchema.shape).sort())
    const kind = (search.parameters as Json[]).find((p) => p.name === 'kind')!
    expect(kind).toMatchObject({ explode: true, schema: { type: 'array' } })
  })
})

describe('real answers match the document', () => {
  it('search: a good query (200) and a bad one (400)', async () => {
    const good = await fetch(`${baseURL()}/api/search?q=angst&kind=offer&perPage=5`)
    const body = (await expectDocumented('/api/search', 'get', good)) as Json
    expect((body.hits as unknown[]).length).toBeGreaterThan(0)
    await expectDocumented('/api/search', 'get', await fetch(`${baseURL()}/api/search?pages=2`))
  })

  it('search by distance and waiting time: the geo parameters (200) and a wrong place (400)', async () => {
    for (const query of [
      'postnr=4600&sort=distance&radius=50',
      'near=55.4580,12.1850&sort=distance',
      'sort=waiting&kind=offer',
    ]) {
      const body = (await expectDocumented(
        '/api/search',
        'get',
        await get(`${baseURL()}/api/search?${query}`),
      )) as Json
      expect((body.hits as unknown[]).length, query).toBeGreaterThan(0)
    }
    for (const query of ['near=north', 'postnr=46', 'postnr=4600&radius=0'])
      await expectDocumented('/api/search', 'get', await get(`${baseURL()}/api/search?${query}`))
  })

  it('HSDS: every path with a real record, and the unknown ones (404)', async () => {
    const first = async (list: string) =>
      (
        (await expectDocumented(
          `/api/hsds/${list}`,
          'get',
          await get(`${baseURL()}/api/hsds/${list}?per_page=1`),
        )) as { contents: Json[] }
      ).contents[0]!.id as string
    for (const list of ['organizations', 'taxonomies', 'taxonomy_terms', 'service_at_locations']) {
      const id = await first(list)
      await expectDocumented(
        `/api/hsds/${list}/{id}`,
        'get',
        await get(`${baseURL()}/api/hsds/${list}/${id}`),
      )
      await expectDocumented(
        `/api/hsds/${list}/{id}`,
        'get',
        await get(`${baseURL()}/api/hsds/${list}/00000000-0000-4000-8000-000000000000`),
      )
    }
  })

  it('health', async () => {
    await expectDocumented('/api/health', 'get', await fetch(`${baseURL()}/api/health`))
  })

  it('HSDS: the root, a list, a record, an error and a 404', async () => {
    await expectDocumented('/api/hsds/', 'get', await get(`${baseURL()}/api/hsds/`))
    const list = (await expectDocumented(
      '/api/hsds/services',
      'get',
      await get(`${baseURL()}/api/hsds/services?per_page=5`),
    )) as Json
    const id = (list.contents as Json[])[0]!.id as string
    await expectDocumented(
      '/api/hsds/services/{id}',
      'get',
      await get(`${baseURL()}/api/hsds/services/${id}`),
    )
    await expectDocumented(
      '/api/hsds/services',
      'get',
      await get(`${baseURL()}/api/hsds/services?page=0`),
    )
    await expectDocumented(
      '/api/hsds/services/{id}',
      'get',
      await get(`${baseURL()}/api/hsds/services/00000000-0000-4000-8000-000000000000`),
    )
    await expectDocumented(
      '/api/hsds/organizations',
      'get',
      await get(`${baseURL()}/api/hsds/organizations?per_page=3`),
    )
    await expectDocumented(
      '/api/hsds/service_at_locations',
      'get',
      await get(`${baseURL()}/api/hsds/service_at_locations?per_page=3`),
    )
    await expectDocumented(
      '/api/hsds/taxonomy_terms',
      'get',
      await get(`${baseURL()}/api/hsds/taxonomy_terms`),
    )
  })

  it('review: refused for a reader who may not, and a malformed decision', async () => {
    const payload = await getTestPayload()
    const { docs } = await payload.find({ collection: 'offers', limit: 1, depth: 0 })
    const url = `${baseURL()}/api/offers/${docs[0]!.id}/review`
    const post = (body: unknown, token?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
    await expectDocumented(
      '/api/{collection}/{id}/review',
      'post',
      await post({ action: 'publish' }),
    )
    const consultant = await loginToken('konsulent@videnportal.local')
    await expectDocumented(
      '/api/{collection}/{id}/review',
      'post',
      await post({ action: 'return' }, consultant),
    )
  })

  it('review: a pending change published by a consultant (200)', async () => {
    const payload = await getTestPayload()
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload)) as never,
    })
    await payload.update({
      collection: 'offers',
      id: offer.id,
      data: { summary: 'En ventende ændring til gennemsyn.' } as never,
      draft: true,
    })
    const consultant = await loginToken('konsulent@videnportal.local')
    const response = await fetch(`${baseURL()}/api/offers/${offer.id}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${consultant}` },
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(response.status).toBe(200)
    const body = (await expectDocumented('/api/{collection}/{id}/review', 'post', response)) as {
      doc: Json
    }
    expect(body.doc).toMatchObject({ id: offer.id, _status: 'published' })
  })
})
