import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let consultantToken: string
let adminToken: string
let org: { id: number; name: string }
const titles = { overdue: '', fresh: '' }

const get = (path: string, token?: string) =>
  fetch(`${baseURL()}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })

/** The CSV's rows as cells (semicolons, no quoting in these rows). */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'))

const YEAR = 365 * 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await getTestPayload()
  consultantToken = await loginToken('konsulent@videnportal.local')
  adminToken = await loginToken('admin@videnportal.local')
  const name = `Overbliksforeningen ${uniqueKey('o')}`
  const created = await payload.create({
    collection: 'organizations',
    data: { name, type: 'ngo', email: 'overblik@forening.example', _status: 'published' },
  })
  org = { id: created.id, name }
  for (const state of ['overdue', 'fresh'] as const) {
    titles[state] = `Overblikstilbud ${state} ${uniqueKey('t')}`
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, { title: titles[state], provider: org.id })) as never,
    })
    // access: a test fixture; straight to the row, past any hook, as data verified long ago or today.
    await payload.db.updateOne({
      collection: 'offers',
      id: offer.id,
      data: {
        lastVerifiedAt: new Date(Date.now() - (state === 'overdue' ? 2 * YEAR : 0)).toISOString(),
        createdAt: new Date(Date.now() - 3 * YEAR).toISOString(),
      },
    })
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'offers', where: { provider: { equals: org.id } } })
  await payload.delete({ collection: 'organizations', id: org.id })
})

describe('Overblik: the secretariat overview', () => {
  it('counts fresh and overdue listings per organization, with shares, as CSV for Excel', async () => {
    const response = await get('/api/overblik/organisationer', consultantToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="overblik-organisationer-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    const bytes = Buffer.from(await response.arrayBuffer())
    // The byte order mark Excel needs to read UTF-8 (fetch's text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    const rows = rowsOf(text)
    expect(rows[0]).toEqual([
      'Organisation',
      'Opslag',
      'Opdateret',
      'Andel opdateret',
      'Skal snart bekræftes',
      'Andel snart',
      'Over tid',
      'Andel over tid',
    ])
    expect(rows.find((row) => row[0] === org.name)).toEqual([
      org.name,
      '2',
      '1',
      '50 %',
      '0',
      '0 %',
      '1',
      '50 %',
    ])
  })

  it('counts per municipality the listings that cover it', async () => {
    const { koege } = await sampleIds(payload)
    const koegeName = (await payload.findByID({ collection: 'municipalities', id: koege })).name
    const rows = rowsOf(await (await get('/api/overblik/kommuner', adminToken)).text())
    const row = rows.find((cells) => cells[0] === koegeName)!
    expect(Number(row[1])).toBeGreaterThanOrEqual(2)
    expect(Number(row[6])).toBeGreaterThanOrEqual(1)
  })

  it('lists the listings behind a count (the drill-down), and ignores parameters it cannot read', async () => {
    const overdue = rowsOf(
      await (
        await get(`/api/overblik/opslag?organisation=${org.id}&tilstand=overdue`, consultantToken)
      ).text(),
    )
    expect(overdue.slice(1).map((row) => row[0])).toEqual([titles.overdue])
    expect(overdue[1]![2]).toBe('Over tid')
    const all = rowsOf(
      await (
        await get(`/api/overblik/opslag?organisation=${org.id}&tilstand=%00x`, consultantToken)
      ).text(),
    )
    expect(
      all
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual([titles.fresh, titles.overdue].sort())
  })

  it('shows the review queue by age', async () => {
    const ngoToken = await loginToken('ngo@videnportal.local')
    const { provider } = await sampleIds(payload)
    const { docs } = await payload.find({
      collection: 'offers',
      where: { and: [{ provider: { equals: provider } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
    })
    const before = rowsOf(await (await get('/api/overblik/gennemsyn', consultantToken)).text())
    const count = (rows: string[][]) => Number(rows.find((row) => row[0] === 'Tilbud')?.[5] ?? 0)
    const patched = await fetch(`${baseURL()}/api/offers/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${ngoToken}` },
      body: JSON.stringify({ schedule: `Nye tider ${uniqueKey('s')}` }),
    })
    expect(patched.status).toBe(200)
    const after = rowsOf(await (await get('/api/overblik/gennemsyn', consultantToken)).text())
    expect(after[0]).toEqual([
      'Slags',
      'Under 2 dage',
      '2–7 dage',
      '7–30 dage',
      'Over 30 dage',
      'I alt',
    ])
    // A change already pending for that offer is replaced, not added.
    expect(count(after)).toBeGreaterThanOrEqual(Math.max(1, count(before)))
    expect(Number(after.find((row) => row[0] === 'Tilbud')![1])).toBeGreaterThanOrEqual(1)
  })

  it('answers an unknown table with a Danish 404, and the admin view renders with links', async () => {
    const unknown = await get('/api/overblik/findes-ikke', consultantToken)
    expect(unknown.status).toBe(404)
    expect(JSON.stringify(await unknown.json())).toContain('Overblikket har ingen tabel')
    const junk = await get('/api/overblik/%E2%80%AE%00', consultantToken)
    expect(junk.status).toBe(404)
    const view = await get('/admin/overblik', adminToken)
    expect(view.status).toBe(200)
    const html = await view.text()
    expect(html).toContain('Overblik')
    expect(html).toContain(org.name)
    expect(html).toContain(`/admin/overblik?organisation=${org.id}&amp;tilstand=overdue#opslag`)
    expect(html).toContain('/api/overblik/organisationer')
  })
})
