import {
  APIError,
  commitTransaction,
  createLocalReq,
  docAccessOperation,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { reviewState } from '@/domain/freshness'
import type { ListingCollection } from '@/domain/options'
import type { User } from '@/payload-types'
import { queueSearchSync } from '@/search/plugin/queueSearchSync'

import { freshnessOptions } from './options'
import type { VerificationMethod } from './verification'

export type VerifyResult = {
  lastVerifiedAt: string
  lastVerifiedHow: VerificationMethod
  nextReviewAt: string
}

/** Whether this user may confirm this listing: the same as editing it (owner or consultant). */
export async function mayVerify(
  payload: Payload,
  collection: ListingCollection,
  id: number,
  user: User | null,
): Promise<boolean> {
  if (!user) return false
  const req = await createLocalReq({ user }, payload)
  const permissions = await docAccessOperation({
    id,
    collection: payload.collections[collection],
    data: { _status: 'draft' },
    req,
  }).catch(() => ({ update: false }))
  return Boolean(permissions.update)
}

/**
 * "Opslaget er stadig korrekt": the owner (an NGO editor of its organization) or a consultant
 * confirms a listing as it is. Only the verification is written, on the document and on its
 * newest version, without a new version: a pending change keeps its place in the review queue and
 * the published content stays as it is (no "Sidst ændret"). The search document is re-synced in
 * the same transaction, so its card and rank follow.
 */
export async function verifyListing(
  payload: Payload,
  {
    collection,
    id,
    user,
    now = new Date(),
  }: { collection: ListingCollection; id: number; user: User | null; now?: Date },
): Promise<VerifyResult> {
  if (!user) throw new APIError('Log ind for at bekræfte opslaget.', 401, null, true)
  const options = freshnessOptions(payload)
  if (!options.collections.includes(collection)) {
    throw new APIError('Denne slags opslag kontrolleres ikke.', 404, null, true)
  }
  // access: read only to learn whether the listing exists; who may confirm it is decided below
  // by the collection's own update access (mayVerify).
  const existing = await payload
    .findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { createdAt: true },
    })
    .catch(() => null)
  if (!existing) throw new APIError('Opslaget findes ikke.', 404, null, true)
  if (!(await mayVerify(payload, collection, id, user))) {
    throw new APIError(
      'Kun udbyderens redaktører og konsulenterne kan bekræfte dette opslag.',
      403,
      null,
      true,
    )
  }
  const how: VerificationMethod = checkRole(contentEditorRoles, user) ? 'consultant' : 'owner'
  const { nextReviewAt } = reviewState(
    { lastVerifiedAt: now, createdAt: existing.createdAt },
    options.intervalMonths[collection],
    now,
  )
  const fields = {
    lastVerifiedAt: now.toISOString(),
    lastVerifiedBy: user.id,
    lastVerifiedHow: how,
    nextReviewAt: nextReviewAt.toISOString(),
  }
  const req = await createLocalReq({ user, context: { disableRevalidate: true } }, payload)
  const own = await initTransaction(req)
  try {
    await writeVerification(req, collection, id, fields)
    await queueSearchSync(req, 'syncSearchDocument', collection, id)
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
  return {
    lastVerifiedAt: fields.lastVerifiedAt,
    lastVerifiedHow: how,
    nextReviewAt: fields.nextReviewAt,
  }
}

/** Writes the verification columns of the document and of its newest version, nothing else. */
async function writeVerification(
  req: PayloadRequest,
  collection: ListingCollection,
  id: number,
  fields: Record<string, unknown>,
) {
  const { payload } = req
  // The row's own updatedAt is kept: a confirmation is no change (»Sidst ændret« stays).
  const current = await payload.db.findOne<{ id: number; updatedAt: string }>({
    collection,
    where: { id: { equals: id } },
    select: { updatedAt: true },
    req,
  })
  await payload.db.updateOne({
    collection,
    id,
    data: { ...fields, updatedAt: current?.updatedAt },
    req,
    returning: false,
  })
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0]
  if (latest) {
    await payload.db.updateVersion({
      collection,
      id: latest.id,
      versionData: { version: fields, updatedAt: latest.updatedAt } as never,
      req,
      returning: false,
    })
  }
}
