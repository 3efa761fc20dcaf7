import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { scrubSearchStats } from '@/search/stats/scrub'

import { newLoopbackClient, requestFrom } from '../helpers/clients'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { eventually } from '../helpers/search'

/**
 * Search statistics without personal data, against the real database and the production build:
 * what a search leaves behind, when its words may be stored, clicks, the closing of a day, the
 * retention and the secretariat's page.
 */
type Row = {
  id: number
  day: string
  query_key: string
  query: string | null
  filters: string
  searches: string
  zero_results: string
  clicks: string
  click_positions: Record<string, number> | null
  sessions: string
  session_hashes: string[] | null
}

let payload: Payload
const execute = (query: unknown) =>
  (
    payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }
  ).drizzle.execute(query)

/** Every row of the statistics as text, to look for anything personal. */
const allRowsAsText = async () =>
  JSON.stringify((await execute(sql`SELECT row_to_json(s) AS r FROM search_stats s`)).rows)

/** The row of these words (stored or not: found through what only this test searched). */
async function rowsWhere(filters: string): Promise<Row[]> {
  return (await execute(sql`SELECT * FROM search_stats WHERE filters = ${filters} ORDER BY id`))
    .rows as Row[]
}

/** A filter no other test uses, so the row of this test's searches can be found without words. */
const uniqueAge = () => 5 + (process.pid % 10)
let caseworker: string

beforeAll(async () => {
  payload = await getTestPayload()
  caseworker = await loginToken('sagsbehandler@videnportal.local')
}, 60_000)

const search = (client: string, q: string, query: string, headers: Record<string, string> = {}) =>
  requestFrom(client, `/api/search?q=${encodeURIComponent(q)}&${query}`, {
    headers: { 'User-Agent': 'Testbrowser/1.0 (unik-agent-42)', ...headers },
  })

