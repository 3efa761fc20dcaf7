import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'

/** A collection named in moderationPlugin({ collections }) in payload.config.ts. */
export type ModeratedCollection = CollectionSlug

export const reviewDecisionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('publish') }),
    z.object({
      action: z.literal('return'),
      comment: z
        .string({ message: 'Skriv en kommentar til redaktøren.' })
        .trim()
        .min(1, 'Skriv en kommentar til redaktøren.')
        .max(2000, 'Kommentaren må højst være 2000 tegn.'),
    }),
  ],
  { message: 'action skal være "publish" eller "return".' },
)
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>

const META = new Set(['id', 'createdAt', 'updatedAt', 'parent'])

/**
 * A consultant's decision on the newest draft of a document: publish it as it is, or keep it as a
 * draft "sent back" with a comment for the NGO editor. Runs with the consultant's own access.
 */
export async function decideReview({
  req,
  collection,
  id,
  decision,
}: {
  req: PayloadRequest
  collection: ModeratedCollection
  id: number
  decision: ReviewDecision
}) {
  if (!checkRole(contentEditorRoles, req.user)) {
    throw new APIError(
      'Kun konsulenter og administratorer kan gennemse ændringer.',
      403,
      null,
      true,
    )
  }
  const { payload } = req
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: false,
  })
  const latest = docs[0]?.version as unknown as Record<string, unknown> | undefined
  if (!latest || latest._status !== 'draft') {
    throw new APIError('Der er ingen kladde, der afventer gennemsyn.', 404, null, true)
  }
  const data = Object.fromEntries(Object.entries(latest).filter(([key]) => !META.has(key)))
  if (decision.action === 'publish') {
    return payload.update({
      collection,
      id,
      data: { ...data, _status: 'published' } as never,
      draft: false,
      req,
      overrideAccess: false,
      depth: 0,
    })
  }
  const review = (latest.review ?? {}) as Record<string, unknown>
  return payload.update({
    collection,
    id,
    data: {
      ...data,
      _status: 'draft',
      review: { ...review, status: 'changes-requested', comment: decision.comment },
    } as never,
    draft: true,
    req,
    overrideAccess: false,
    depth: 0,
    context: { reviewDecision: true },
  })
}
