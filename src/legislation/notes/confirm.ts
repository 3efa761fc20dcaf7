import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import type { ListingCollection } from '@/domain/options'
import { mayVerify } from '@/freshness/verify'
import type { User } from '@/payload-types'
import { completeReviewTasks } from '@/reviewTasks'

import { openNoteTask } from './tasks'
import { noteTaskKey } from './window'

/**
 * The owner (an NGO editor of the listing's organization, its responsible consultant) or any
 * consultant confirms that a listing has been reviewed against a legislation note: the note's
 * review task for that listing is done, and the note leaves the top of the listing's page and its
 * card. The task is opened first if it was never opened (a listing linked before the note was
 * published), so the confirmation is always recorded, with who and when.
 */
export async function confirmListingAgainstNote(
  payload: Payload,
  {
    collection,
    id,
    noteId,
    user,
    now = new Date(),
  }: {
    collection: ListingCollection
    id: number
    noteId: number
    user: User | null
    now?: Date
  },
): Promise<{ confirmed: number }> {
  if (!user) throw new APIError('Log ind for at bekræfte opslaget.', 401, null, true)
  const { docs: listings } = await payload.find({
    collection,
    where: { id: { equals: id } },
    select: { title: true },
    depth: 0,
    limit: 1,
    pagination: false,
    draft: true,
    overrideAccess: false,
    user,
  })
  const listing = listings[0] as { id: number; title?: string | null } | undefined
  if (!listing) throw new APIError('Opslaget findes ikke.', 404, null, true)
  const { docs: notes } = await payload.find({
    collection: 'legislation-notes',
    where: {
      and: [
        { id: { equals: noteId } },
        { _status: { equals: 'published' } },
        { affects: { equals: { relationTo: collection, value: id } } },
      ],
    },
    select: { title: true, effectiveDate: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const note = notes[0] as { id: number; title: string; effectiveDate?: string | null } | undefined
  if (!note) {
    throw new APIError('Noten findes ikke, eller den vedrører ikke dette opslag.', 404, null, true)
  }
  if (!(await mayVerify(payload, collection, id, user))) {
    throw new APIError(
      'Kun udbyderens redaktører og konsulenterne kan bekræfte dette opslag.',
      403,
      null,
      true,
    )
  }
  const req = await createLocalReq({ user, context: { disableRevalidate: true } }, payload)
  const own = await initTransaction(req)
  try {
    await openNoteTask(payload, {
      note,
      listing: { collection, id, title: listing.title ?? '' },
      req,
    })
    const confirmed = await completeReviewTasks(
      payload,
      { dedupeKey: noteTaskKey(collection, id, note.id) },
      { by: user.id, now, req },
    )
    if (own) await commitTransaction(req)
    return { confirmed }
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
