import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { listingCollections, type ListingCollection } from '@/domain/options'
import { mayVerify } from '@/freshness/verify'
import type { User } from '@/payload-types'
import { ownersOfListing } from '@/queries/owners'
import { completeReviewTasks } from '@/reviewTasks'
import { relationId, relationIds } from '@/utilities/relationId'

import { MOVES_COLLECTION, type MoveStatus } from './collection'
import { loadRepealed, repealTaskKey } from './flags'
import { movedCitations } from './provisions'

/** Context keys of a save made by a move (read by the flag hook and the move's own checks). */
export const MOVE_CONTEXT = 'repealMove'
export const MOVE_BY_CONTEXT = 'repealMoveBy'

export type ListingRef = { collection: ListingCollection; id: number }

export type MoveOutcome = ListingRef & {
  title: string
  outcome: 'applied' | 'proposed' | 'already-proposed' | 'skipped' | 'failed'
  message?: string
  move?: number
}

export type MoveReport = {
  from: { id: number; citation: string }
  to: { id: number; citation: string }
  results: MoveOutcome[]
}

type Doc = Record<string, unknown> & { id: number }

const listingKey = (ref: ListingRef) => `${ref.collection}:${ref.id}`

/** The fields a save must not carry over from a read document: Payload sets them itself. */
const OWN_FIELDS = ['id', 'createdAt', 'updatedAt', 'citesRepealed', 'nextReviewAt']

function asData(doc: Doc, legalBasis: number[], extra: Record<string, unknown>) {
  const data: Record<string, unknown> = { ...doc }
  for (const key of OWN_FIELDS) delete data[key]
  return { ...data, legalBasis, ...extra }
}

/**
 * Moves one published listing from `from` to `to`: its published version gets the successor in
 * the repealed provision's place, saved as a new version by `by` (the listing's history). A change
 * of the owner's that waits for review stays waiting, with the same move applied to it, so neither
 * is lost and the owner's change is not published by the move. Runs in `req`'s transaction; `req`
 * has no user, so moderation's hooks see a system save (no hold as draft, no "your change was
 * published" mail for a change that was not).
 */
