import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listingsToCsv } from '@/import/csv'
import { importFiles } from '@/import/importer'
import { textToLexical } from '@/utilities/richText'

import { offerData, offerInput, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Issue 11, class 3: bad input gets a 4xx with a precise message, never a 5xx. Each case here was
 * a 500 or a 501 before. And the standing rule: free text never holds a CPR number.
 */

let payload: Payload
const tokens = { caseworker: '', consultant: '', ngo: '' }
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-badinput-'))
const cpr = '010190-1234'

type Answer = { status: number; text: string; messages: string }

async function call(
  method: string,
  pathAndQuery: string,
  options: {
    token?: string
    body?: BodyInit
    type?: string
    headers?: Record<string, string>
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.type) headers['Content-Type'] = options.type
  const response = await fetch(`${baseURL()}/api${pathAndQuery}`, {
    method,
    headers,
    body: options.body,
  })
  const text = await response.text()
  let messages = text
  try {
    const body = JSON.parse(text) as {
      errors?: Array<{ message?: string; data?: { errors?: Array<{ message: string }> } }>
    }
    messages = (body.errors ?? [])
      .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)])
      .join('\n')
  } catch {
    // not JSON
  }
  return { status: response.status, text, messages }
}

const json = (value: unknown) => ({ body: JSON.stringify(value), type: 'application/json' })

/** Whether any row of the database holds the text (read with SQL, not through an API). */
async function storedAnywhere(text: string): Promise<boolean> {
  const pool = (
    payload.db as unknown as {
      pool: {
        query: (sql: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, string>> }>
      }
    }
  ).pool
  const { rows: columns } = await pool.query(
    `select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb')`,
  )
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await pool.query(
      `select 1 from "${table}" where "${column}"::text like $1 limit 1`,
      [`%${text}%`],
    )
    if (rows.length > 0) return true
  }
  return false
}

let fixtureId = 0

beforeAll(async () => {
  payload = await getTestPayload()
  tokens.caseworker = await loginToken('sagsbehandler@videnportal.local')
  tokens.consultant = await loginToken('konsulent@videnportal.local')
  tokens.ngo = await loginToken('ngo@videnportal.local')
  const fixture = await payload.create({
    collection: 'offers',
    data: (await offerData(payload)) as never,
    overrideAccess: true,
    depth: 0,
  })
  fixtureId = fixture.id
})

afterAll(async () => {
  if (fixtureId) await payload.delete({ collection: 'offers', id: fixtureId, overrideAccess: true })
  rmSync(dir, { recursive: true, force: true })
})

describe('paths and ids', () => {
  it('answers prototype-named and endpoint-less collection paths with 404', async () => {
    for (const [method, route] of [
      ['GET', '/__proto__'],
      ['GET', '/constructor'],
      ['GET', '/constructor/1'],
      ['POST', '/hasOwnProperty'],
      ['GET', '/payload-migrations'],
      ['GET', '/topics/versions'],
      ['GET', '/legal-bases/versions/1'],
      ['POST', '/users/verify/x'],
    ] as const) {
      const answer = await call(method, route, {
        token: tokens.consultant,
        ...(method === 'GET' ? {} : json({})),
      })
      expect(answer.status, `${method} ${route}`).toBe(404)
    }
  })

  it('refuses ids of the wrong type or out of range with a 400 naming the id', async () => {
    for (const id of ['a', '99999999999', '-1', '1.5']) {
      const answer = await call('GET', `/offers/${id}`)
      expect(answer.status, id).toBe(400)
      expect(answer.messages).toContain(`Id'et »${id}« er ugyldigt`)
    }
    expect((await call('DELETE', '/offers/a', { token: tokens.consultant })).status).toBe(400)
  })
})

