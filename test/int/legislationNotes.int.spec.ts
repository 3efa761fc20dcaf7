import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { copenhagenDay, formatDanishDate } from '@/domain/danishDate'
import { noteTaskKey } from '@/legislation/notes/window'
import { textToLexical } from '@/utilities/richText'

import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { eventually } from '../helpers/search'

/**
 * Issue 15, part »notes«: a note in force within the last 12 months or coming into force stands at
 * the top of every listing it affects and marks its cards, opens a task for the listing's owners,
 * and leaves once they have confirmed the listing against it; /lovgivning lists every note with
 * its state and filters. Against the production build, with the real session of each reader.
 */
let payload: Payload
let ngoToken: string
let otherNgoToken: string
let caseworkerToken: string
let ngoId: number
const DAY = 86_400_000
const PASSWORD = 'notes-test-1234'
const created: Array<{ collection: 'offers' | 'legislation-notes' | 'users'; id: number }> = []

const dayFromNow = (days: number) => copenhagenDay(new Date(Date.now() + days * DAY))

const api = async (route: string, token?: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseURL()}/api${route}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  }
}

/** A portal page as a reader sees it: anonymous, or with the session cookie of a token. */
const page = async (path: string, token?: string) => {
  const response = await fetch(`${baseURL()}${path}`, {
    headers: token ? { Cookie: `payload-token=${token}` } : {},
  })
  return { status: response.status, html: await response.text() }
}

/**
 * The page once it shows what `check` looks for: each app server reads the published notes again
 * every 15 seconds (src/legislation/notes/publishedNotes.ts), and these notes are written by the
 * test process, not by the server.
 */
const pageOnce = (path: string, check: (html: string) => boolean, token?: string) =>
  eventually(
    async () => {
      const answer = await page(path, token)
      return check(answer.html) ? answer : undefined
    },
    { timeoutMs: 45_000, intervalMs: 500, what: `${path} as expected` },
  )

async function newOffer(overrides: Record<string, unknown> = {}) {
  const offer = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      ...overrides,
    })) as never,
    depth: 0,
  })
  created.push({ collection: 'offers', id: offer.id })
  return offer
}

async function newNote({
  effectiveDate,
  affects = [],
  status = 'published',
  visibility = 'public',
  title = `Testnote ${uniqueKey('n')}`,
  legalBases = [],
  topics = [],
}: {
  effectiveDate: string
  affects?: Array<{ relationTo: 'offers' | 'mentors' | 'school-options'; value: number }>
  status?: 'published' | 'draft'
  visibility?: 'public' | 'internal'
  title?: string
  legalBases?: number[]
  topics?: number[]
}) {
  const note = await payload.create({
    collection: 'legislation-notes',
    data: {
      title,
      summary: 'Kort resumé af de nye regler.',
      body: textToLexical('Første afsnit.\n\nAndet afsnit.'),
      effectiveDate,
      affects,
      legalBases,
      topics,
      visibility,
      _status: status,
    } as never,
    draft: status === 'draft',
    depth: 0,
  })
  created.push({ collection: 'legislation-notes', id: note.id })
  return note
}

type Task = {
  id: number
  kind: string
  status: string
  assignee: string
  completedBy?: number | { id: number } | null
  completedAt?: string | null
}

const tasksOf = async (key: string) =>
  (
    await payload.find({
      collection: 'review-tasks',
      where: { dedupeKey: { equals: key } },
      depth: 0,
      limit: 10,
      overrideAccess: true,
    })
  ).docs as unknown as Task[]

const idOf = (value: unknown) =>
  typeof value === 'number' ? value : (value as { id: number } | null)?.id

const lookup = async (
  collection: 'organizations' | 'topics' | 'legal-bases' | 'users',
  field: string,
  value: string,
) =>
  (
    await payload.find({
      collection,
      where: { [field]: { equals: value } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!.id as number

beforeAll(async () => {
  payload = await getTestPayload()
  ngoToken = await loginToken('ngo@videnportal.local')
  caseworkerToken = await loginToken('sagsbehandler@videnportal.local')
  ngoId = await lookup('users', 'email', 'ngo@videnportal.local')
  const email = `${uniqueKey('notes-other-ngo')}@videnportal.local`
  const other = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: 'Anden forening',
      title: 'Redaktør',
      role: 'ngo-editor',
      organization: await lookup('organizations', 'externalId', 'org-ungeliv'),
    } as never,
    overrideAccess: true,
  })
  created.push({ collection: 'users', id: other.id })
  otherNgoToken = await loginToken(email, PASSWORD)
}, 120_000)

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
})

