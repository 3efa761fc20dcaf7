import type { Payload, PayloadRequest, Where } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import { listingCollections, type ListingCollection } from '@/domain/options'
import { completeReviewTasks, openReviewTask, openReviewTasks } from '@/reviewTasks'
import { relationId, relationIds } from '@/utilities/relationId'

import {
  repealedCitedByListing,
  repealedCitedByNote,
  repealedProvisions,
  type Provision,
  type RepealedProvision,
} from './provisions'

/** The stored flag on listings and notes (a column on the document and on its versions). */
export const FLAG_FIELD = 'citesRepealed'
export const NOTES = 'legislation-notes' as const
export type FlaggedCollection = ListingCollection | typeof NOTES
export const flaggedCollections: FlaggedCollection[] = [...listingCollections, NOTES]

/** What the repeal flag concerns in a task's dedupe key: `repealed:offers:12:legal-bases:7`. */
export const repealTaskKey = (collection: ListingCollection, id: number, provision: number) =>
  `repealed:${collection}:${id}:legal-bases:${provision}`

const taskKeyPattern = /^repealed:(offers|mentors|school-options):(\d+):legal-bases:(\d+)$/

/** Every provision of the register, ids only (a few hundred rows at most). */
export async function loadProvisions(payload: Payload, req?: PayloadRequest): Promise<Provision[]> {
  // access: the register is public (read: anyone); read whole for the rule, never returned as is.
  const { docs } = await payload.find({
    collection: 'legal-bases',
    select: { citation: true, heading: true, validTo: true, replaces: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    citation: doc.citation,
    heading: doc.heading,
    validTo: doc.validTo,
    replaces: relationId(doc.replaces) ?? null,
  }))
}

/** Where a request keeps the register once read (an import saves many listings in one request). */
export const PROVISIONS_CONTEXT = 'repealProvisions'

export async function loadRepealed(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<Map<number, RepealedProvision>> {
  const cached = req?.context[PROVISIONS_CONTEXT] as Provision[] | undefined
  const provisions = cached ?? (await loadProvisions(payload, req))
  if (req && !cached) req.context[PROVISIONS_CONTEXT] = provisions
  return repealedProvisions(provisions, now)
}

type Row = { id: number; title?: string | null; legalBasis?: unknown; legalBases?: unknown }

/**
 * Writes the flag of one document and of its newest version where it differs, nothing else: no
 * new version, and "Sidst ændret" stays (the flag is a fact about the law, not a change to the
 * listing). The admin lists of collections with drafts read the newest version, so both carry it.
 */
async function writeFlag(
  req: PayloadRequest,
  collection: FlaggedCollection,
  id: number,
  value: boolean,
) {
  const { payload } = req
  const current = await payload.db.findOne<{
    id: number
    updatedAt: string
    citesRepealed?: boolean | null
  }>({
    collection,
    where: { id: { equals: id } },
    select: { updatedAt: true, [FLAG_FIELD]: true },
    req,
  })
  if (!current) return
  if (Boolean(current.citesRepealed) !== value) {
    await payload.db.updateOne({
      collection,
      id,
      data: { [FLAG_FIELD]: value, updatedAt: current.updatedAt },
      req,
      returning: false,
    })
  }
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0] as
    | { id: number | string; updatedAt: string; version?: { citesRepealed?: boolean | null } }
    | undefined
  if (latest && Boolean(latest.version?.citesRepealed) !== value) {
    await payload.db.updateVersion({
      collection,
      id: latest.id,
      versionData: { version: { [FLAG_FIELD]: value }, updatedAt: latest.updatedAt } as never,
      req,
      returning: false,
    })
  }
}

export type RefreshScope = { collection: FlaggedCollection; id: number }

export type RefreshReport = {
  repealed: number
  flagged: Record<FlaggedCollection, number>
  changed: number
  tasksOpened: number
  tasksCompleted: number
}

/** A flagged listing and the repealed provisions it cites (for tasks and the overview). */
export type FlaggedListing = {
  collection: ListingCollection
  id: number
  title: string
  provisions: number[]
}

/**
 * The documents that should carry the flag now: published listings that cite a repealed provision
 * with a successor, and notes that cite one without also citing a successor. One query per
 * collection; `scope` narrows it to one document (a save).
 */
