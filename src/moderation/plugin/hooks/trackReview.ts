import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { Mentor, Offer, Organization, SchoolOption } from '@/payload-types'

import { diffDocuments } from '../../diff'

type Moderated = Offer | Mentor | SchoolOption | Organization
type Doc = Record<string, unknown>

const noReview = { status: null, comment: null, submittedBy: null, submittedAt: null }

const isPlainObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document as it will be saved: groups merge field by field, everything else is replaced. */
function merged(original: Doc | undefined, data: Doc): Doc {
  const out: Doc = { ...original }
  for (const [key, value] of Object.entries(data)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? merged(out[key], value) : value
  }
  return out
}

/**
 * Whether this save leaves the document as it is published: then there is nothing to review.
 * That is what the admin's "Tilbagerul til offentliggjort" (revert to published) sends, and it
 * used to put a change with an empty list of changes in the consultants' queue.
 */
async function matchesPublished(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
  draft: Doc,
): Promise<boolean> {
  // access: a comparison inside the editor's own save; nothing read here reaches them, and
  // field access would leave out fields the draft holds.
  const { docs } = await req.payload.find({
    collection: collection.slug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const published = docs[0] as unknown as Doc | undefined
  if (!published) return false
  return diffDocuments({ fields: collection.fields, published, draft }).length === 0
}

/** Keeps the review state honest: it is derived from who saves what, never taken from the input. */
export const trackReview: CollectionBeforeChangeHook<Moderated> = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context.reviewDecision) return data
  if (checkRole(['ngo-editor'], req.user)) {
    const withdrawn =
      operation === 'update' &&
      originalDoc?.id !== undefined &&
      (await matchesPublished(
        req,
        collection,
        originalDoc.id,
        merged(originalDoc as unknown as Doc, data as Doc),
      ))
    return {
      ...data,
      _status: 'draft',
      review: withdrawn
        ? noReview
        : {
            status: 'awaiting-review',
            comment: originalDoc?.review?.comment ?? null,
            submittedBy: req.user!.id,
            submittedAt: new Date().toISOString(),
          },
    }
  }
  if (data._status === 'published') return { ...data, review: noReview }
  // A consultant's or admin's own draft keeps the review state it was loaded with.
  return data
}
