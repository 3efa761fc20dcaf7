import fc from 'fast-check'
import { type Field, type FlattenedField, flattenAllFields } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { isIdValue, MAX_ID, queryErrors, sortErrors } from '@/plugins/inputChecks/queryErrors'
import { logByStatus } from '@/plugins/inputChecks/logErrors'
import { refusal } from '@/security/restBoundary'

/** The query checks in front of Postgres (src/plugins/inputChecks/queryErrors.ts). */
const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'ageMin', type: 'number' },
  { name: 'open', type: 'checkbox' },
  { name: 'asOf', type: 'date' },
  { name: 'kind', type: 'select', options: ['a', 'b'] },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'provider', type: 'relationship', relationTo: 'organizations' },
  { name: 'cost', type: 'group', fields: [{ name: 'rateDkk', type: 'number' }] },
  { name: 'contacts', type: 'array', fields: [{ name: 'email', type: 'email' }] },
  { name: 'point', type: 'point' },
]
const flattened = flattenAllFields({ fields }) as FlattenedField[]
const organizations = flattenAllFields({
  fields: [
    { name: 'name', type: 'text' },
    { name: 'founded', type: 'date' },
  ] as Field[],
}) as FlattenedField[]
const collections = { organizations: { config: { flattenedFields: organizations } } }
const check = (where: unknown) => queryErrors(flattened, where, collections)

describe('ids', () => {
  it('takes whole numbers within Postgres integer, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_ID }), (id) => {
        expect(isIdValue(id)).toBe(true)
        expect(isIdValue(String(id))).toBe(true)
      }),
      { seed: 11 },
    )
    for (const bad of ['a', '', '-1', '1.5', '1e3', '0x10', 2 ** 31, '99999999999', NaN, null, {}])
      expect(isIdValue(bad), String(bad)).toBe(false)
  })
})

describe('where', () => {
  it('accepts well-typed queries, through groups, arrays and relationships', () => {
    expect(
      check({
        title: { like: 'angst' },
        ageMin: { greater_than_equal: '7' },
        open: { equals: 'true' },
        asOf: { less_than: '2024-01-01' },
        kind: { in: 'a,b' },
        topics: { in: ['1', 2] },
        'provider.name': { contains: 'Køge' },
        'provider.founded': { exists: 'false' },
        'cost.rateDkk': { equals: 100 },
        'contacts.email': { equals: 'a@b.dk' },
        point: { near: '12,55,1000' },
        or: [{ id: { equals: 5 } }, { and: [{ provider: { not_equals: null } }] }],
      }),
    ).toEqual([])
  })

  it('refuses every value a number, date, id, option or checkbox cannot be', () => {
    const typed = fc.constantFrom(
      ['ageMin', 'et tal'],
      ['asOf', 'en dato'],
      ['provider', 'et id'],
      ['id', 'et id'],
      ['kind', 'en af værdierne'],
      ['open', 'true eller false'],
    )
    const word = fc
      .stringMatching(/^[a-zæøå]{2,12}$/)
      .filter((w) => !['true', 'false', 'a', 'b'].includes(w))
    fc.assert(
      fc.property(
        typed,
        word,
        fc.constantFrom('equals', 'not_equals', 'in', 'greater_than'),
        ([path, words], value, operator) => {
          const errors = check({ [path]: { [operator]: value } })
          expect(errors).toHaveLength(1)
          expect(errors[0]!.message).toContain(`»${path}« (${operator}) skal have ${words}`)
        },
      ),
      { seed: 11, numRuns: 200 },
    )
  })

  it('refuses operators Postgres lacks, lists where one value goes, and NUL', () => {
    const messages = (where: unknown) => check(where).map((error) => error.message)
    expect(messages({ 'contacts.email': { all: 'x' } })[0]).toMatch(/»all«/)
    expect(messages({ ageMin: { near: '1,2' } })[0]).toMatch(/kun bruges på koordinater/)
    expect(messages({ 'unknown.path': { within: 'x' } })[0]).toMatch(/kun bruges på koordinater/)
    expect(messages({ open: { like: 'x' } })[0]).toMatch(/søger i tekst/)
    expect(messages({ title: { like: ['a'] } })[0]).toMatch(/én tekst/)
    expect(messages({ title: { equals: { a: 1 } } })[0]).toMatch(/én værdi/)
    expect(messages({ title: { equals: 'a\u0000b' } })[0]).toMatch(/NUL-tegn/)
    expect(messages({ title: 'x' })[0]).toMatch(/skal have en operator/)
    expect(messages('x')[0]).toMatch(/skal være et objekt/)
  })

  it('leaves paths it does not know to Payload', () => {
    expect(check({ 'nothing.here': { equals: 'x' }, __proto__x: { equals: 1 } })).toEqual([])
  })

  it('checks version paths of collections with versions', () => {
    const errors = queryErrors(
      flattened,
      { 'version.ageMin': { equals: 'x' }, parent: { equals: 'y' } },
      collections,
      { versions: true },
    )
    expect(errors.map((error) => error.path)).toEqual(['version.ageMin.equals', 'parent.equals'])
  })
})

