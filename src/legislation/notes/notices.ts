import type { Payload } from 'payload'

import type { ListingCollection } from '@/domain/options'
import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { noteState, noteTaskKey, noticeCutoffInstant, type NoteState } from './window'

/** A note that stands at the top of a listing's page and on its card. */
export type LegislationNotice = {
  noteId: number
  title: string
  slug: string
  effectiveDate: string
  state: NoteState
}

export type ListingRef = { collection: ListingCollection; id: number }

export const refKey = (ref: ListingRef) => `${ref.collection}:${ref.id}`

type NoteRow = { id: number; title: string; slug?: string | null; effectiveDate?: string | null }
type AffectsRow = { id: number; affects?: Array<{ relationTo: string; value: unknown }> | null }

/**
 * The notices of the listings on screen, for one reader: each published note the reader may read,
 * in force within the last 12 months or coming into force, that affects the listing, unless the
 * listing's owners have confirmed the listing against it (the note's review task is done). Newest
 * effective date first. Three queries whatever the number of listings:
 *
 * 1. the recent notes the reader may read (Payload's access, `overrideAccess: false`);
 * 2. which listings those notes affect (only pairs of a readable note and a listing the reader
 *    already has on screen are kept, so nothing unreadable is revealed);
 * 3. which of those pairs are confirmed (review tasks are not readable by every reader, but only
 *    the fact "confirmed" of a pair already shown is used, never the task).
 *
 * Computed when the page is made rather than stored in the search index, so a confirmation, a
 * newly published note and the end of the 12 months show at once, with no re-sync, and an
 * internal note never reaches an anonymous reader's card.
 */
export async function findLegislationNotices(
  payload: Payload,
  user: User | null,
  listings: ListingRef[],
  now: Date = new Date(),
): Promise<Map<string, LegislationNotice[]>> {
  const result = new Map<string, LegislationNotice[]>()
  if (listings.length === 0) return result
  const onScreen = new Set(listings.map(refKey))

  const { docs: notes } = await payload.find({
    collection: 'legislation-notes',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { effectiveDate: { greater_than_equal: noticeCutoffInstant(now).toISOString() } },
      ],
    },
    select: { title: true, slug: true, effectiveDate: true },
    sort: '-effectiveDate',
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: false,
    user,
  })
  if (notes.length === 0) return result
  const noteById = new Map((notes as NoteRow[]).map((note) => [note.id, note]))

  // access: the notes are those the reader may read (above); of the listings they affect, only
  // those already on the reader's screen are kept, so the hidden entries are never used.
  const { docs: affected } = await payload.find({
    collection: 'legislation-notes',
    where: { id: { in: [...noteById.keys()] } },
    select: { affects: true },
    depth: 0,
    limit: noteById.size,
    pagination: false,
    overrideAccess: true,
  })
  const pairs: Array<{ ref: ListingRef; note: NoteRow }> = []
  for (const row of affected as AffectsRow[]) {
    const note = noteById.get(row.id)
    if (!note) continue
    for (const entry of row.affects ?? []) {
      const id = relationId(entry.value)
      if (id === undefined) continue
      const ref = { collection: entry.relationTo as ListingCollection, id }
      if (onScreen.has(refKey(ref))) pairs.push({ ref, note })
    }
  }
  if (pairs.length === 0) return result

  const confirmed = await confirmedPairs(
    payload,
    pairs.map(({ ref, note }) => noteTaskKey(ref.collection, ref.id, note.id)),
  )
  for (const { ref, note } of pairs) {
    if (confirmed.has(noteTaskKey(ref.collection, ref.id, note.id))) continue
    const list = result.get(refKey(ref)) ?? []
    list.push({
      noteId: note.id,
      title: note.title,
      slug: note.slug ?? '',
      effectiveDate: note.effectiveDate ?? '',
      state: noteState(note.effectiveDate, now),
    })
    result.set(refKey(ref), list)
  }
  for (const list of result.values()) {
    list.sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))
  }
  return result
}

/** The task keys among `keys` whose review task is done (the owner confirmed). */
async function confirmedPairs(payload: Payload, keys: string[]): Promise<Set<string>> {
  // access: only whether the confirmation task of a pair already on screen is done is read (its
  // key), never a task's content; review tasks are readable by their owners and consultants only.
  const { docs } = await payload.find({
    collection: 'review-tasks',
    where: { and: [{ dedupeKey: { in: keys } }, { status: { equals: 'done' } }] },
    select: { dedupeKey: true },
    depth: 0,
    limit: keys.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => (doc as { dedupeKey: string }).dedupeKey))
}
