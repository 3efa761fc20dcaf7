import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importFiles } from '@/import/importer'
import { syncDocuments } from '@/search/indexing/indexer'
import { documentId } from '@/search/indexing/documents'

import { offerInput, uniqueKey } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { indexName, testMeili } from '../helpers/search'

let payload: Payload
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-import-bulk-'))

function writeListings(name: string, listings: unknown[]) {
  const file = path.join(dir, name)
  writeFileSync(file, `${JSON.stringify({ format: 'videnportal/v1', listings }, null, 2)}\n`)
  return file
}

const byKey = async (externalId: string) =>
  (
    await payload.find({
      collection: 'offers',
      where: { externalId: { equals: externalId } },
      depth: 0,
      limit: 1,
      draft: true,
      // access: the test reads what the import wrote, internal fields included.
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs[0] as unknown as Record<string, unknown> & { id: number }

/**
 * What two imports of the same content may differ in: ids, keys, slugs and times (the review date
 * is counted from the moment of writing: compared apart, with `closeInTime`).
 */
const DIFFERENT = new Set([
  'nextReviewAt',
  'id',
  'docId',
  'key',
  'externalId',
  'slug',
  'url',
  'hsdsId',
  'createdAt',
  'updatedAt',
  'importHash',
])
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !DIFFERENT.has(key))
        .map(([key, inner]) => [key, comparable(inner)]),
    )
  return value
}

