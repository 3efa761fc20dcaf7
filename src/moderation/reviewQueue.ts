import type { Field, Payload, PayloadRequest } from 'payload'

import { relationId } from '@/utilities/relationId'

import { type Change, diffDocuments } from './diff'
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
  changes: Array<Change & { label: string }>
}

/** Danish labels by field path, read from the collection's own field config. */
function labelsOf(fields: Field[], prefix = '', into = new Map<string, string>()) {
  for (const field of fields) {
    if ('tabs' in field && field.type === 'tabs') {
      for (const tab of field.tabs)
        labelsOf(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, into)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) labelsOf(field.fields, prefix, into)
      continue
    }
    const label =
      'label' in field && field.label && typeof field.label === 'object'
        ? (field.label as Record<string, string>).da
        : undefined
    into.set(`${prefix}${field.name}`, label ?? field.name)
    if (field.type === 'group') labelsOf(field.fields, `${prefix}${field.name}.`, into)
  }
  return into
}

/**
 * The newest drafts waiting for a consultant (and those sent back), with what changed against
 * the published version. Read with the consultant's own access.
 */
export async function loadReviewQueue(
  payload: Payload,
  req: PayloadRequest,
): Promise<ReviewItem[]> {
  const items: ReviewItem[] = []
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
    const labels = labelsOf(payload.collections[collection].config.fields)
    const ids = docs.map((doc) => relationId(doc.parent))
    const { docs: published } = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const publishedById = new Map(
      published.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]),
    )
    const submitterIds = docs
      .map((doc) => (doc.version as { review?: { submittedBy?: unknown } }).review?.submittedBy)
      .filter((id): id is number => typeof id === 'number')
    const { docs: submitters } = await payload.find({
      collection: 'users',
      where: { id: { in: submitterIds } },
      select: { name: true, title: true },
      depth: 0,
      limit: submitterIds.length || 1,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const submitterName = new Map(
      submitters.map((user) => [user.id, [user.name, user.title].filter(Boolean).join(', ')]),
    )
    docs.forEach((version, index) => {
      const draft = version.version as unknown as Record<string, unknown>
      const review = (draft.review ?? {}) as Record<string, unknown>
      const before = publishedById.get(ids[index]!)
      items.push({
        collection,
        id: ids[index]!,
        title: String(draft.title ?? draft.name ?? ids[index]),
        status: review.status as ReviewItem['status'],
        comment: review.comment as string | null,
        submittedBy: submitterName.get(review.submittedBy as number),
        submittedAt: review.submittedAt as string | null,
        isNew: !before,
        changes: diffDocuments(before, draft).map((change) => ({
          ...change,
          label: labels.get(change.path) ?? change.path,
        })),
      })
    })
  }
  return items
}