async function flaggedNow(
  req: PayloadRequest,
  repealed: Map<number, RepealedProvision>,
  collection: FlaggedCollection,
  scope?: RefreshScope,
): Promise<FlaggedListing[]> {
  if (repealed.size === 0) return []
  if (scope && scope.collection !== collection) return []
  const citing = collection === NOTES ? 'legalBases' : 'legalBasis'
  const where: Where[] = [{ [citing]: { in: [...repealed.keys()] } }]
  if (collection !== NOTES) where.push({ _status: { equals: 'published' } })
  if (scope) where.push({ id: { equals: scope.id } })
  // access: the flag is computed over every document, whoever saved; only booleans are written.
  const { docs } = await req.payload.find({
    collection,
    where: { and: where },
    select: { title: true, [citing]: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rule = collection === NOTES ? repealedCitedByNote : repealedCitedByListing
  return (docs as unknown as Row[])
    .map((doc) => ({
      collection: collection as ListingCollection,
      id: doc.id,
      title: doc.title ?? `#${doc.id}`,
      provisions: rule(relationIds(doc[citing]), repealed),
    }))
    .filter((doc) => doc.provisions.length > 0)
}

async function flaggedBefore(
  req: PayloadRequest,
  collection: FlaggedCollection,
  scope?: RefreshScope,
): Promise<Set<number>> {
  if (scope && scope.collection !== collection) return new Set()
  const where: Where[] = [{ [FLAG_FIELD]: { equals: true } }]
  if (scope) where.push({ id: { equals: scope.id } })
  // access: system read of the flag itself.
  const { docs } = await req.payload.find({
    collection,
    where: { and: where },
    select: { [FLAG_FIELD]: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set((docs as unknown as { id: number }[]).map((doc) => doc.id))
}

function taskText(listing: FlaggedListing, provision: RepealedProvision) {
  const successors = provision.successors.map((successor) => successor.citation).join(' eller ')
  return {
    title: `Henviser til ophævet bestemmelse: ${provision.citation}`,
    detail:
      `»${listing.title}« henviser stadig til ${provision.citation} (${provision.heading}), ` +
      `som gjaldt til og med ${formatDanishDate(provision.validTo)} og er afløst af ${successors}. ` +
      `Ret lovgrundlaget i opslaget, eller bekræft konsulentens forslag om at flytte det, når det kommer.`,
  }
}

/**
 * Brings the repeal flags up to date at `now`, with a `repealed-provision` review task for the
 * owners of each flagged listing per repealed provision it cites; a task whose listing no longer
 * cites that provision (moved, edited, unpublished) is completed. Idempotent: the daily task, a
 * save of a provision and a save of a listing or note all call it. Runs in `req`'s transaction.
 */
export async function refreshRepealFlags(
  req: PayloadRequest,
  now: Date,
  scope?: RefreshScope,
  { by = null }: { by?: number | null } = {},
): Promise<RefreshReport> {
  const { payload } = req
  const repealed = await loadRepealed(payload, now, req)
  const report: RefreshReport = {
    repealed: repealed.size,
    flagged: { offers: 0, mentors: 0, 'school-options': 0, [NOTES]: 0 },
    changed: 0,
    tasksOpened: 0,
    tasksCompleted: 0,
  }
  const wanted = new Map<string, { listing: FlaggedListing; provision: RepealedProvision }>()
  let anyFlag = false
  for (const collection of flaggedCollections) {
    if (scope && scope.collection !== collection) continue
    // One after the other: they share the request's transaction (one connection).
    const flagged = await flaggedNow(req, repealed, collection, scope)
    const before = await flaggedBefore(req, collection, scope)
    report.flagged[collection] = flagged.length
    if (flagged.length > 0 || before.size > 0) anyFlag = true
    const flaggedIds = new Set(flagged.map((doc) => doc.id))
    for (const id of flaggedIds) {
      if (!before.has(id) || scope) {
        await writeFlag(req, collection, id, true)
        if (!before.has(id)) report.changed++
      }
    }
    for (const id of before) {
      if (!flaggedIds.has(id)) {
        await writeFlag(req, collection, id, false)
        report.changed++
      }
    }
    if (scope && !flaggedIds.has(scope.id) && !before.has(scope.id)) {
      // A save rewrote the newest version from the saved data: keep its copy of the flag false.
      await writeFlag(req, collection, scope.id, false)
    }
    if (collection === NOTES) continue
    for (const listing of flagged) {
      for (const provisionId of listing.provisions) {
        wanted.set(repealTaskKey(listing.collection, listing.id, provisionId), {
          listing,
          provision: repealed.get(provisionId)!,
        })
      }
    }
  }
  if (scope?.collection === NOTES) return report
  // A listing saved that neither was nor is flagged has no repeal task to open or close.
  if (scope && !anyFlag) return report
  const open = await openReviewTasks(
    payload,
    {
      kind: 'repealed-provision',
      ...(scope
        ? { listing: { collection: scope.collection as ListingCollection, id: scope.id } }
        : {}),
    },
    req,
  )
  const openKeys = new Set(open.map((task) => task.dedupeKey))
  for (const [dedupeKey, { listing, provision }] of wanted) {
    if (openKeys.has(dedupeKey)) continue
    const outcome = await openReviewTask(payload, {
      kind: 'repealed-provision',
      dedupeKey,
      assignee: 'owners',
      ...taskText(listing, provision),
      listing: { collection: listing.collection, id: listing.id },
      legalBasis: provision.id,
      req,
    })
    if (outcome === 'opened') report.tasksOpened++
  }
  for (const key of openKeys) {
    if (!key || wanted.has(key) || !taskKeyPattern.test(key)) continue
    report.tasksCompleted += await completeReviewTasks(
      payload,
      { dedupeKey: key },
      { by, now, req },
    )
  }
  return report
}
