import type { Payload } from 'payload'

import type { ListingCollection } from '@/domain/options'
import type { User } from '@/payload-types'

import { publishedNotes, visibleTo } from './publishedNotes'
import { isNoticeWorthy, noteState, noteTaskKey, type NoteState } from './window'

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

/**
 * The notices of the listings on screen, for one reader: each published note the reader may read,
 * in force within the last 12 months or coming into force, that affects the listing, unless the
 * listing's owners have confirmed the listing against it (the note's review task is done). Newest
 * effective date first.
 *
 * The published notes come from memory (./publishedNotes.ts), so a page no note concerns costs no
 * query; a page with a concerned listing costs one, for the confirmations, which are therefore
 * always current: the banner leaves the moment the owner confirms. Computed when the page is made
 * rather than stored in the search index, so a confirmation, a newly published note and the end
 * of the 12 months need no re-sync, and an internal note never reaches an anonymous reader's card.
 */
export async function findLegislationNotices(
  payload: Payload,
  user: User | null,
  listings: ListingRef[],
  now: Date = new Date(),
): Promise<Map<string, LegislationNotice[]>> {
  const result = new Map<string, LegislationNotice[]>()
  if (listings.length === 0) return result
  const sees = visibleTo(user)
  const notes = (await publishedNotes(payload)).filter(
    (note) => sees(note) && isNoticeWorthy(note.effectiveDate, now),
  )
  if (notes.length === 0) return result

  const pairs: Array<{ ref: ListingRef; key: string; notice: LegislationNotice }> = []
  for (const ref of listings) {
    for (const note of notes) {
      if (!note.affects.has(refKey(ref))) continue
      pairs.push({
        ref,
        key: noteTaskKey(ref.collection, ref.id, note.id),
        notice: {
          noteId: note.id,
          title: note.title,
          slug: note.slug,
          effectiveDate: note.effectiveDate,
          state: noteState(note.effectiveDate, now),
        },
      })
    }
  }
  if (pairs.length === 0) return result

  const confirmed = await confirmedPairs(payload, [...new Set(pairs.map((pair) => pair.key))])
  for (const { ref, key, notice } of pairs) {
    if (confirmed.has(key)) continue
    const list = result.get(refKey(ref)) ?? []
    list.push(notice)
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