describe('search statistics', () => {
  it('store the words only once 3 different sessions searched them that day, and never a user, address or browser', async () => {
    const age = uniqueAge()
    const filters = `age=${age}&language=ar&language=en&municipality=259`
    const query = `municipality=259&age=${age}&language=en&language=ar`
    const words = 'Angst  hos SØSKENDE'
    const [a, b, c] = [newLoopbackClient(), newLoopbackClient(), newLoopbackClient()]

    expect((await search(a, words, query)).status).toBe(200)
    expect((await search(a, words, query)).status).toBe(200)
    const one = await eventually(async () =>
      (await rowsWhere(filters)).find((r) => Number(r.searches) === 2),
    )
    expect(Number(one.sessions)).toBe(1)
    expect(one.query).toBeNull()

    await search(b, words, query, { 'User-Agent': 'Andenbrowser/2.0' })
    const two = await eventually(async () =>
      (await rowsWhere(filters)).find((r) => Number(r.searches) === 3),
    )
    expect(Number(two.sessions)).toBe(2)
    expect(two.query).toBeNull()

    // The third: a logged-in caseworker, counted as their account.
    await search(c, words, query, { Authorization: `JWT ${caseworker}` })
    const three = await eventually(async () =>
      (await rowsWhere(filters)).find((r) => Number(r.searches) === 4 && r.query),
    )
    expect(three.query).toBe('angst hos søskende')
    expect(Number(three.sessions)).toBe(3)
    // The sessions' hashes are gone once they are no longer needed.
    expect(three.session_hashes).toBeNull()

    const everything = await allRowsAsText()
    const user = await payload.find({
      collection: 'users',
      where: { email: { equals: 'sagsbehandler@videnportal.local' } },
      overrideAccess: true,
    })
    for (const personal of [
      a,
      b,
      c,
      'unik-agent-42',
      'Andenbrowser',
      'sagsbehandler',
      caseworker,
    ]) {
      expect(everything).not.toContain(personal)
    }
    const columns = (
      await execute(
        sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_stats'`,
      )
    ).rows.map((row) => (row as { column_name: string }).column_name)
    expect(columns.filter((name) => /user|ip|address|agent|email|session_id/.test(name))).toEqual(
      [],
    )
    expect(user.docs[0]).toBeDefined()
  })

  it('never store CPR-like words, however many search them', async () => {
    const age = uniqueAge() + 1
    const filters = `age=${age}&kind=mentor&kind=offer`
    for (const ua of ['A/1', 'B/1', 'C/1', 'D/1']) {
      await search(newLoopbackClient(), 'barn 010190-1234', `kind=offer&kind=mentor&age=${age}`, {
        'User-Agent': ua,
      })
    }
    const row = await eventually(async () =>
      (await rowsWhere(filters)).find((r) => Number(r.searches) === 4),
    )
    expect(Number(row.sessions)).toBe(3)
    expect(row.query).toBeNull()
    expect(await allRowsAsText()).not.toContain('010190')
  })

  it('count the results page’s searches, and a click by its position (sendBeacon)', async () => {
    const age = uniqueAge() + 2
    const filters = `age=${age}&cost=free`
    const page = await requestFrom(newLoopbackClient(), `/soeg?q=st%C3%B8tte&age=${age}&cost=free`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('data-search-hits')
    await eventually(async () => (await rowsWhere(filters)).length === 1)

    const click = (body: unknown) =>
      fetch(`${baseURL()}/api/search-clicks`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const sent = await click({
      q: 'støtte',
      query: `q=st%C3%B8tte&age=${age}&cost=free`,
      position: 2,
    })
    expect(sent.status).toBe(204)
    const [row] = await rowsWhere(filters)
    expect(Number(row!.clicks)).toBe(1)
    expect(row!.click_positions).toEqual({ '2': 1 })

    const bad = await click({ q: 'støtte', position: 'to' })
    expect(bad.status).toBe(400)
    expect(
      ((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
    ).toMatch(/query|position/)
  })

  it('close a day that is over (its hashes replaced) and delete what is older than the retention', async () => {
    await execute(sql`
      INSERT INTO search_stats (key, day, query_key, filters, searches, session_hashes)
      VALUES ('2020-01-01|gammel|', '2020-01-01', 'gammel', '', 1, '["x"]'::jsonb)`)
    const tomorrow = new Date(Date.now() + 36 * 3600_000)
    const report = await scrubSearchStats(payload, { now: tomorrow, retentionMonths: 13 })
    expect(report.deleted).toBeGreaterThanOrEqual(1)
    expect(report.closed).toBeGreaterThanOrEqual(1)
    const open = await execute(
      sql`SELECT count(*)::int AS n FROM search_stats WHERE query_key NOT LIKE 'closed:%' OR session_hashes IS NOT NULL`,
    )
    expect((open.rows[0] as { n: number }).n).toBe(0)
    const old = await execute(
      sql`SELECT count(*)::int AS n FROM search_stats WHERE day < '2021-01-01'`,
    )
    expect((old.rows[0] as { n: number }).n).toBe(0)
  })

  it('show the secretariat the top, zero-result and no-click words, and nobody else', async () => {
    const admin = await loginToken('admin@videnportal.local')
    const asAdmin = await fetch(`${baseURL()}/admin/soegestatistik`, {
      headers: { Authorization: `JWT ${admin}` },
    })
    const html = await asAdmin.text()
    expect(asAdmin.status).toBe(200)
    expect(html).toContain('Mest søgte ord')
    expect(html).toContain('angst hos søskende')
    expect(html).toContain('Søgninger uden resultater')
    expect(html).toContain('Søgninger, hvor ingen åbnede et resultat')
    expect(html).not.toContain('010190')

    const asConsultant = await fetch(`${baseURL()}/admin/soegestatistik`, {
      headers: { Authorization: `JWT ${await loginToken('konsulent@videnportal.local')}` },
    })
    const other = await asConsultant.text()
    expect(other).toContain('Kun sekretariatet kan se søgestatistikken.')
    expect(other).not.toContain('angst hos søskende')
  })
})

describe('the secretariat’s overview', () => {
  it('lists the searches that found nothing, to admins only', async () => {
    const { recordSearch } = await import('@/search/stats/record')
    const { zeroResultSearchesSection } = await import('@/search/stats/overviewSection')
    const now = new Date()
    const q = `zyxoverblik${Date.now().toString(36)}`
    for (const client of ['10.9.0.1', '10.9.0.2', '10.9.0.3']) {
      await recordSearch(
        payload,
        { q, query: `q=${q}`, total: 0, now },
        {
          client,
          userAgent: 'test',
        },
      )
    }
    const asRole = (role: string) =>
      zeroResultSearchesSection.load({ payload, req: { user: { role } } as never, now })
    const [table] = await asRole('admin')
    expect(table?.key).toBe('soegninger-uden-resultat')
    const row = table!.rows.find((r) => r.query?.value === q)
    expect(row?.zeroResults?.value).toBe(3)
    expect(row?.query?.href).toBe(`/soeg?q=${q}`)
    expect(await asRole('consultant')).toEqual([])
  })
})