describe('where, sort and parameters', () => {
  it('refuses values of the wrong type for their field, naming the field', async () => {
    const cases: Array<[string, RegExp]> = [
      ['where[provider][equals]=x', /»provider« \(equals\) skal have et id/],
      ['where[id][in]=1,abc', /»id« \(in\) skal have et id/],
      ['where[topics][in][0]=x', /»topics« \(in\) skal have et id/],
      ['where[id][equals]=99999999999999999999', /»id« \(equals\) skal have et id/],
      ['where[_status][equals]=x', /»_status« \(equals\) skal have en af værdierne/],
      ['where[ageMin][near]=x', /»near« kan kun bruges på koordinater/],
      ['where[title][within]=x', /»within« kan kun bruges på koordinater/],
      ['where[referral.municipalDecisionRequired][like]=x', /»like« søger i tekst/],
      ['where[nextReviewAt][contains]=1', /»contains« søger i tekst/],
      ['where[title][like][0]=a', /skal have én tekst/],
      ['where=x', /Parameteren »where« skal være JSON/],
      ['limit=5&limit=', /Parameteren »limit« må kun angives én gang/],
      ['depth=abc', /Parameteren »depth« skal være et helt tal/],
      ['sort=topics&sort=-locations.postalCode', /Der kan ikke sorteres på »topics«/],
      ['sort=-provider.createdAt', /Der kan ikke sorteres på »provider.createdAt«/],
      ['where[description][like]=x', /»like« søger i tekst/],
    ]
    for (const [query, message] of cases) {
      // A count has no order: it ignores `sort`.
      for (const route of query.startsWith('sort') ? ['/offers'] : ['/offers', '/offers/count']) {
        const answer = await call('GET', `${route}?${query}`)
        expect(answer.status, `${route}?${query}`).toBe(400)
        expect(answer.messages, query).toMatch(message)
      }
    }
  })

  it('refuses where[contacts.email][all] as staff with a 400, not a 500', async () => {
    for (const query of ['where[contacts.email][all]=x', 'where[contacts.email][all][0]=x']) {
      const answer = await call('GET', `/offers?${query}`, { token: tokens.caseworker })
      expect(answer.status, query).toBe(400)
      expect(answer.messages).toMatch(/Operatoren »all«/)
    }
    // The staff's true answers stay.
    const sorted = await call('GET', '/offers?sort=contacts.email&limit=1', {
      token: tokens.caseworker,
    })
    expect(sorted.status).toBe(200)
  })
})

describe('bodies, content types and logins', () => {
  it('refuses a NUL byte in a login e-mail with a 400', async () => {
    const answer = await call(
      'POST',
      '/users/login',
      json({ email: 'konsulent\u0000@videnportal.local', password: 'x' }),
    )
    expect(answer.status).toBe(400)
    expect(answer.messages).toContain('NUL-tegn')
  })

  it('refuses bodies in the wrong content type, or that cannot be read, with a 4xx', async () => {
    const token = tokens.consultant
    const text = await call('POST', '/offers', { token, body: 'hej', type: 'text/plain' })
    expect(text.status).toBe(415)
    expect(text.messages).toContain('Indholdstypen »text/plain« kan ikke læses')
    const xml = await call('PATCH', `/offers/${fixtureId}`, {
      token,
      body: '<a/>',
      type: 'application/xml',
    })
    expect(xml.status).toBe(415)
    const form = await call('POST', '/offers', {
      token,
      body: 'a=b',
      type: 'multipart/form-data',
    })
    expect(form.status).toBe(400)
    const override = await call('POST', '/offers', {
      token,
      body: '{bad',
      type: 'application/json',
      headers: { 'X-HTTP-Method-Override': 'GET' },
    })
    expect(override.status).toBe(400)
    // A method override with a readable body still reads.
    const read = await call('POST', '/offers', {
      ...json({ where: { id: { equals: fixtureId } } }),
      headers: { 'X-HTTP-Method-Override': 'GET' },
      token,
    })
    expect(read.status).toBe(200)
  })

  it('refuses wrong types in a consultant PATCH, and stores nothing of them', async () => {
    const marker = uniqueKey('patchmark').replace(/[^a-z0-9]/g, '')
    const cases: unknown[] = [
      `${marker}`,
      [{ title: marker }],
      { title: marker, referral: null },
      { title: marker, contacts: null },
      { title: marker, cost: null },
      { title: marker, contacts: [{ role: ['x'] }] },
      { title: marker, description: 'ikke formateret tekst' },
    ]
    for (const body of cases) {
      const answer = await call('PATCH', `/offers/${fixtureId}?draft=true`, {
        token: tokens.consultant,
        ...json(body),
      })
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.messages.length).toBeGreaterThan(0)
    }
    expect(await storedAnywhere(marker)).toBe(false)
  })
})