describe('a note on the listings it affects', () => {
  it('opens one task per affected listing for its owners when published in force within 12 months or coming, and none for a draft or an old note', async () => {
    const a = await newOffer()
    const b = await newOffer()
    const draft = await newNote({
      effectiveDate: dayFromNow(-60),
      status: 'draft',
      affects: [{ relationTo: 'offers', value: a.id }],
    })
    expect(await tasksOf(noteTaskKey('offers', a.id, draft.id))).toHaveLength(0)

    await payload.update({
      collection: 'legislation-notes',
      id: draft.id,
      data: { _status: 'published' } as never,
      depth: 0,
    })
    const opened = await tasksOf(noteTaskKey('offers', a.id, draft.id))
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatchObject({
      kind: 'legislation-note',
      status: 'open',
      assignee: 'owners',
    })
    // A second save (hooks may fire twice, consultants save often) opens no second task.
    await payload.update({
      collection: 'legislation-notes',
      id: draft.id,
      data: { summary: 'Rettet resumé.', _status: 'published' } as never,
      depth: 0,
    })
    expect(await tasksOf(noteTaskKey('offers', a.id, draft.id))).toHaveLength(1)

    const old = await newNote({
      effectiveDate: dayFromNow(-400),
      affects: [{ relationTo: 'offers', value: b.id }],
    })
    expect(await tasksOf(noteTaskKey('offers', b.id, old.id))).toHaveLength(0)
    const coming = await newNote({
      effectiveDate: dayFromNow(200),
      affects: [{ relationTo: 'offers', value: b.id }],
    })
    expect(await tasksOf(noteTaskKey('offers', b.id, coming.id))).toHaveLength(1)
  })

  it('closes the open task of a listing taken off a published note', async () => {
    const a = await newOffer()
    const b = await newOffer()
    const note = await newNote({
      effectiveDate: dayFromNow(-10),
      affects: [
        { relationTo: 'offers', value: a.id },
        { relationTo: 'offers', value: b.id },
      ],
    })
    await payload.update({
      collection: 'legislation-notes',
      id: note.id,
      data: { affects: [{ relationTo: 'offers', value: a.id }], _status: 'published' } as never,
      depth: 0,
    })
    expect((await tasksOf(noteTaskKey('offers', a.id, note.id)))[0]?.status).toBe('open')
    const closed = (await tasksOf(noteTaskKey('offers', b.id, note.id)))[0]
    expect(closed?.status).toBe('done')
    expect(idOf(closed?.completedBy)).toBeFalsy()
  })

  it('shows the banner and the card marker to every reader until the owner confirms the listing against the note', async () => {
    const offer = await newOffer()
    const effective = dayFromNow(-30)
    const note = await newNote({
      effectiveDate: effective,
      title: `Nye regler om skolefravær ${uniqueKey('b')}`,
      affects: [{ relationTo: 'offers', value: offer.id }],
    })
    const sentence = `Ny lovgivning berører dette tilbud:`
    const anonymous = await pageOnce(`/tilbud/${offer.slug}`, (html) =>
      html.includes('data-legislation-banner'),
    )
    expect(anonymous.status).toBe(200)
    expect(anonymous.html).toContain(sentence)
    expect(anonymous.html).toContain(note.title)
    expect(anonymous.html).toContain(`, gælder fra ${formatDanishDate(effective)}`)
    // Only owners and consultants get the button.
    expect(anonymous.html).not.toContain('data-confirm-note-form')
    expect((await page(`/tilbud/${offer.slug}`, caseworkerToken)).html).not.toContain(
      'data-confirm-note-form',
    )
    expect((await page(`/tilbud/${offer.slug}`, ngoToken)).html).toContain(
      `data-confirm-note-form="${note.id}"`,
    )
    // The card in a list (the note's own page lists the listings it affects).
    const notePage = await page(`/lovgivning/${note.slug}`)
    expect(notePage.html).toContain(`data-legislation-marker="${note.id}"`)

    const confirmed = await api(`/offers/${offer.id}/confirm-note`, ngoToken, {
      method: 'POST',
      body: JSON.stringify({ note: note.id }),
    })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const task = (await tasksOf(noteTaskKey('offers', offer.id, note.id)))[0]
    expect(task?.status).toBe('done')
    expect(idOf(task?.completedBy)).toBe(ngoId)

    const after = await page(`/tilbud/${offer.slug}`)
    expect(after.html).not.toContain('data-legislation-banner')
    expect(after.html).not.toContain(sentence)
    expect((await page(`/lovgivning/${note.slug}`)).html).not.toContain('data-legislation-marker')
    // The note itself stays among the listing's notes further down.
    expect(after.html).toContain(note.title)
  })

  it('shows an internal note to professionals only, and no note older than 12 months', async () => {
    const offer = await newOffer()
    const internal = await newNote({
      effectiveDate: dayFromNow(-5),
      visibility: 'internal',
      title: `Intern vejledning ${uniqueKey('i')}`,
      affects: [{ relationTo: 'offers', value: offer.id }],
    })
    const old = await newNote({
      effectiveDate: dayFromNow(-380),
      title: `Gammel note ${uniqueKey('g')}`,
      affects: [{ relationTo: 'offers', value: offer.id }],
    })
    const caseworker = await pageOnce(
      `/tilbud/${offer.slug}`,
      (html) => html.includes('data-legislation-banner'),
      caseworkerToken,
    )
    // The same server, now that it knows the note: nothing for an anonymous reader.
    const anonymous = await page(`/tilbud/${offer.slug}`)
    expect(anonymous.html).not.toContain(internal.title)
    expect(anonymous.html).not.toContain('data-legislation-banner')
    expect(caseworker.html).toContain(`data-legislation-notice="${internal.id}"`)
    expect(caseworker.html).not.toContain(`data-legislation-notice="${old.id}"`)
  })

  it('refuses a confirmation clearly: not logged in, not the owner, a note that does not concern the listing, bad input', async () => {
    const offer = await newOffer()
    const note = await newNote({
      effectiveDate: dayFromNow(-3),
      affects: [{ relationTo: 'offers', value: offer.id }],
    })
    const unrelated = await newNote({ effectiveDate: dayFromNow(-3) })
    const post = (token: string | undefined, body: unknown, id: number | string = offer.id) =>
      api(`/offers/${id}/confirm-note`, token, { method: 'POST', body: JSON.stringify(body) })

    const anonymous = await post(undefined, { note: note.id })
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.body)).toContain('Log ind')
    expect((await post(caseworkerToken, { note: note.id })).status).toBe(403)
    expect((await post(otherNgoToken, { note: note.id })).status).toBe(403)
    const wrong = await post(ngoToken, { note: unrelated.id })
    expect(wrong.status).toBe(404)
    expect(JSON.stringify(wrong.body)).toContain('vedrører ikke dette opslag')
    for (const body of [{}, { note: 'x' }, { note: -1 }, { note: 1, extra: true }, null, [1]]) {
      expect((await post(ngoToken, body)).status, JSON.stringify(body)).toBe(400)
    }
    expect((await post(ngoToken, { note: note.id }, 'abc')).status).toBe(400)
    expect((await post(ngoToken, { note: note.id }, 2_147_483_647)).status).toBe(404)
    // Nothing was confirmed by the refusals.
    expect((await tasksOf(noteTaskKey('offers', offer.id, note.id)))[0]?.status).toBe('open')
    // The panel's list is for those who may edit the listing.
    expect((await api(`/offers/${offer.id}/legislation-notices`)).status).toBe(401)
    expect((await api(`/offers/${offer.id}/legislation-notices`, otherNgoToken)).status).toBe(403)
    const listed = await eventually(
      async () => {
        const answer = await api(`/offers/${offer.id}/legislation-notices`, ngoToken)
        return (answer.body.notices as unknown[] | undefined)?.length ? answer : undefined
      },
      { timeoutMs: 45_000, intervalMs: 500, what: 'the note in the panel' },
    )
    expect(listed.status).toBe(200)
    expect((listed.body.notices as Array<{ noteId: number }>).map((n) => n.noteId)).toEqual([
      note.id,
    ])
  })
})

