import type { Payload, PayloadRequest, Where } from 'payload'

import {
  collectionOfKind,
  lawLabel,
  listingCollections,
  type ListingCollection,
  type ListingKind,
} from '@/domain/options'
import { paths } from '@/domain/urls'
import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { SUBSCRIPTIONS_SLUG, type SubscriptionKind } from './collections/subscriptions'

/** One subscription as the follow feature reads it. */
export type Followed = {
  id: number
  kind: SubscriptionKind
  /** The topic's id (kind topic) or the law's value (kind law). */
  value: number | string
  /** Danish name of the topic or law, for mails and pages. */
  label: string
}

/** Something published or changed in what a person follows. */
export type FollowedChange = {
  collection: ListingCollection | 'legislation-notes'
  id: number
  title: string
  /** Portal path of the document (Danish). */
  path: string
  /** First published within the period (else: changed within it). */
  isNew: boolean
  updatedAt: string
  effectiveDate?: string | null
}

export type FollowedChanges = { notes: FollowedChange[]; listings: FollowedChange[] }

const kindOfCollection = Object.fromEntries(
  Object.entries(collectionOfKind).map(([kind, collection]) => [collection, kind]),
) as Record<ListingCollection, ListingKind>

/** A person's subscriptions with the names of what they follow, oldest first. */
export async function loadSubscriptions(
  payload: Payload,
  userId: number,
  req?: PayloadRequest,
): Promise<Followed[]> {
  // access: the system reads one person's own subscriptions (their session or a job for them).
  const { docs } = await payload.find({
    collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
    where: { user: { equals: userId } },
    sort: 'createdAt',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc): Followed[] => {
    const row = doc as unknown as {
      id: number
      kind: SubscriptionKind
      topic?: { id: number; name?: string } | number | null
      law?: string | null
    }
    if (row.kind === 'law' && row.law) {
      return [{ id: row.id, kind: 'law', value: row.law, label: lawLabel(row.law) }]
    }
    const topic = relationId(row.topic)
    if (row.kind === 'topic' && topic !== undefined) {
      const name = typeof row.topic === 'object' && row.topic?.name ? row.topic.name : `#${topic}`
      return [{ id: row.id, kind: 'topic', value: topic, label: name }]
    }
    return []
  })
}

/**
 * The topics a set of topics stands for: themselves and their narrower topics (the taxonomy is
 * two levels deep), as a search for a parent topic finds its narrower ones.
 */
export async function withNarrowerTopics(
  payload: Payload,
  topicIds: number[],
  req?: PayloadRequest,
): Promise<number[]> {
  if (topicIds.length === 0) return []
  // access: topics are readable by anyone.
  const { docs } = await payload.find({
    collection: 'topics',
    where: { parent: { in: topicIds } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set([...topicIds, ...docs.map((doc) => doc.id)])]
}

/** The legal bases (provisions) of the given laws. */
export async function legalBasesOfLaws(
  payload: Payload,
  lawValues: string[],
  req?: PayloadRequest,
): Promise<number[]> {
  if (lawValues.length === 0) return []
  // access: legal bases are readable by anyone.
  const { docs } = await payload.find({
    collection: 'legal-bases',
    where: { law: { in: lawValues } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

/**
 * The `where` for legislation notes in the given topics or citing the given provisions (either
 * matches), or null when nothing is followed.
 */
export function notesMatching(topicIds: number[], legalBaseIds: number[]): Where | null {
  const any: Where[] = []
  if (topicIds.length > 0) any.push({ topics: { in: topicIds } })
  if (legalBaseIds.length > 0) any.push({ legalBases: { in: legalBaseIds } })
  return any.length === 0 ? null : any.length === 1 ? any[0]! : { or: any }
}

type Period = { from: Date; to: Date }

const inPeriod = ({ from, to }: Period): Where[] => [
  { updatedAt: { greater_than: from.toISOString() } },
  { updatedAt: { less_than_equal: to.toISOString() } },
]

/**
 * What was published or changed within a period in what a person follows, read with that
 * person's own access (a caseworker's digest may hold internal listings, an NGO editor's not):
 * legislation notes in their topics or citing their laws, and listings in their topics that can be
 * used in their municipality (or in the whole network). Newest first, at most `limit` of each.
 */
export async function followedChanges(
  payload: Payload,
  args: {
    user: User
    subscriptions: Followed[]
    period: Period
    limit?: number
    req?: PayloadRequest
  },
): Promise<FollowedChanges> {
  const { user, subscriptions, period, req } = args
  const limit = args.limit ?? 50
  const topicIds = await withNarrowerTopics(
    payload,
    subscriptions.filter((s) => s.kind === 'topic').map((s) => Number(s.value)),
    req,
  )
  const baseIds = await legalBasesOfLaws(
    payload,
    subscriptions.filter((s) => s.kind === 'law').map((s) => String(s.value)),
    req,
  )
  const isNew = (createdAt: string | null | undefined) =>
    Boolean(createdAt && Date.parse(createdAt) > period.from.getTime())

  const notes: FollowedChange[] = []
  const noteWhere = notesMatching(topicIds, baseIds)
  if (noteWhere) {
    const { docs } = await payload.find({
      collection: 'legislation-notes',
      where: { and: [{ _status: { equals: 'published' } }, ...inPeriod(period), noteWhere] },
      select: { title: true, slug: true, createdAt: true, updatedAt: true, effectiveDate: true },
      sort: '-updatedAt',
      depth: 0,
      limit,
      overrideAccess: false,
      user,
      req,
    })
    for (const doc of docs) {
      if (!doc.slug) continue
      notes.push({
        collection: 'legislation-notes',
        id: doc.id,
        title: doc.title,
        path: paths.document('legislation-note', doc.slug),
        isNew: isNew(doc.createdAt),
        updatedAt: doc.updatedAt,
        effectiveDate: doc.effectiveDate,
      })
    }
  }

  const listings: FollowedChange[] = []
  if (topicIds.length > 0) {
    const municipality = relationId(user.municipality)
    const where: Where = {
      and: [
        { _status: { equals: 'published' } },
        ...inPeriod(period),
        { topics: { in: topicIds } },
        ...(municipality !== undefined
          ? [{ or: [{ wholeNetwork: { equals: true } }, { coverage: { in: [municipality] } }] }]
          : []),
      ],
    }
    for (const collection of listingCollections) {
      const { docs } = await payload.find({
        collection,
        where,
        select: { title: true, slug: true, createdAt: true, updatedAt: true },
        sort: '-updatedAt',
        depth: 0,
        limit,
        overrideAccess: false,
        user,
        req,
      })
      for (const doc of docs) {
        if (!doc.slug) continue
        listings.push({
          collection,
          id: doc.id,
          title: doc.title,
          path: paths.document(kindOfCollection[collection], doc.slug),
          isNew: isNew(doc.createdAt),
          updatedAt: doc.updatedAt,
        })
      }
    }
    listings.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    listings.splice(limit)
  }
  return { notes, listings }
}

/** Danish words for a change: »Ny lovgivningsnote«, »Ændret tilbud« … */
export function changeLabel(change: FollowedChange): string {
  const noun: Record<FollowedChange['collection'], [string, string]> = {
    'legislation-notes': ['Ny lovgivningsnote', 'Ændret lovgivningsnote'],
    offers: ['Nyt tilbud', 'Ændret tilbud'],
    mentors: ['Ny mentorordning', 'Ændret mentorordning'],
    'school-options': ['Nyt skoletilbud', 'Ændret skoletilbud'],
  }
  return noun[change.collection][change.isNew ? 0 : 1]
}