describe('no CPR numbers in free text', () => {
  it('refuses a CPR number in a title or description, published or draft, and stores nothing', async () => {
    const marker = uniqueKey('cprmark').replace(/[^a-z0-9]/g, '')
    const attempts: Array<[string, string, Record<string, unknown>, RegExp]> = [
      [
        '/offers',
        tokens.consultant,
        await offerData(payload, { title: `${marker} barn ${cpr}` }),
        /»Titel« \(title\) ser ud til at indeholde et CPR-nummer/,
      ],
      [
        '/offers?draft=true',
        tokens.ngo,
        {
          title: `${marker} udkast`,
          description: textToLexical(`Om barnet 0101901234.\n\n${marker}`),
          _status: 'draft',
        },
        /\(description\) ser ud til at indeholde et CPR-nummer/,
      ],
      [
        '/legislation-notes?draft=true',
        tokens.consultant,
        { title: `${marker} note`, summary: `Sag ${cpr}`, _status: 'draft' },
        /\(summary\) ser ud til at indeholde et CPR-nummer/,
      ],
    ]
    for (const [route, token, data, message] of attempts) {
      const answer = await call('POST', route, { token, ...json(data) })
      expect(answer.status, route).toBe(400)
      expect(answer.messages).toMatch(message)
    }
    const patched = await call('PATCH', `/offers/${fixtureId}?draft=true`, {
      token: tokens.consultant,
      ...json({ summary: `${marker} ${cpr}`, contacts: [{ role: `Far til ${cpr}` }] }),
    })
    expect(patched.status).toBe(400)
    expect(patched.messages).toMatch(/\(summary\) ser ud til/)
    expect(patched.messages).toMatch(/\(contacts\.0\.role\) ser ud til/)
    expect(await storedAnywhere(marker)).toBe(false)
    // Phone numbers, CVR and postcodes are no CPR numbers.
    const fine = await call('PATCH', `/offers/${fixtureId}?draft=true`, {
      token: tokens.consultant,
      ...json({ summary: 'Ring 70 20 31 45 eller 70203145, CVR 29403473, 4600 Køge.' }),
    })
    expect(fine.status).toBe(200)
  })

  it('refuses CPR numbers in imported JSON and CSV with file, line and field, and writes nothing', async () => {
    const marker = uniqueKey('cprimport').replace(/[^a-z0-9]/g, '')
    const jsonFile = path.join(dir, 'cpr.json')
    writeFileSync(
      jsonFile,
      JSON.stringify(
        { format: 'videnportal/v1', listings: [offerInput({ title: `${marker} ${cpr}` })] },
        null,
        2,
      ),
    )
    const fromJson = await importFiles(payload, [jsonFile])
    expect(fromJson.written).toBe(false)
    expect(fromJson.issues.map((issue) => [issue.file, issue.line, issue.field])).toEqual([
      ['cpr.json', 4, 'title'],
    ])
    expect(fromJson.issues[0]!.message).toContain('CPR-nummer')

    const csvFile = path.join(dir, 'cpr.csv')
    writeFileSync(
      csvFile,
      listingsToCsv([
        offerInput({ title: marker }),
        offerInput({ title: `${marker} b`, description: `Barnet ${cpr.replace('-', '')}` }),
      ]),
    )
    const fromCsv = await importFiles(payload, [csvFile])
    expect(fromCsv.written).toBe(false)
    expect(fromCsv.issues.map((issue) => [issue.file, issue.field])).toEqual([
      ['cpr.csv', 'description'],
    ])
    expect(await storedAnywhere(marker)).toBe(false)
  })
})