describe('/lovgivning', () => {
  it('lists every note newest first with its state, filters by topic, law, year and state, and reads bad filters in Danish', async () => {
    const anbragte = await lookup('topics', 'slug', 'anbragte')
    const ordblindhed = await lookup('topics', 'slug', 'ordblindhed')
    const ungestoette = await lookup('legal-bases', 'externalId', 'bl-ungestoette')
    const ppr = await lookup('legal-bases', 'externalId', 'fsl-ppr')
    const comingDay = dayFromNow(400)
    const recentDay = dayFromNow(-20)
    const coming = await newNote({
      effectiveDate: comingDay,
      title: `Kommende note ${uniqueKey('k')}`,
      topics: [anbragte],
      legalBases: [ungestoette],
    })
    const recent = await newNote({
      effectiveDate: recentDay,
      title: `Gældende note ${uniqueKey('g')}`,
      topics: [ordblindhed],
      legalBases: [ppr],
    })
    const internal = await newNote({
      effectiveDate: recentDay,
      title: `Intern indexnote ${uniqueKey('i')}`,
      visibility: 'internal',
    })
    const draft = await newNote({
      effectiveDate: recentDay,
      title: `Kladdenote ${uniqueKey('d')}`,
      status: 'draft',
    })

    const all = await page('/lovgivning')
    expect(all.status).toBe(200)
    expect(all.html).toContain('data-note-filters')
    const at = (title: string) => all.html.indexOf(title)
    expect(at(coming.title)).toBeGreaterThan(-1)
    expect(at(recent.title)).toBeGreaterThan(at(coming.title))
    expect(all.html).not.toContain(internal.title)
    expect(all.html).not.toContain(draft.title)
    expect(all.html).toMatch(new RegExp(`data-note="${coming.slug}" data-note-state="upcoming"`))
    expect(all.html).toMatch(new RegExp(`data-note="${recent.slug}" data-note-state="in-force"`))
    expect((await page('/lovgivning', caseworkerToken)).html).toContain(internal.title)

    const shows = async (query: string) => {
      const { status, html } = await page(`/lovgivning?${query}`)
      expect(status, query).toBe(200)
      return { coming: html.includes(coming.title), recent: html.includes(recent.title), html }
    }
    expect(await shows('status=kommende')).toMatchObject({ coming: true, recent: false })
    expect(await shows('status=gaeldende')).toMatchObject({ coming: false, recent: true })
    expect(await shows('lov=folkeskoleloven')).toMatchObject({ coming: false, recent: true })
    expect(await shows('lov=barnets-lov')).toMatchObject({ coming: true, recent: false })
    const byTopic = await shows('emne=anbragte&lov=barnets-lov')
    expect(byTopic).toMatchObject({ coming: true, recent: false })
    // The Atom feed of the same notes: linked visibly and for feed readers (autodiscovery).
    expect(byTopic.html).toContain(
      'href="/lovgivning/feed.xml?emne=anbragte&amp;lov=barnets-lov" type="application/atom+xml"',
    )
    expect(all.html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/lovgivning\/feed.xml"/,
    )
    expect(await shows(`aar=${recentDay.slice(0, 4)}`)).toMatchObject({
      coming: comingDay.slice(0, 4) === recentDay.slice(0, 4),
      recent: true,
    })
    // What a plain GET form sends for »Alle«.
    expect(await shows('q=&emne=&lov=&aar=&status=')).toMatchObject({ coming: true, recent: true })

    const bad = await shows('aar=sidste&lov=grundloven&side=0')
    expect(bad.html).toContain('Filtrene i adressen kunne ikke læses')
    expect(bad).toMatchObject({ coming: true, recent: true })
  })
})
