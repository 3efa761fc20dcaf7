import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { relationId } from '@/utilities/relationId'

import { type Change, diffDocuments, relationKey, relationsIn } from './diff'
import type { ModeratedCollection } from './decide'
import { moderatedCollections } from './options'

export type ReviewItem = {
  collection: ModeratedCollection
  id: number
  title: string
  status: 'awaiting-review' | 'changes-requested'
  comment?: string | null
  submittedBy?: string
  submittedAt?: string | null
  isNew: boolean
  changes: Change[]
}

type Doc = Record<string, unknown>

/**
 * The titles of the given documents, one query per collection (select + depth 0, no N+1), read
 * with the consultant's own access: what they may not read stays "#<id>".
 */
async function loadTitles(
  payload: Payload,
  req: PayloadRequest,
  wanted: Map<string, Set<unknown>>,
): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  await Promise.all(
    [...wanted].map(async ([collection, ids]) => {
      const config = payload.collections[collection as CollectionSlug]?.config
      if (!config || ids.size === 0) return
      const titleField = config.admin?.useAsTitle ?? 'id'
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        where: { id: { in: [...ids] } },
        select: { [titleField]: true } as never,
        depth: 0,
        limit: ids.size,
        pagination: false,
        overrideAccess: false,
        req,
      })
      for (const doc of docs as Doc[]) {
        const title = doc[titleField]
        titles.set(relationKey(collection, doc.id), String(title ?? doc.id))
      }
    }),
  )
  return titles
}

type Pending = {
  collection: ModeratedCollection
  id: number
  draft: Doc
  published: Doc | undefined
}

/**
 * The newest drafts waiting for a consultant (and those sent back), with what changed against
 * the published version in Danish (see ./diff). Read with the consultant's own access.
 */
export async function loadReviewQueue(
  payload: Payload,
  req: PayloadRequest,
): Promise<ReviewItem[]> {
  const pending: Pending[] = []
  for (const collection of moderatedCollections(payload)) {
    const { docs } = await payload.findVersions({
      collection,
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.review.status': { in: ['awaiting-review', 'changes-requested'] } },
        ],
      },
      depth: 0,
      limit: 100,
      sort: '-updatedAt',
      overrideAccess: false,
      req,
    })
    if (docs.length === 0) continue
    const ids = docs.map((doc) => relationId(doc.parent)!)
    const { docs: published } = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const publishedById = new Map(published.map((doc) => [doc.id, doc as unknown as Doc]))
    docs.forEach((version, index) => {
      pending.push({
        collection,
        id: ids[index]!,
        draft: version.version as unknown as Doc,
        published: publishedById.get(ids[index]!),
      })
    })
  }
  if (pending.length === 0) return []

  // Every related document of every change, and the submitters: one query per collection.
  const wanted = new Map<string, Set<unknown>>()
  const add = (collection: string, id: unknown) => {
    if (id === null || id === undefined) return
    if (!wanted.has(collection)) wanted.set(collection, new Set())
    wanted.get(collection)!.add(id)
  }
  for (const item of pending) {
    const fields = payload.collections[item.collection].config.fields
    for (const [collection, ids] of relationsIn(fields, [item.published, item.draft])) {
      for (const id of ids) add(collection, id)
    }
    add('users', relationId((item.draft.review as Doc | undefined)?.submittedBy))
  }
  const titles = await loadTitles(payload, req, wanted)

  return pending.map(({ collection, id, draft, published }) => {
    const review = (draft.review ?? {}) as Doc
    const submitter = relationId(review.submittedBy)
    return {
      collection,
      id,
      title: String(draft.title ?? draft.name ?? id),
      status: review.status as ReviewItem['status'],
      comment: review.comment as string | null,
      submittedBy: submitter ? titles.get(relationKey('users', submitter)) : undefined,
      submittedAt: review.submittedAt as string | null,
      isNew: !published,
      changes: diffDocuments({
        fields: payload.collections[collection].config.fields,
        published,
        draft,
        titles,
      }),
    }
  })
}
