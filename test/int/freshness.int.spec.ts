import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reviewState } from '@/domain/freshness'
import { importFiles } from '@/import/importer'
import type { SearchDocument } from '@/search/indexing/documents'

import { offerData, offerInput, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { runTaskAt } from '../helpers/jobClock'
import { getTestPayload } from '../helpers/payload'
import { eventually, indexName, testMeili } from '../helpers/search'

/**
 * Verification that can be trusted (issue 13, part »freshness«): set by actions, never typed;
 * approval and import count; an overdue listing is marked and ranks below an equal fresh one, and
 * the daily re-sync catches listings that turned overdue without any change to their row.
 */
let payload: Payload
let ngoToken: string
let consultantToken: string
let caseworkerToken: string
let ngoId: number
let consultantId: number
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-freshness-'))
const DAY = 86_400_000

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

type Verified = {
  id: number
  summary: string
  updatedAt: string
  createdAt: string
  lastVerifiedAt?: string | null
  lastVerifiedHow?: string | null
  lastVerifiedBy?: number | { id: number } | null
  nextReviewAt?: string | null
}

const published = async (id: number) =>
  (await payload.findByID({ collection: 'offers', id, depth: 0 })) as unknown as Verified

/** A published offer of the demo NGO editor's organization (pusterummet). */
async function ownOffer(overrides: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, overrides)) as never,
    depth: 0,
  })
  return doc as unknown as Verified
}

const versionsOf = async (id: number) =>
  payload.findVersions({
    collection: 'offers',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    depth: 0,
    limit: 100,
  })