describe('sort', () => {
  it('refuses a list field sorted together with a field in rows, and keeps each alone', () => {
    expect(
      sortErrors(flattened, ['-topics', 'contacts.email'], collections).map((e) => e.path),
    ).toEqual(['sort.topics'])
    expect(sortErrors(flattened, 'topics,-provider,ageMin', collections)).toEqual([])
    expect(sortErrors(flattened, 'contacts.email,-provider.id,ageMin', collections)).toEqual([])
  })

  it('refuses fields of a related document', () => {
    expect(sortErrors(flattened, '-provider.name', collections).map((e) => e.path)).toEqual([
      'sort.provider.name',
    ])
  })
})

describe('the REST front door', () => {
  const config = Promise.resolve({
    collections: [
      { slug: 'offers', versions: { drafts: {} }, endpoints: [] },
      { slug: 'topics', endpoints: [] },
      { slug: 'payload-migrations', endpoints: false },
      { slug: 'users', auth: { verify: false }, endpoints: [] },
    ],
  }) as never
  const at = (method: string, url: string, init: RequestInit = {}) =>
    refusal(new Request(`http://x${url}`, { method, ...init }), config)

  it('refuses what Payload cannot read, with 4xx', async () => {
    expect((await at('GET', '/api/offers?where=x'))?.status).toBe(400)
    expect((await at('GET', '/api/topics/versions'))?.status).toBe(404)
    expect((await at('GET', '/api/payload-migrations'))?.status).toBe(404)
    expect((await at('POST', '/api/users/verify/x'))?.status).toBe(404)
    const text = { body: 'x', headers: { 'Content-Type': 'text/plain' } }
    expect((await at('POST', '/api/offers', text))?.status).toBe(415)
    const override = {
      body: '{x',
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' },
    }
    expect((await at('POST', '/api/offers', override))?.status).toBe(400)
    const form = { body: 'x', headers: { 'Content-Type': 'multipart/form-data' } }
    expect((await at('POST', '/api/offers', form))?.status).toBe(400)
  })

  it('passes readable requests on', async () => {
    expect(await at('GET', '/api/offers?where[title][equals]=x&where2=1')).toBeNull()
    expect(await at('GET', '/api/offers/versions')).toBeNull()
    expect(
      await at('POST', '/api/offers', {
        body: '{"a":1}',
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBeNull()
    expect(await at('POST', '/api/users/logout')).toBeNull()
    const search = {
      body: 'where[id][equals]=1',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-HTTP-Method-Override': 'GET',
      },
    }
    expect(await at('POST', '/api/offers', search)).toBeNull()
    const form = new FormData()
    form.append('_payload', '{"alt":"x"}')
    expect(await at('POST', '/api/media', { body: form })).toBeNull()
  })
})

describe('logging', () => {
  it('logs an expected failure as one line and a server error with its stack', () => {
    const logger = { info: vi.fn(), error: vi.fn() }
    const req = { payload: { logger }, method: 'GET', url: 'http://x/api/offers' } as never
    logByStatus({
      error: Object.assign(new Error('Ugyldigt'), { name: 'InvalidQueryError', status: 400 }),
      req,
    } as never)
    expect(logger.info).toHaveBeenCalledWith('400 GET /api/offers: Ugyldigt')
    const failure = Object.assign(new Error('boom'), { name: 'APIError', status: 500 })
    logByStatus({ error: failure, req } as never)
    expect(logger.error).toHaveBeenCalledWith({ err: failure })
  })
})