/** Two review dates set a few seconds (or minutes, on a loaded machine) apart. */
function closeInTime(a: unknown, b: unknown) {
  const [x, y] = [new Date(a as string).getTime(), new Date(b as string).getTime()]
  expect(Number.isFinite(x)).toBe(true)
  expect(Math.abs(x - y)).toBeLessThan(15 * 60_000)
}

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the bulk import path', () => {
  const tag = uniqueKey('bulk')
  // The same content twice, under two sets of keys: one for each path.
  const base = Array.from({ length: 7 }, (_, i) =>
    offerInput({
      title: `Bulkforløb ${tag} nummer ${i}`,
      ageMin: 6 + i,
      ageMax: 12 + i,
      ...(i % 3 === 0 ? { visibility: 'internal' } : {}),
    }),
  )
  const normal = base.map((item, i) => ({ ...item, externalId: `${tag}-normal-${i}` }))
  const bulk = base.map((item, i) => ({ ...item, externalId: `${tag}-bulk-${i}` }))

  it('writes the same documents and search documents as the normal path', async () => {
    const normalReport = await importFiles(payload, [writeListings('normal.json', normal)])
    expect(normalReport.issues).toEqual([])
    const bulkReport = await importFiles(payload, [writeListings('bulk.json', bulk)], {
      bulk: true,
    })
    expect(bulkReport.issues).toEqual([])
    expect(bulkReport.written).toBe(true)
    expect(bulkReport.counts.listings).toEqual({ created: 7, updated: 0, unchanged: 0 })

    // The normal path's search sync runs as a job; run its work here rather than wait for it.
    const normalDocs = await Promise.all(normal.map((item) => byKey(item.externalId)))
    await syncDocuments(
      payload,
      'offers',
      normalDocs.map((doc) => doc.id),
    )
    const bulkDocs = await Promise.all(bulk.map((item) => byKey(item.externalId)))
    const index = testMeili().index(indexName())
    for (let i = 0; i < base.length; i++) {
      const [a, b] = [normalDocs[i]!, bulkDocs[i]!]
      expect(b._status).toBe('published')
      expect(comparable(b)).toEqual(comparable(a))
      closeInTime(b.nextReviewAt, a.nextReviewAt)
      // The bulk path made the document searchable itself, before it returned.
      const [indexedA, indexedB] = await Promise.all([
        index.getDocument(documentId('offers', a.id)),
        index.getDocument(documentId('offers', b.id)),
      ])
      expect(indexedB.key).toBe(`offers:${b.id}`)
      expect(comparable(indexedB)).toEqual(comparable(indexedA))
      closeInTime(indexedB.nextReviewAt, indexedA.nextReviewAt)
    }
    // A version row, latest, as Payload writes on publish (the admin's list reads it).
    const versions = await payload.findVersions({
      collection: 'offers',
      where: { and: [{ parent: { equals: bulkDocs[0]!.id } }, { latest: { equals: true } }] },
      depth: 0,
      // access: the test reads the version rows the import wrote.
      overrideAccess: true,
    })
    expect(versions.docs).toHaveLength(1)
  })

  it('is idempotent: the same file again changes nothing; a changed item is updated', async () => {
    const file = writeListings('bulk-again.json', bulk)
    const before = await Promise.all(bulk.map((item) => byKey(item.externalId)))
    const again = await importFiles(payload, [file], { bulk: true })
    expect(again.counts.listings).toEqual({ created: 0, updated: 0, unchanged: 7 })
    const after = await Promise.all(bulk.map((item) => byKey(item.externalId)))
    expect(after.map((doc) => doc.updatedAt)).toEqual(before.map((doc) => doc.updatedAt))

    const changed = bulk.map((item, i) =>
      i === 2 ? { ...item, summary: `Et nyt resumé for ${tag}.` } : item,
    )
    const update = await importFiles(payload, [writeListings('bulk-changed.json', changed)], {
      bulk: true,
    })
    expect(update.counts.listings).toEqual({ created: 0, updated: 1, unchanged: 6 })
    const updated = await byKey(bulk[2]!.externalId)
    expect(updated.summary).toBe(`Et nyt resumé for ${tag}.`)
    const indexed = await testMeili()
      .index(indexName())
      .getDocument(documentId('offers', updated.id))
    expect(indexed.summary).toBe(`Et nyt resumé for ${tag}.`)
  })

  it('writes what names a new listing (a legislation note) after the listings', async () => {
    const listing = offerInput()
    const note = {
      externalId: uniqueKey('bulk-note'),
      title: `Ny regel for bulkforløb ${tag}`,
      summary: 'Reglerne ændres for gruppeforløb.',
      body: 'Fra næste år gælder nye regler.',
      effectiveDate: '2026-01-01',
      affects: [listing.externalId],
      visibility: 'public',
    }
    const file = path.join(dir, 'bulk-with-note.json')
    writeFileSync(
      file,
      JSON.stringify({ format: 'videnportal/v1', listings: [listing], legislationNotes: [note] }),
    )
    const report = await importFiles(payload, [file], { bulk: true })
    expect(report.issues).toEqual([])
    expect(report.written).toBe(true)
    const offer = await byKey(listing.externalId as string)
    const { docs } = await payload.find({
      collection: 'legislation-notes',
      where: { externalId: { equals: note.externalId } },
      depth: 0,
      // access: the test reads what the import wrote.
      overrideAccess: true,
    })
    expect(docs[0]!.affects).toEqual([{ relationTo: 'offers', value: offer.id }])
  })

  it('checks the whole file first: line-precise errors, CPR refused, nothing written', async () => {
    const good = offerInput()
    const file = writeListings('bulk-bad.json', [
      good,
      offerInput({ ageMin: 15, ageMax: 10 }),
      offerInput({ summary: 'Henvendelse om barnet med cpr 010203-1234 i Køge.' }),
    ])
    const report = await importFiles(payload, [file], { bulk: true })
    expect(report.written).toBe(false)
    expect(await byKey(good.externalId as string)).toBeUndefined()
    const listingIssues = report.issues.filter((issue) => issue.section === 'listings')
    expect(listingIssues.map((issue) => issue.field).sort()).toEqual(['ageMax', 'summary'])
    expect(listingIssues.find((issue) => issue.field === 'summary')!.message).toMatch(/CPR/)
    // Each issue names the line where its item starts; the file has one item per ~40 lines.
    const lines = listingIssues.map((issue) => issue.line!)
    expect(lines.every((line) => line > 3)).toBe(true)
    expect(new Set(lines).size).toBe(2)

    const dryRun = await importFiles(payload, [writeListings('bulk-dry.json', [offerInput()])], {
      bulk: true,
      dryRun: true,
    })
    expect(dryRun.written).toBe(false)
    expect(dryRun.counts.listings.created).toBe(1)
  })
})
