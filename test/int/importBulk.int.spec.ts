import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectionOfKind, type ListingCollection, type ListingKind } from '@/domain/options'
import { publicContactMessage } from '@/domain/publicContact'
import { importFiles } from '@/import/importer'
import { repealTaskKey } from '@/legislation/repeal/flags'
import { documentId } from '@/search/indexing/documents'

import { offerInput, uniqueKey } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { indexName, searchQueueSettled, testMeili } from '../helpers/search'

let payload: Payload
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-import-bulk-'))

function writeListings(name: string, listings: unknown[]) {
  const file = path.join(dir, name)
  writeFileSync(file, `${JSON.stringify({ format: 'videnportal/v1', listings }, null, 2)}\n`)
  return file
}

const byKey = async (externalId: string, collection: ListingCollection = 'offers') =>
  (
    await payload.find({
      collection,
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

/** The collection of an item in the import format. */
const collectionOf = (item: Record<string, unknown>) =>
  collectionOfKind[item.kind as ListingKind] as ListingCollection

/** The document of each item, in order. */
const docsOf = (items: Array<Record<string, unknown>>) =>
  Promise.all(items.map((item) => byKey(item.externalId as string, collectionOf(item))))

/** Both paths' documents of the same content agree field by field; their indexed documents too. */
async function expectSameDocuments(
  normal: Array<Record<string, unknown>>,
  bulk: Array<Record<string, unknown>>,
) {
  const normalDocs = await docsOf(normal)
  const bulkDocs = await docsOf(bulk)
  // The normal path's search sync runs as jobs on the test server's runner: wait for them (a
  // sync of our own could be overwritten by one of them that read the rows earlier).
  await searchQueueSettled(payload)
  const index = testMeili().index(indexName())
  for (let i = 0; i < normal.length; i++) {
    const [a, b] = [normalDocs[i]!, bulkDocs[i]!]
    const collection = collectionOf(normal[i]!)
    expect(comparable(b), String(bulk[i]!.externalId)).toEqual(comparable(a))
    closeInTime(b.nextReviewAt, a.nextReviewAt)
    // The same versions: how many, which is the latest and what it holds.
    const versionsOf = async (id: number) =>
      (
        await payload.findVersions({
          collection,
          where: { parent: { equals: id } },
          sort: '-updatedAt',
          depth: 0,
          // access: the test reads the version rows the import wrote.
          overrideAccess: true,
        })
      ).docs
    const [versionsA, versionsB] = [await versionsOf(a.id), await versionsOf(b.id)]
    expect(versionsB.map((v) => v.latest)).toEqual(versionsA.map((v) => v.latest))
    const latestOf = (versions: typeof versionsA) => versions.find((version) => version.latest)!
    expect(comparable(latestOf(versionsB).version)).toEqual(comparable(latestOf(versionsA).version))
    // The bulk path made the document searchable itself, before it returned.
    const read = (id: number) =>
      index.getDocument(documentId(collection, id)).then(
        (doc) => doc as Record<string, unknown>,
        () => undefined,
      )
    const [indexedA, indexedB] = [await read(a.id), await read(b.id)]
    expect(indexedB === undefined, `${String(bulk[i]!.externalId)} indexed`).toBe(
      indexedA === undefined,
    )
    if (indexedA && indexedB) {
      expect(indexedB.key).toBe(`${collection}:${b.id}`)
      expect(comparable(indexedB)).toEqual(comparable(indexedA))
      closeInTime(indexedB.nextReviewAt, indexedA.nextReviewAt)
    }
  }
  return { normalDocs, bulkDocs }
}

describe('the bulk import path', () => {
  const tag = uniqueKey('bulk')
  const offer = (i: number, extra: Record<string, unknown> = {}) =>
    offerInput({ title: `Bulkforløb ${tag} nummer ${i}`, ageMin: 6 + i, ageMax: 12 + i, ...extra })
  const common = (i: number) => {
    const { offerType: _offerType, ...rest } = offer(i)
    return rest
  }
  // The same content twice, under two sets of keys: one for each path. Every kind, drafts,
  // outcomes, coordinates, internal contacts, verification dates and a repealed provision.
  const base: Array<Record<string, unknown>> = [
    offer(0, { visibility: 'internal' }),
    offer(1, {
      lastVerifiedAt: '2026-09-15',
      outcomes: [
        {
          outcome: 'trivsel',
          method: 'SDQ ved start og afslutning',
          frequency: 'start-and-end',
          caseworkerReceives: 'Resultatet af SDQ.',
          reportWhen: 'at-end',
        },
      ],
      contacts: [
        { role: 'Koordinator', email: 'k@bulk.example', internal: false },
        { name: 'Intern leder', phone: '70 20 31 46', internal: true },
      ],
      locations: [
        {
          name: 'Huset',
          address: 'Torvet 2',
          postalCode: '4600',
          city: 'Køge',
          municipality: '259',
          latitude: 55.457,
          longitude: 12.182,
        },
      ],
    }),
    offer(2, { legalBasis: ['sel-kontaktperson'] }),
    {
      ...common(3),
      kind: 'mentor',
      mentorType: 'volunteer',
      focus: ['school', 'leisure'],
      matching: 'Vi matcher på interesser.',
      duration: '12 måneder',
    },
    {
      ...common(4),
      kind: 'school-option',
      schoolType: 'special-class',
      gradeFrom: 1,
      gradeTo: 6,
      classSize: 8,
      admissionViaPPR: true,
    },
    offer(5, { status: 'draft' }),
    offer(6, { wholeNetwork: true, coverage: [], cost: { type: 'free' } }),
    offer(7),
  ]
  const normal: Array<Record<string, unknown>> = base.map((item, i) => ({
    ...item,
    externalId: `${tag}-normal-${i}`,
  }))
  const bulk: Array<Record<string, unknown>> = base.map((item, i) => ({
    ...item,
    externalId: `${tag}-bulk-${i}`,
  }))

  it('writes the same documents, versions and search documents as the normal path', async () => {
    const normalReport = await importFiles(payload, [writeListings('normal.json', normal)])
    expect(normalReport.issues).toEqual([])
    const bulkReport = await importFiles(payload, [writeListings('bulk.json', bulk)], {
      bulk: true,
    })
    expect(bulkReport.issues).toEqual([])
    expect(bulkReport.written).toBe(true)
    expect(bulkReport.counts.listings).toEqual({ created: 8, updated: 0, unchanged: 0 })

    const { bulkDocs } = await expectSameDocuments(normal, bulk)
    expect(bulkDocs[0]!._status).toBe('published')
    expect(bulkDocs[5]!._status).toBe('draft')
    // The repealed provision: flagged, with a task for the listing's owners, as on a save.
    expect(bulkDocs[2]!.citesRepealed).toBe(true)
    const { docs: provisions } = await payload.find({
      collection: 'legal-bases',
      where: { externalId: { equals: 'sel-kontaktperson' } },
      depth: 0,
      limit: 1,
    })
    const { totalDocs: tasks } = await payload.count({
      collection: 'review-tasks',
      where: {
        dedupeKey: { equals: repealTaskKey('offers', bulkDocs[2]!.id, provisions[0]!.id) },
      },
      // access: the test counts the task the import opened.
      overrideAccess: true,
    })
    expect(tasks).toBe(1)
  })

  it('updates as the normal path does: in place, a new latest version, a draft beside the published', async () => {
    const change = (items: Array<Record<string, unknown>>) =>
      items.map((item, i) =>
        i === 7
          ? { ...item, status: 'draft', summary: `Et udkast til ${tag}.` }
          : { ...item, summary: `Et nyt resumé for ${tag}.`, legalBasis: [] },
      )
    const normalReport = await importFiles(payload, [
      writeListings('normal-changed.json', change(normal)),
    ])
    expect(normalReport.counts.listings).toEqual({ created: 0, updated: 8, unchanged: 0 })
    const bulkReport = await importFiles(
      payload,
      [writeListings('bulk-changed.json', change(bulk))],
      { bulk: true },
    )
    expect(bulkReport.issues).toEqual([])
    expect(bulkReport.counts.listings).toEqual({ created: 0, updated: 8, unchanged: 0 })
    const { bulkDocs } = await expectSameDocuments(normal, bulk)
    expect(bulkDocs[0]!.summary).toBe(`Et nyt resumé for ${tag}.`)
    // The provision is no longer cited: the flag is cleared.
    expect(bulkDocs[2]!.citesRepealed).toBe(false)
    // A draft of a published listing leaves the published one as it was.
    expect(bulkDocs[7]!.summary).toBe(`Et udkast til ${tag}.`)
    const published = await payload.find({
      collection: 'offers',
      where: { externalId: { equals: bulk[7]!.externalId } },
      draft: false,
      depth: 0,
      // access: the test reads the published listing beside the draft.
      overrideAccess: true,
    })
    expect(published.docs[0]!.summary).toBe(bulk[7]!.summary)
    expect(published.docs[0]!._status).toBe('published')
  })

  it('is idempotent: the same file again changes nothing; a changed item is updated', async () => {
    const file = writeListings('bulk-again.json', bulk)
    await importFiles(payload, [file], { bulk: true })
    const before = await docsOf(bulk)
    const again = await importFiles(payload, [file], { bulk: true })
    expect(again.counts.listings).toEqual({ created: 0, updated: 0, unchanged: 8 })
    const after = await docsOf(bulk)
    expect(after.map((doc) => doc.updatedAt)).toEqual(before.map((doc) => doc.updatedAt))

    const changed = bulk.map((item, i) =>
      i === 3 ? { ...item, summary: `Et andet resumé for ${tag}.` } : item,
    )
    const update = await importFiles(payload, [writeListings('bulk-changed-one.json', changed)], {
      bulk: true,
    })
    expect(update.counts.listings).toEqual({ created: 0, updated: 1, unchanged: 7 })
    const updated = await byKey(bulk[3]!.externalId as string, 'mentors')
    expect(updated.summary).toBe(`Et andet resumé for ${tag}.`)
    const indexed = await testMeili()
      .index(indexName())
      .getDocument(documentId('mentors', updated.id))
    expect(indexed.summary).toBe(`Et andet resumé for ${tag}.`)
  })

  it('reports what a collection refuses (no public contact), and keeps nothing of that batch', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: `Stille bulkforening ${tag}`,
        externalId: `${tag}-silent-org`,
        type: 'ngo',
        _status: 'published',
      },
    })
    try {
      const fine = offerInput()
      const silent = offerInput({
        provider: `${tag}-silent-org`,
        contacts: [{ name: 'Kun et navn', internal: false }],
      })
      const report = await importFiles(
        payload,
        [writeListings('bulk-silent.json', [fine, silent])],
        { bulk: true },
      )
      expect(report.written).toBe(false)
      expect(report.issues).toEqual([
        expect.objectContaining({
          section: 'listings',
          id: silent.externalId,
          field: 'contacts',
          message: publicContactMessage,
        }),
      ])
      expect(await byKey(fine.externalId as string)).toBeUndefined()
    } finally {
      await payload.delete({ collection: 'organizations', id: org.id })
    }
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
