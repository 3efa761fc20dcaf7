import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uniqueKey, offerData, sampleIds } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Shortlists kept with an account (issue 16, item 3), against the real server: the button's
 * endpoints, the collection's access (owner, colleagues named, never others), sharing with the
 * link for professionals only, CPR refusal in names, and the CSV with what each reader may see.
 */

const PASSWORD = 'huskeliste-kodeord-1'
let payload: Payload
const created: Array<{ collection: 'users' | 'offers' | 'shortlists'; id: number }> = []

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of several shapes
type Json = any

async function api(token: string | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json: Json = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, json }
}

async function page(token: string | null, path: string) {
  const response = await fetch(`${baseURL()}${path}`, {
    headers: token ? { Cookie: `payload-token=${token}` } : {},
    redirect: 'manual',
  })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

async function makeUser(role: 'caseworker' | 'consultant' | 'ngo-editor') {
  const ids = await sampleIds(payload)
  const email = `${uniqueKey('huskeliste')}@test.local`.toLowerCase()
  const extra = role === 'ngo-editor' ? { organization: ids.provider } : { municipality: ids.koege }
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: `Huskeliste ${role}`, role, ...extra } as never,
    depth: 0,
  })
  created.push({ collection: 'users', id: user.id })
  return { id: user.id, email, token: await loginToken(email, PASSWORD) }
}

let offer = { slug: '', entry: '' }

beforeAll(async () => {
  payload = await getTestPayload()
  const doc = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      title: `Huskelistetilbud ${uniqueKey('t')}`,
      visibility: 'public',
      cost: { type: 'paid', rateDkk: 4321, rateUnit: 'hour' },
      capacity: { status: 'waitlist', waitingWeeks: 7, asOf: '2026-11-01T12:00:00.000Z' },
      contacts: [
        { name: 'Offentlig Olsen', role: 'Koordinator', phone: '70 20 31 45', internal: false },
        { name: 'Intern Ibsen', role: 'Visitator', phone: '44 55 66 77', internal: true },
      ],
    })) as never,
    depth: 0,
  })
  created.push({ collection: 'offers', id: doc.id })
  offer = { slug: doc.slug!, entry: `tilbud/${doc.slug}` }
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id, depth: 0 }).catch(() => undefined)
  }
})

