import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stemmedSynonyms } from '@/search/indexing/danish'
import { readSynonymsFile } from '@/search/indexing/synonyms'
import { currentSearchTerms, readSearchTerms, refreshSearchTerms } from '@/search/terms/read'
import { sameSynonyms } from '@/search/terms/rules'

import { newLoopbackClient, requestFrom } from '../helpers/clients'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { eventually, indexName, testMeili } from '../helpers/search'

/**
 * Synonyms and abbreviations as content (the search-terms collection) against the real services:
 * the seed, a consultant's new term reaching the index and every server's vocabulary within a
 * minute, its rules, and suggestions as you type with their own limit.
 */
let payload: Payload
let consultant: string
const made: number[] = []

/** A word no listing contains: what it finds, it finds through the new synonym. */
const nonce = () =>
  `vpord${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}${process.pid % 1000}`

/** The parts of the answers these tests read. */
type Answer = {
  total: number
  hits: Array<{ title: string }>
  doc: { id: number; terms: string[]; label: string }
  suggestions: Array<{ text: string; kind: string }>
  errors: Array<{ message: string }>
}

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${baseURL()}/api${path}`, { ...init, headers })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer }
}

const searchTotal = async (q: string) =>
  (await api(`/search?q=${encodeURIComponent(q)}`, { token: consultant })).body.total

beforeAll(async () => {
  payload = await getTestPayload()
  consultant = await loginToken('konsulent@videnportal.local')
}, 60_000)

afterAll(async () => {
  for (const id of made) {
    await payload.delete({ collection: 'search-terms', id, overrideAccess: true }).catch(() => {})
  }
})

describe('the search vocabulary as content', () => {
  it('was seeded from content/synonyms.json, and the index holds the database vocabulary', async () => {
    const file = readSynonymsFile()
    const { totalDocs } = await payload.count({ collection: 'search-terms', overrideAccess: true })
    expect(totalDocs).toBeGreaterThanOrEqual(file.groups.length + Object.keys(file.oneWay).length)
    await eventually(
      async () =>
        sameSynonyms(
          (await testMeili().index(indexName()).getSynonyms()) as Record<string, string[]>,
          stemmedSynonyms(await readSearchTerms(payload)),
        ),
      { timeoutMs: 30_000, what: 'the index to hold the vocabulary of search-terms' },
    )
  })

  it('knows the shorthand of the field: »mentor EUD« finds the mentor for erhvervsuddannelse', async () => {
    const { body } = await api('/search?q=mentor%20EUD')
    expect(body.total).toBeGreaterThan(0)
    expect(body.hits.map((hit: { title: string }) => hit.title)).toContain(
      'Uddannelsesmentor – fra FGU til erhvervsuddannelse',
    )
  })

  it('lets a consultant add a synonym in the admin and search with it within a minute', async () => {
    const word = nonce()
    expect(await searchTotal(word)).toBe(0)
    const saved = Date.now()
    const { status, body } = await api('/search-terms', {
      method: 'POST',
      token: consultant,
      body: JSON.stringify({ kind: 'group', terms: [word.toUpperCase(), 'Skolevægring'] }),
    })
    expect(status).toBe(201)
    made.push(body.doc.id)
    expect(body.doc.terms).toEqual([word, 'skolevægring'])
    expect(body.doc.label).toBe(`${word} · skolevægring`)

    const total = await eventually(async () => (await searchTotal(word)) || undefined, {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: `a search for the new synonym »${word}« to find something`,
    })
    const seconds = (Date.now() - saved) / 1000
    console.log(`[search terms] a new synonym found listings ${seconds.toFixed(1)} s after saving`)
    // It finds what »skolevægring« itself finds (synonyms do not chain: not its own synonyms').
    expect(total).toBeGreaterThan(0)
    expect(total).toBeLessThanOrEqual(await searchTotal('skolevægring'))
    expect(seconds).toBeLessThan(60)

    // The vocabulary used for query analysis follows on every server: the test server's
    // suggestions come from its copy, and this process re-reads it as every server does.
    await eventually(
      async () => {
        const { body } = await api(`/search-suggestions?q=${word.slice(0, 5)}`)
        return body.suggestions?.some(
          (s: { text: string; kind: string }) => s.text === word && s.kind === 'term',
        )
      },
      // At once where the jobs runner applied it; other servers within SEARCH_TERMS_REFRESH_SECONDS.
      { timeoutMs: 70_000, what: 'the test server to suggest the new term' },
    )
    await refreshSearchTerms(payload)
    expect(currentSearchTerms()[word]).toContain('skolevægring')

    // Taking it out again takes it out of the index.
    expect(
      (await api(`/search-terms/${body.doc.id}`, { method: 'DELETE', token: consultant })).status,
    ).toBe(200)
    await eventually(async () => (await searchTotal(word)) === 0, {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'the deleted synonym to stop finding',
    })
  }, 150_000)

  it('checks a term: a phrase with a stop word, a lone term and a CPR number are refused in Danish', async () => {
    const post = (data: unknown) =>
      api('/search-terms', { method: 'POST', token: consultant, body: JSON.stringify(data) })
    const stop = await post({ kind: 'group', terms: ['De Utrolige År', 'duå'] })
    expect(stop.status).toBe(400)
    expect(JSON.stringify(stop.body)).toMatch(/fyldordet »de«/)
    const lone = await post({ kind: 'group', terms: ['ppr'] })
    expect(lone.status).toBe(400)
    expect(JSON.stringify(lone.body)).toMatch(/mindst to ord/)
    const cpr = await post({ kind: 'group', terms: ['angst', 'barn 010190-1234'] })
    expect(cpr.status).toBe(400)
    expect(JSON.stringify(cpr.body)).toMatch(/CPR-nummer/)
    const oneWay = await post({ kind: 'one-way', terms: ['§ 32'] })
    expect(oneWay.status).toBe(400)
    expect(JSON.stringify(oneWay.body)).toMatch(/Skriv det ord, der søges på/)
  })
})

describe('suggestions as you type', () => {
  it('suggest topics, terms and titles for what has been typed', async () => {
    const { status, body } = await api('/search-suggestions?q=aut')
    expect(status).toBe(200)
    const texts = body.suggestions.map((s: { text: string; kind: string }) => `${s.kind}:${s.text}`)
    expect(texts.some((text: string) => text.startsWith('topic:Autisme'))).toBe(true)
    expect(texts).toContain('term:autisme')
    expect(body.suggestions.length).toBeLessThanOrEqual(8)
    const titles = await api('/search-suggestions?q=uddannelsesmentor')
    expect(titles.body.suggestions).toContainEqual({
      text: 'Uddannelsesmentor – fra FGU til erhvervsuddannelse',
      kind: 'title',
    })
  })

  it('answer bad input with a 400 that says what is wrong', async () => {
    const long = await api(`/search-suggestions?q=${'a'.repeat(101)}`)
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toMatch(/at most 100/)
    const unknown = await api('/search-suggestions?q=aut&x=1')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toMatch(/unknown parameter: x/)
  })

  it('have their own limit: typing does not use up the searches of an office', async () => {
    const client = newLoopbackClient()
    // More keystrokes than the search limit (SEARCH_REQUESTS_PER_MINUTE, 120) allows searches.
    for (let i = 0; i < 125; i++) {
      const response = await requestFrom(client, `/api/search-suggestions?q=an${'g'.repeat(i % 3)}`)
      expect(response.status).toBe(200)
    }
    expect((await requestFrom(client, '/api/search?q=angst')).status).toBe(200)
  }, 60_000)

  it('enhance a plain GET form: the results page works without JavaScript and carries the list', async () => {
    const html = await (await fetch(`${baseURL()}/soeg?q=angst`)).text()
    expect(html).toMatch(/<form[^>]*action="\/soeg"[^>]*>/)
    expect(html).toMatch(/<input[^>]*name="q"/)
    expect(html).toMatch(/<datalist[^>]*data-suggestions-for="q"/)
  })
})

describe('the vocabulary in the database is the source of truth', () => {
  it('is not re-seeded from the file once it exists', async () => {
    const { seedSearchTerms } = await import('@/seed/searchTerms')
    expect(await seedSearchTerms(payload)).toBe('kept')
  })
})
