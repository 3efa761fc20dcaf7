import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { listingCollections, type ListingCollection } from '@/domain/options'
import type { LegislationNote } from '@/payload-types'
import { completeReviewTasks } from '@/reviewTasks'
import { relationId } from '@/utilities/relationId'

import { openNoteTask } from '../tasks'
import { isNoticeWorthy, noteTaskKey } from '../window'

type Ref = { collection: ListingCollection; id: number }

const refsOf = (affects: LegislationNote['affects']): Ref[] =>
  (affects ?? []).flatMap((entry) => {
    const id = relationId(entry.value)
    return id !== undefined && listingCollections.includes(entry.relationTo as ListingCollection)
      ? [{ collection: entry.relationTo as ListingCollection, id }]
      : []
  })

const key = (ref: Ref) => `${ref.collection}:${ref.id}`

/**
 * When a note is published (at once, or by its schedule) in force within the last 12 months or
 * coming into force, each listing it affects gets a task for its owners: confirm the listing
 * against the note (src/reviewTasks, idempotent by key, so a hook that fires twice opens one).
 * A listing taken off a published note has its open task closed (nobody's confirmation: by null).
 * A draft save changes nothing that readers see, so it opens nothing. Queued in the saving
 * transaction (`req`); a failure is logged and never fails the consultant's save.
 */
export const openNoteTasks: CollectionAfterChangeHook<LegislationNote> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context?.skipNoteTasks || doc._status !== 'published') return doc
  try {
    const now = new Date()
    const current = isNoticeWorthy(doc.effectiveDate, now) ? refsOf(doc.affects) : []
    const wasPublished = previousDoc?._status === 'published'
    const removed = wasPublished
      ? refsOf(previousDoc.affects).filter(
          (ref) => !refsOf(doc.affects).some((r) => key(r) === key(ref)),
        )
      : []
    for (const ref of removed) {
      await completeReviewTasks(
        req.payload,
        { dedupeKey: noteTaskKey(ref.collection, ref.id, doc.id) },
        { by: null, now, req },
      )
    }
    if (current.length === 0) return doc
    const titles = await listingTitles(req, current)
    for (const ref of current) {
      const title = titles.get(key(ref))
      // A listing that no longer exists gets no task.
      if (title === undefined) continue
      await openNoteTask(req.payload, {
        note: { id: doc.id, title: doc.title, effectiveDate: doc.effectiveDate },
        listing: { ...ref, title },
        req,
      })
    }
  } catch (error) {
    req.payload.logger.error(
      { err: error, note: doc.id },
      'Could not open the review tasks of a note',
    )
  }
  return doc
}

/** The titles of the listings, one query per collection. */
async function listingTitles(req: PayloadRequest, refs: Ref[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  for (const collection of listingCollections) {
    const ids = refs.filter((ref) => ref.collection === collection).map((ref) => ref.id)
    if (ids.length === 0) continue
    // access: the hook of a consultant's save (only content editors write notes); the titles
    // name the listings in their owners' tasks.
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      select: { title: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      draft: true,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) titles.set(`${collection}:${doc.id}`, String(doc.title ?? ''))
  }
  return titles
}