beforeAll(async () => {
  payload = await getTestPayload()
  ngoToken = await loginToken('ngo@videnportal.local')
  consultantToken = await loginToken('konsulent@videnportal.local')
  caseworkerToken = await loginToken('sagsbehandler@videnportal.local')
  const idOf = async (email: string) =>
    (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 }))
      .docs[0]!.id
  ngoId = await idOf('ngo@videnportal.local')
  consultantId = await idOf('konsulent@videnportal.local')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('»Opslaget er stadig korrekt«', () => {
  it('lets the owner confirm in one POST: when, who and how are set, the next review computed, and nothing else changes', async () => {
    const offer = await ownOffer()
    // A change of the owner's waits for review; confirming must not push it out of the queue.
    const change = await api(`/offers/${offer.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({ summary: 'Afventer gennemsyn.' }),
    })
    expect(change.status).toBe(200)
    const versionsBefore = (await versionsOf(offer.id)).totalDocs
    const before = await published(offer.id)

    const started = Date.now()
    const confirmed = await api(`/offers/${offer.id}/verify`, ngoToken, { method: 'POST' })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.verification).toMatchObject({ lastVerifiedHow: 'owner' })

    const after = await published(offer.id)
    expect(Date.parse(after.lastVerifiedAt!)).toBeGreaterThanOrEqual(started - 1000)
    expect(after.lastVerifiedHow).toBe('owner')
    expect(after.lastVerifiedBy).toBe(ngoId)
    const expected = reviewState(
      { lastVerifiedAt: after.lastVerifiedAt, createdAt: after.createdAt },
      6,
      new Date(),
    )
    expect(after.nextReviewAt).toBe(expected.nextReviewAt.toISOString())
    expect(expected.state).toBe('fresh')
    // The content and its »Sidst ændret« stay; no version is added; the change still waits.
    expect(after.summary).toBe(before.summary)
    expect(after.updatedAt).toBe(before.updatedAt)
    const versions = await versionsOf(offer.id)
    expect(versions.totalDocs).toBe(versionsBefore)
    const latest = versions.docs.find((version) => version.latest)!
    expect(latest.version).toMatchObject({
      _status: 'draft',
      summary: 'Afventer gennemsyn.',
      review: { status: 'awaiting-review' },
      lastVerifiedHow: 'owner',
    })
  })

  it('records a consultant’s confirmation as the secretariat’s check', async () => {
    const offer = await ownOffer()
    const confirmed = await api(`/offers/${offer.id}/verify`, consultantToken, { method: 'POST' })
    expect(confirmed.status).toBe(200)
    const after = await published(offer.id)
    expect(after).toMatchObject({ lastVerifiedHow: 'consultant', lastVerifiedBy: consultantId })
  })

  it('refuses everyone else with a clear answer, changes nothing on GET, and never answers 500', async () => {
    const offer = await ownOffer()
    const before = await published(offer.id)
    const caseworker = await api(`/offers/${offer.id}/verify`, caseworkerToken, { method: 'POST' })
    expect(caseworker.status).toBe(403)
    expect(JSON.stringify(caseworker.body)).toContain('Kun udbyderens redaktører og konsulenterne')
    const anonymous = await api(`/offers/${offer.id}/verify`, undefined, { method: 'POST' })
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.body)).toContain('Log ind')
    for (const [id, status] of [
      ['abc', 400],
      ['-1', 400],
      ['99999999999', 400],
      ['2147483000', 404],
    ] as const) {
      const answer = await api(`/offers/${id}/verify`, consultantToken, { method: 'POST' })
      expect(answer.status, id).toBe(status)
    }
    const viaGet = await api(`/offers/${offer.id}/verify`, consultantToken)
    expect(viaGet.status).toBeGreaterThanOrEqual(400)
    expect(viaGet.status).toBeLessThan(500)
    const after = await published(offer.id)
    expect(after.lastVerifiedAt).toBe(before.lastVerifiedAt)
    expect(after.lastVerifiedHow ?? null).toBe(before.lastVerifiedHow ?? null)
  })

  it('cannot be typed: a sent date, method or next review is ignored', async () => {
    const offer = await ownOffer({ lastVerifiedAt: new Date(Date.now() - 10 * DAY).toISOString() })
    const before = await published(offer.id)
    const patch = await api(`/offers/${offer.id}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({
        lastVerifiedAt: '2001-02-03',
        lastVerifiedHow: 'owner',
        lastVerifiedBy: consultantId,
        nextReviewAt: '2099-01-01',
        _status: 'published',
      }),
    })
    expect(patch.status).toBe(200)
    const after = await published(offer.id)
    expect(after.lastVerifiedAt).toBe(before.lastVerifiedAt)
    expect(after.lastVerifiedHow).toBe('imported')
    expect(after.lastVerifiedBy ?? null).toBe(null)
    expect(after.nextReviewAt).toBe(before.nextReviewAt)
  })

  it('counts a consultant’s approval of the owner’s change as a verification', async () => {
    const offer = await ownOffer()
    await api(`/offers/${offer.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({ summary: 'Ny beskrivelse fra udbyderen.' }),
    })
    const started = Date.now()
    const decision = await api(`/offers/${offer.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(decision.status).toBe(200)
    const after = await published(offer.id)
    expect(after.summary).toBe('Ny beskrivelse fra udbyderen.')
    expect(after).toMatchObject({ lastVerifiedHow: 'review', lastVerifiedBy: consultantId })
    expect(Date.parse(after.lastVerifiedAt!)).toBeGreaterThanOrEqual(started - 1000)
  })

  it('keeps the date an import gives, as »importeret«, and computes the next review itself', async () => {
    const item = offerInput({ lastVerifiedAt: '2026-03-01', nextReviewAt: '2030-01-01' })
    const file = path.join(dir, `${uniqueKey('import')}.json`)
    writeFileSync(file, JSON.stringify({ format: 'videnportal/v1', listings: [item] }))
    const report = await importFiles(payload, [file])
    expect(report.issues).toEqual([])
    const { docs } = await payload.find({
      collection: 'offers',
      where: { externalId: { equals: item.externalId } },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      lastVerifiedAt: '2026-03-01T12:00:00.000Z',
      lastVerifiedHow: 'imported',
      nextReviewAt: '2026-09-01T12:00:00.000Z',
    })
    expect(docs[0]!.lastVerifiedBy ?? null).toBe(null)
  })
})

describe('stale listings in search', () => {
  const hitsFor = async (q: string) => {
    const response = await fetch(`${baseURL()}/api/search?q=${encodeURIComponent(q)}`)
    const body = (await response.json()) as {
      hits: Array<{ id: number; review: { overdue: boolean; lastVerifiedAt: string | null } }>
    }
    return body.hits
  }

  it('marks an overdue listing and ranks it below an otherwise equal fresh one', async () => {
    const word = `frisktest${Date.now().toString(36)}`
    const same = { title: `Samtaleforløb ${word}`, summary: `Samtaler for børn ${word}.` }
    // The stale one first: without the ranking rule, equal documents keep the order they came in.
    const stale = await ownOffer({
      ...same,
      slug: `${word}-gammel`,
      lastVerifiedAt: new Date(Date.now() - 400 * DAY).toISOString(),
    })
    const fresh = await ownOffer({
      ...same,
      slug: `${word}-ny`,
      lastVerifiedAt: new Date(Date.now() - 5 * DAY).toISOString(),
    })
    const hits = await eventually(
      async () => {
        const found = await hitsFor(word)
        return found.length === 2 ? found : undefined
      },
      { what: 'both listings in the index' },
    )
    expect(hits.map((hit) => hit.id)).toEqual([fresh.id, stale.id])
    expect(hits[1]!.review).toMatchObject({ overdue: true })
    expect(hits[0]!.review).toMatchObject({ overdue: false })

    const card = await (await fetch(`${baseURL()}/soeg?q=${word}`)).text()
    // (The page also carries its React payload: count the rendered badges.)
    expect(card.match(/data-unverified="true"[^>]*>Ikke bekræftet siden/g)).toHaveLength(1)
    const stalePage = await (await fetch(`${baseURL()}/tilbud/${word}-gammel`)).text()
    expect(stalePage).toContain('Ikke bekræftet siden')
    expect(stalePage).toMatch(/\(importeret\)/)
    const freshPage = await (await fetch(`${baseURL()}/tilbud/${word}-ny`)).text()
    expect(freshPage).not.toContain('Ikke bekræftet siden')
  })

  it('re-syncs a listing that turned overdue (no row changed) in the daily job', async () => {
    // Verified a little over six months ago: its review date passed a few days ago.
    const offer = await ownOffer({
      lastVerifiedAt: new Date(Date.now() - 186 * DAY).toISOString(),
    })
    const id = `offers-${offer.id}`
    const index = testMeili().index<SearchDocument>(indexName())
    await eventually(async () => (await index.getDocument(id).catch(() => null))?.stale === 1, {
      what: 'the overdue listing in the index',
    })
    // As it was indexed while still fresh: the row does not change when the date passes.
    await index.updateDocuments([{ id, stale: 0 } as SearchDocument]).waitTask()
    expect((await index.getDocument(id)).stale).toBe(0)

    // The daily task, tomorrow by the job clock.
    await runTaskAt(payload, 'resyncOverdueListings', new Date(Date.now() + DAY))
    await eventually(async () => (await index.getDocument(id)).stale === 1, {
      what: 'the re-synced document',
    })
  })
})
