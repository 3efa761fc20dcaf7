import type { Payload, PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import type { ListingCollection } from '@/domain/options'
import type { ReviewTask as ReviewTaskDoc } from '@/payload-types'
import { listingCollections } from '@/domain/options'
import { relationId } from '@/utilities/relationId'

import {
  REVIEW_TASKS,
  reviewTaskAssignees,
  reviewTaskKinds,
  type ReviewTaskAssignee,
  type ReviewTaskKind,
  type ReviewTaskStatus,
} from './kinds'

export * from './kinds'

export type ListingRef = { collection: ListingCollection; id: number }

const kindSchema = z.enum(Object.keys(reviewTaskKinds) as [ReviewTaskKind, ...ReviewTaskKind[]])
const listingSchema = z.object({
  collection: z.enum(listingCollections as [ListingCollection, ...ListingCollection[]]),
  id: z.number().int().positive(),
})

const openSchema = z.object({
  kind: kindSchema,
  dedupeKey: z.string().min(1).max(300),
  assignee: z.enum(
    Object.keys(reviewTaskAssignees) as [ReviewTaskAssignee, ...ReviewTaskAssignee[]],
  ),
  title: z.string().min(1).max(300),
  detail: z.string().max(4000).optional(),
  listing: listingSchema.optional(),
  note: z.number().int().positive().optional(),
  legalBasis: z.number().int().positive().optional(),
})

export type OpenReviewTaskArgs = z.input<typeof openSchema> & { req?: PayloadRequest }

/** A task as the callers use it: relations as ids. */
export type ReviewTask = {
  id: number
  kind: ReviewTaskKind
  status: ReviewTaskStatus
  assignee: ReviewTaskAssignee
  title: string
  detail: string | null
  dedupeKey: string
  listing: ListingRef | null
  organization: number | null
  note: number | null
  legalBasis: number | null
  completedBy: number | null
  completedAt: string | null
  createdAt: string
}

export type ReviewTaskFilter =
  | { dedupeKey: string }
  | {
      kind?: ReviewTaskKind
      listing?: ListingRef
      note?: number
      legalBasis?: number
      assignee?: ReviewTaskAssignee
      organization?: number
    }

function whereOf(filter: ReviewTaskFilter): Where[] {
  if ('dedupeKey' in filter) return [{ dedupeKey: { equals: filter.dedupeKey } }]
  const and: Where[] = []
  if (filter.kind) and.push({ kind: { equals: filter.kind } })
  if (filter.assignee) and.push({ assignee: { equals: filter.assignee } })
  if (filter.organization) and.push({ organization: { equals: filter.organization } })
  if (filter.note) and.push({ note: { equals: filter.note } })
  if (filter.legalBasis) and.push({ legalBasis: { equals: filter.legalBasis } })
  if (filter.listing) {
    and.push({ 'listing.relationTo': { equals: filter.listing.collection } })
    and.push({ 'listing.value': { equals: filter.listing.id } })
  }
  return and
}

/** The organization (provider) a listing belongs to, so its editors see the task. */
async function organizationOfListing(
  payload: Payload,
  listing: ListingRef,
  req?: PayloadRequest,
): Promise<number | null> {
  // access: system work; only the id is kept, on a record the editors may read anyway.
  const doc = await payload.findByID({
    collection: listing.collection,
    id: listing.id,
    select: { provider: true },
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return relationId((doc as { provider?: unknown } | null)?.provider) ?? null
}

/**
 * Opens a task unless one with the same `dedupeKey` exists (open or done: a closed task is not
 * reopened by the job that found the same thing again). Pass `req` inside hooks to join the
 * transaction. Two servers racing on one key: the unique index lets one win; the other answers
 * 'exists'.
 */
export async function openReviewTask(
  payload: Payload,
  args: OpenReviewTaskArgs,
): Promise<'opened' | 'exists'> {
  const { req, ...input } = args
  const task = openSchema.parse(input)
  // access: tasks are written by the system only.
  const existing = await payload.count({
    collection: REVIEW_TASKS,
    where: { dedupeKey: { equals: task.dedupeKey } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) return 'exists'
  const organization = task.listing ? await organizationOfListing(payload, task.listing, req) : null
  try {
    await payload.create({
      collection: REVIEW_TASKS,
      data: {
        kind: task.kind,
        status: 'open',
        assignee: task.assignee,
        title: task.title,
        detail: task.detail ?? null,
        dedupeKey: task.dedupeKey,
        listing: task.listing
          ? { relationTo: task.listing.collection, value: task.listing.id }
          : null,
        organization,
        note: task.note ?? null,
        legalBasis: task.legalBasis ?? null,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return 'opened'
  } catch (error) {
    if (isUniqueViolation(error)) return 'exists'
    throw error
  }
}

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : ''
  return /unique|duplicate key|already (exists|in use)/i.test(text)
}

/** Marks the open tasks that match `filter` as done, by `by` (a user id) or the system (null). */
export async function completeReviewTasks(
  payload: Payload,
  filter: ReviewTaskFilter,
  { by, now = new Date(), req }: { by: number | null; now?: Date; req?: PayloadRequest },
): Promise<number> {
  const and = whereOf(filter)
  if (and.length === 0)
    throw new Error('completeReviewTasks: an empty filter would close every task')
  // access: the caller decided that `by` may close these (or the system closes them).
  const result = await payload.update({
    collection: REVIEW_TASKS,
    where: { and: [...and, { status: { equals: 'open' } }] },
    data: { status: 'done', completedAt: now.toISOString(), completedBy: by } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return result.docs.length
}

/** The open tasks that match `filter`, oldest first. */
export async function openReviewTasks(
  payload: Payload,
  filter: ReviewTaskFilter = {},
  req?: PayloadRequest,
): Promise<ReviewTask[]> {
  // access: system reads; callers show the result only to those it concerns.
  const { docs } = await payload.find({
    collection: REVIEW_TASKS,
    where: { and: [...whereOf(filter), { status: { equals: 'open' } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map(toTask)
}

export function toTask(doc: ReviewTaskDoc): ReviewTask {
  const listing = doc.listing
  const listingId = relationId(listing?.value)
  return {
    id: doc.id,
    kind: doc.kind,
    status: doc.status,
    assignee: doc.assignee,
    title: doc.title,
    detail: doc.detail ?? null,
    dedupeKey: doc.dedupeKey,
    listing:
      listing?.relationTo && listingId
        ? { collection: listing.relationTo as ListingCollection, id: listingId }
        : null,
    organization: relationId(doc.organization) ?? null,
    note: relationId(doc.note) ?? null,
    legalBasis: relationId(doc.legalBasis) ?? null,
    completedBy: relationId(doc.completedBy) ?? null,
    completedAt: doc.completedAt ?? null,
    createdAt: doc.createdAt,
  }
}