async function applyMove(
  req: PayloadRequest,
  ref: ListingRef,
  from: number,
  to: number,
  by: number,
): Promise<'applied' | 'superseded'> {
  const { payload } = req
  // access: the mover's right was checked by the caller; this reads the listing to rewrite it.
  const { docs } = await payload.find({
    collection: ref.collection,
    where: { and: [{ id: { equals: ref.id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const published = docs[0] as unknown as Doc | undefined
  const cited = relationIds(published?.legalBasis)
  if (!published || !cited.includes(from)) return 'superseded'
  // access: the newest version (a pending change, if any), system read.
  const { docs: versions } = await payload.findVersions({
    collection: ref.collection,
    where: { and: [{ parent: { equals: ref.id } }, { latest: { equals: true } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const latest = versions[0]?.version as unknown as Doc | undefined
  const pending = latest && latest._status === 'draft' ? latest : undefined
  const context = { [MOVE_CONTEXT]: true, [MOVE_BY_CONTEXT]: by }
  // access: a system save on behalf of `by` (checked by the caller); see above.
  await payload.update({
    collection: ref.collection,
    id: ref.id,
    data: asData(published, movedCitations(cited, from, to), {
      _status: 'published',
      updatedBy: by,
    }) as never,
    draft: false,
    depth: 0,
    overrideAccess: true,
    context,
    req,
  })
  if (pending) {
    // access: restores the owner's pending change on top, as theirs (its own updatedBy).
    await payload.update({
      collection: ref.collection,
      id: ref.id,
      data: asData(pending, movedCitations(relationIds(pending.legalBasis), from, to), {
        _status: 'draft',
        updatedBy: relationId(pending.updatedBy) ?? by,
      }) as never,
      draft: true,
      depth: 0,
      overrideAccess: true,
      context,
      req,
    })
  }
  return 'applied'
}

/** A request of its own, in its own transaction, for one listing's move. */
async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  const own = await initTransaction(req)
  try {
    const result = await work(req)
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

const refusal = (message: string, status: number) => new APIError(message, status, null, true)

const summaryOf = (title: string, from: string, to: string) => `»${title}«: ${from} → ${to}`

/**
 * A consultant moves the published listings that cite a repealed provision to its successor, in
 * bulk. Moderation decides how each is moved:
 * - a listing whose organization has NGO editors is not changed behind their back: the move is
 *   recorded as a proposal (status "proposed") that an editor of the organization, or another
 *   consultant, confirms (confirmMove); until then the listing stays flagged and its task open;
 * - any other listing (municipal units, organizations without editors in the portal, which the
 *   consultants keep) is moved at once, as a new version by the consultant.
 * Either way a move record is the listing's history of the move. Each listing is moved in its own
 * transaction, so one that cannot be saved (reported in the result) does not stop the others.
 */
export async function moveListings(
  payload: Payload,
  {
    from,
    to,
    listings,
    user,
    now = new Date(),
  }: { from: number; to?: number; listings?: ListingRef[]; user: User | null; now?: Date },
): Promise<MoveReport> {
  if (!user) throw refusal('Log ind for at flytte opslag.', 401)
  if (!checkRole(contentEditorRoles, user)) {
    throw refusal('Kun konsulenter og sekretariatet kan flytte opslag til en ny bestemmelse.', 403)
  }
  const repealed = await loadRepealed(payload, now)
  const provision = repealed.get(from)
  if (!provision) {
    // access: whether the provision exists at all, for the right message (the register is public).
    const exists = await payload.findByID({
      collection: 'legal-bases',
      id: from,
      depth: 0,
      select: { citation: true },
      disableErrors: true,
      overrideAccess: true,
    })
    if (!exists) throw refusal('Bestemmelsen findes ikke.', 404)
    throw refusal(
      `${exists.citation ?? 'Bestemmelsen'} er ikke ophævet med en efterfølger: sæt »Gælder til« til en dato, der er passeret, og angiv den nye bestemmelse, der »Erstatter bestemmelsen«.`,
      400,
    )
  }
  let target = provision.successors.find((successor) => successor.id === to)
  if (to === undefined && provision.successors.length === 1) target = provision.successors[0]
  if (!target) {
    const names = provision.successors.map((successor) => successor.citation).join(', ')
    throw refusal(
      to === undefined
        ? `${provision.citation} har flere efterfølgere (${names}): vælg, hvilken opslagene skal flyttes til.`
        : `Opslagene kan kun flyttes til en efterfølger af ${provision.citation}: ${names}.`,
      400,
    )
  }
  const wanted = listings ? new Set(listings.map(listingKey)) : undefined
  const userReq = await createLocalReq({ user }, payload)
  const candidates: (ListingRef & { title: string })[] = []
  for (const collection of listingCollections) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { legalBasis: { in: [from] } }] },
      select: { title: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: userReq,
    })
    for (const doc of docs) candidates.push({ collection, id: doc.id, title: doc.title })
  }
  const results: MoveOutcome[] = []
  if (wanted) {
    const found = new Set(candidates.map(listingKey))
    for (const ref of listings!) {
      if (!found.has(listingKey(ref))) {
        results.push({
          ...ref,
          title: `#${ref.id}`,
          outcome: 'skipped',
          message: `Opslaget er ikke offentliggjort med henvisning til ${provision.citation}.`,
        })
      }
    }
  }
  for (const candidate of candidates) {
    if (wanted && !wanted.has(listingKey(candidate))) continue
    const ref = { collection: candidate.collection, id: candidate.id }
    try {
      results.push(
        await inTransaction(payload, async (req) => {
          const owners = await ownersOfListing(payload, ref.collection, ref.id, req)
          const base = {
            summary: summaryOf(candidate.title, provision.citation, target.citation),
            listing: { relationTo: ref.collection, value: ref.id },
            listingKey: listingKey(ref),
            organization: owners.organizationId,
            from,
            to: target.id,
            proposedBy: user.id,
            proposedAt: now.toISOString(),
          }
          if (owners.editors.length > 0) {
            // access: system read of the open proposals (create/read over the API is refused).
            const existing = await payload.find({
              collection: MOVES_COLLECTION,
              where: {
                and: [
                  { listingKey: { equals: listingKey(ref) } },
                  { from: { equals: from } },
                  { status: { equals: 'proposed' } },
                ],
              },
              depth: 0,
              limit: 1,
              overrideAccess: true,
              req,
            })
            if (existing.docs[0]) {
              return {
                ...candidate,
                outcome: 'already-proposed' as const,
                move: existing.docs[0].id as number,
              }
            }
            // access: the move record is written only here (create over the API is refused).
            const move = await payload.create({
              collection: MOVES_COLLECTION,
              data: { ...base, status: 'proposed' satisfies MoveStatus },
              overrideAccess: true,
              req,
            })
            return { ...candidate, outcome: 'proposed' as const, move: move.id as number }
          }
          const done = await applyMove(req, ref, from, target.id, user.id)
          // access: as above.
          const move = await payload.create({
            collection: MOVES_COLLECTION,
            data: {
              ...base,
              status: (done === 'applied' ? 'applied' : 'superseded') satisfies MoveStatus,
              decidedBy: user.id,
              decidedAt: now.toISOString(),
            },
            overrideAccess: true,
            req,
          })
          if (done === 'applied') {
            await completeReviewTasks(
              payload,
              { dedupeKey: repealTaskKey(ref.collection, ref.id, from) },
              { by: user.id, now, req },
            )
          }
          return { ...candidate, outcome: 'applied' as const, move: move.id as number }
        }),
      )
    } catch (error) {
      const message =
        error instanceof Error
          ? error.message
          : 'Opslaget kunne ikke gemmes med det nye lovgrundlag.'
      payload.logger.warn({ msg: 'repeal: a listing could not be moved', ...ref, error: message })
      results.push({ ...candidate, outcome: 'failed', message })
    }
  }
  return {
    from: { id: provision.id, citation: provision.citation },
    to: { id: target.id, citation: target.citation },
    results,
  }
}

export type ConfirmResult = { status: MoveStatus; move: number }

/**
 * The owner's (or another consultant's) confirmation of a proposed move: the listing is moved as
 * applyMove does, by the confirming person, and the proposal becomes the record of the move. A
 * proposal whose listing no longer cites the old provision (the owner fixed it by hand) is closed
 * as superseded. The consultant who proposed a move cannot confirm it themselves.
 */
export async function confirmMove(
  payload: Payload,
  { id, user, now = new Date() }: { id: number; user: User | null; now?: Date },
): Promise<ConfirmResult> {
  if (!user) throw refusal('Log ind for at bekræfte flytningen.', 401)
  // access: whether it exists; who may confirm is decided below by the listing's own access.
  const move = await payload.findByID({
    collection: MOVES_COLLECTION,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  const listing = move?.listing as { relationTo?: string; value?: unknown } | undefined
  const collection = listing?.relationTo as ListingCollection | undefined
  const listingId = relationId(listing?.value)
  if (!move || !collection || listingId === undefined) {
    throw refusal('Flytningen findes ikke.', 404)
  }
  if (!(await mayVerify(payload, collection, listingId, user))) {
    // The same answer as for a move that does not exist: nothing is revealed to outsiders.
    throw refusal('Flytningen findes ikke.', 404)
  }
  if (move.status !== 'proposed') {
    throw refusal('Flytningen er allerede afgjort.', 409)
  }
  if (relationId(move.proposedBy) === user.id && checkRole(['consultant'], user)) {
    throw refusal(
      'Du har selv foreslået flytningen: organisationens redaktør eller en anden konsulent skal bekræfte den.',
      403,
    )
  }
  const from = relationId(move.from)!
  const to = relationId(move.to)!
  return inTransaction(payload, async (req) => {
    const done = await applyMove(req, { collection, id: listingId }, from, to, user.id)
    const status: MoveStatus = done === 'applied' ? 'applied' : 'superseded'
    // access: the move record is written only here.
    await payload.update({
      collection: MOVES_COLLECTION,
      id,
      data: { status, decidedBy: user.id, decidedAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    await completeReviewTasks(
      payload,
      { dedupeKey: repealTaskKey(collection, listingId, from) },
      { by: user.id, now, req },
    )
    return { status, move: id }
  })
}