describe('the shortlist kept with an account', () => {
  it('»Føj til huskeliste« makes the reader’s list on the account and toggles on it', async () => {
    const anna = await makeUser('caseworker')
    expect((await api(anna.token, 'GET', '/shortlist/current')).json).toEqual({ list: null })

    const added = await api(anna.token, 'POST', '/shortlist/toggle', { entry: offer.entry })
    expect(added.status).toBe(200)
    expect(added.json.list.name).toBe('Min huskeliste')
    expect(added.json.list.entries).toEqual([offer.entry])
    expect(added.json.list.key).toMatch(/^[A-Za-z0-9_-]{22}$/)
    created.push({ collection: 'shortlists', id: added.json.list.id })

    // Another device: the same account reads the same list.
    const again = await loginToken(anna.email, PASSWORD)
    expect((await api(again, 'GET', '/shortlist/current')).json.list.entries).toEqual([offer.entry])

    const removed = await api(again, 'POST', '/shortlist/toggle', { entry: offer.entry })
    expect(removed.json.list.entries).toEqual([])
    expect(removed.json.list.id).toBe(added.json.list.id)
  })

  it('shows a logged-in reader’s lists on /huskeliste, with the one just made as current', async () => {
    const ida = await makeUser('caseworker')
    const added = await api(ida.token, 'POST', '/shortlist/toggle', { entry: offer.entry })
    created.push({ collection: 'shortlists', id: added.json.list.id })
    const overview = await page(ida.token, '/huskeliste')
    expect(overview.status).toBe(200)
    expect(overview.text).toContain('data-own-lists')
    expect(overview.text).toContain(`data-shortlist-key="${added.json.list.key}"`)
    const list = await page(ida.token, `/huskeliste/${added.json.list.key}`)
    expect(list.status).toBe(200)
    expect(list.text).toContain(`data-listing="${offer.entry}"`)
  })

  it('keeps every one of several quick clicks (none overwrites another)', async () => {
    const eva = await makeUser('caseworker')
    const first = await api(eva.token, 'POST', '/shortlist/toggle', { entry: offer.entry })
    created.push({ collection: 'shortlists', id: first.json.list.id })
    const { docs } = await payload.find({
      collection: 'offers',
      where: { and: [{ _status: { equals: 'published' } }, { slug: { exists: true } }] },
      select: { slug: true },
      depth: 0,
      limit: 6,
    })
    const entries = docs.map((doc) => `tilbud/${doc.slug}`).filter((e) => e !== offer.entry)
    const answers = await Promise.all(
      entries.map((entry) => api(eva.token, 'POST', '/shortlist/toggle', { entry })),
    )
    expect(answers.map((answer) => answer.status)).toEqual(entries.map(() => 200))
    const current = await api(eva.token, 'GET', '/shortlist/current')
    expect([...current.json.list.entries].sort()).toEqual([offer.entry, ...entries].sort())
  })

  it('answers bad input and anonymous callers precisely, never with a 500', async () => {
    const bo = await makeUser('caseworker')
    expect((await api(null, 'GET', '/shortlist/current')).status).toBe(401)
    expect((await api(null, 'POST', '/shortlist/toggle', { entry: offer.entry })).status).toBe(401)
    for (const body of [{}, { entry: '../../etc' }, { entry: offer.entry, x: 1 }, 'tekst', [1]]) {
      const answer = await api(bo.token, 'POST', '/shortlist/toggle', body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.json.errors[0].message).toMatch(/entry/)
    }
  })

  it('refuses a CPR-like number in the name, over REST too', async () => {
    const cara = await makeUser('caseworker')
    const refused = await api(cara.token, 'POST', '/shortlists', {
      name: 'Ida 010190-1234',
      entries: [offer.entry],
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toMatch(/CPR-nummer/)
    expect(JSON.stringify(refused.json)).not.toMatch(/010190/)
    const { totalDocs } = await payload.count({
      collection: 'shortlists',
      where: { owner: { equals: cara.id } },
    })
    expect(totalDocs).toBe(0)

    const kept = await api(cara.token, 'POST', '/shortlists', {
      name: 'Angst, 12-14 år',
      entries: [offer.entry, offer.entry, '../x'],
    })
    expect(kept.status).toBe(400)
  })

  it('is read by its owner and the colleagues named, by nobody else; only professionals are named', async () => {
    const owner = await makeUser('caseworker')
    const colleague = await makeUser('caseworker')
    const stranger = await makeUser('consultant')
    const ngo = await makeUser('ngo-editor')
    const made = await api(owner.token, 'POST', '/shortlists', {
      name: 'Familiebehandling',
      entries: [offer.entry],
      // Another owner or a key of one's own choosing are not taken.
      owner: stranger.id,
      shareKey: 'AAAAAAAAAAAAAAAAAAAAAA',
    })
    expect(made.status).toBe(400)
    const list = await api(owner.token, 'POST', '/shortlists', {
      name: 'Familiebehandling',
      entries: [offer.entry],
      shareKey: 'AAAAAAAAAAAAAAAAAAAAAA',
    })
    expect(list.status).toBe(201)
    const id = list.json.doc.id
    created.push({ collection: 'shortlists', id })
    expect(list.json.doc.shareKey).not.toBe('AAAAAAAAAAAAAAAAAAAAAA')

    expect((await api(colleague.token, 'GET', `/shortlists/${id}`)).status).toBe(404)
    expect(
      (await api(stranger.token, 'GET', `/shortlists?limit=100`)).json.docs.map((d: Json) => d.id),
    ).not.toContain(id)

    const toNgo = await api(owner.token, 'PATCH', `/shortlists/${id}`, { sharedWith: [ngo.id] })
    expect(toNgo.status).toBe(400)
    expect(JSON.stringify(toNgo.json)).toMatch(/fagpersoner/)

    const shared = await api(owner.token, 'PATCH', `/shortlists/${id}`, {
      sharedWith: [colleague.id],
    })
    expect(shared.status).toBe(200)
    const read = await api(colleague.token, 'GET', `/shortlists/${id}`)
    expect(read.status).toBe(200)
    expect(read.json.entries).toEqual([offer.entry])
    // Read, not changed: only the owner changes a list.
    expect(
      (await api(colleague.token, 'PATCH', `/shortlists/${id}`, { name: 'Min nu' })).status,
    ).toBe(403)
    expect((await api(colleague.token, 'DELETE', `/shortlists/${id}`)).status).toBe(403)
    expect((await api(ngo.token, 'GET', `/shortlists/${id}`)).status).toBe(404)
  })

  it('shared with the link: every logged-in professional opens it, NGO editors and anonymous readers do not', async () => {
    const owner = await makeUser('caseworker')
    const other = await makeUser('consultant')
    const ngo = await makeUser('ngo-editor')
    const list = await api(owner.token, 'POST', '/shortlists', {
      name: 'Delt med link',
      entries: [offer.entry],
    })
    created.push({ collection: 'shortlists', id: list.json.doc.id })
    const key = list.json.doc.shareKey as string

    const before = await page(other.token, `/huskeliste/${key}`)
    expect(before.status).toBe(200)
    expect(before.text).toContain('data-shortlist-missing')
    expect(before.text).not.toContain('Offentlig Olsen')

    await api(owner.token, 'PATCH', `/shortlists/${list.json.doc.id}`, { linkSharing: true })
    const opened = await page(other.token, `/huskeliste/${key}`)
    expect(opened.status).toBe(200)
    expect(opened.text).toContain('Delt med link')
    expect(opened.text).toContain('Offentlig Olsen')
    expect(opened.text).toContain('Der gemmes intet om barnet her')
    // Still not in the other's REST listing: the link is the permission, not the collection.
    expect((await api(other.token, 'GET', `/shortlists/${list.json.doc.id}`)).status).toBe(404)

    const ngoPage = await page(ngo.token, `/huskeliste/${key}`)
    expect(ngoPage.text).toContain('kan kun ses af fagpersoner')
    expect(ngoPage.text).not.toContain('Offentlig Olsen')
    const anonymous = await page(null, `/huskeliste/${key}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.text).toContain('Log ind for at se den')
    expect(anonymous.text).not.toContain('Offentlig Olsen')
    expect((await page(null, `/huskeliste/${key}/csv`)).status).toBe(401)
    expect((await page(other.token, `/huskeliste/${'x'.repeat(22)}`)).text).toContain(
      'data-shortlist-missing',
    )
  })
})

describe('print and CSV with everything the reader may see', () => {
  it('a professional’s CSV holds contacts, the rate, the waiting time, the link; the public one no internal values', async () => {
    const owner = await makeUser('caseworker')
    const list = await api(owner.token, 'POST', '/shortlists', {
      name: 'Til eksport',
      entries: [offer.entry],
    })
    created.push({ collection: 'shortlists', id: list.json.doc.id })
    const csv = await page(owner.token, `/huskeliste/${list.json.doc.shareKey}/csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="til-eksport-/)
    expect(csv.text).toContain('Offentlig Olsen, Koordinator, 70 20 31 45')
    expect(csv.text).toContain('Intern Ibsen, Visitator, 44 55 66 77')
    expect(csv.text).toMatch(/4\.321/)
    expect(csv.text).toContain('ca. 7 uger')
    expect(csv.text).toContain(`/tilbud/${offer.slug}`)

    const publicCsv = await page(null, `/huskeliste/csv?l=${offer.entry}`)
    expect(publicCsv.status).toBe(200)
    expect(publicCsv.text).toContain('Offentlig Olsen, Koordinator, 70 20 31 45')
    expect(publicCsv.text).not.toContain('Intern Ibsen')
    expect(publicCsv.text).not.toMatch(/4\.321/)
    expect(publicCsv.text).toContain('ca. 7 uger')

    const bad = await page(null, '/huskeliste/csv?l=../../etc')
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('Linket til huskelisten er ugyldigt')

    const printed = await page(null, `/huskeliste?l=${offer.entry}`)
    for (const fact of [
      'Offentlig Olsen',
      '70 20 31 45',
      'ca. 7 uger',
      `/tilbud/${offer.slug}`,
      'Opdateret',
    ]) {
      expect(printed.text, fact).toContain(fact)
    }
  })

  it('compares up to four side by side and says so beyond', async () => {
    const ok = await page(null, `/huskeliste/sammenlign?v=${offer.entry}`)
    expect(ok.status).toBe(200)
    expect(ok.text).toContain('data-compare-columns="1"')
    const five = ['a', 'b', 'c', 'd', 'e'].map((s) => `v=tilbud/${s}`).join('&')
    const tooMany = await page(null, `/huskeliste/sammenlign?${five}`)
    expect(tooMany.status).toBe(200)
    expect(tooMany.text).toContain('højst sammenlignes fire')
    const junk = await page(null, '/huskeliste/sammenlign?v=%00')
    expect(junk.status).toBe(200)
    expect(junk.text).toContain('data-compare-problem')
  })
})
