import 'server-only'

import type { Where } from 'payload'
import { cache } from 'react'

import { collectionOfKind, type ListingKind } from '@/domain/options'
import { publishedNotes, visibleTo } from '@/legislation/notes/publishedNotes'
import type { Mentor, Offer, Organization, SchoolOption } from '@/payload-types'

import { getPortalPayload, getViewer } from './session'

export type AnyListing = Offer | Mentor | SchoolOption

/** Fields a listing page shows; workflow and import bookkeeping stay out of the query. */
const listingSelect = {
  title: true,
  summary: true,
  description: true,
  provider: true,
  schedule: true,
  ageMin: true,
  ageMax: true,
  topics: true,
  languages: true,
  wholeNetwork: true,
  coverage: true,
  legalBasis: true,
  referral: true,
  cost: true,
  capacity: true,
  contacts: true,
  locations: true,
  evidence: true,
  outcomes: true,
  visibility: true,
  slug: true,
  lastVerifiedAt: true,
  lastVerifiedHow: true,
  nextReviewAt: true,
  updatedAt: true,
} as const

const kindSelect = {
  offer: { offerType: true },
  mentor: { mentorType: true, focus: true, matching: true, duration: true },
  'school-option': {
    schoolType: true,
    gradeFrom: true,
    gradeTo: true,
    classSize: true,
    profile: true,
    admissionViaPPR: true,
  },
} as const

/**
 * One listing by kind and slug, as the reader may see it: access and field access are Payload's
 * (overrideAccess: false with the reader). Relations stay ids (depth 0): topics, municipalities
 * and legal bases are labelled from the reference data, the provider is read on its own.
 */
export const findListing = cache(
  async (kind: ListingKind, slug: string): Promise<AnyListing | null> => {
    const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
    const { docs } = await payload.find({
      collection: collectionOfKind[kind],
      where: { slug: { equals: slug } },
      select: { ...listingSelect, ...kindSelect[kind] },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      user,
    })
    return (docs[0] as AnyListing | undefined) ?? null
  },
)

export type ProviderSummary = Pick<
  Organization,
  'id' | 'name' | 'slug' | 'type' | 'website' | 'email' | 'phone'
>

export const findProvider = cache(async (id: number): Promise<ProviderSummary | null> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { id: { equals: id } },
    select: { name: true, slug: true, type: true, website: true, email: true, phone: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return (docs[0] as ProviderSummary | undefined) ?? null
})

export type NoteSummary = {
  id: number
  title: string
  summary: string
  slug?: string | null
  effectiveDate?: string | null
}

/**
 * The published legislation notes the reader may see that concern one listing (newest first, at
 * most 20), from the notes kept in memory (publishedNotes): a listing page costs no query for them.
 */
export const findNotesAbout = cache(
  async (kind: ListingKind, id: number): Promise<NoteSummary[]> => {
    const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
    const sees = visibleTo(user)
    const key = `${collectionOfKind[kind]}:${id}`
    return (await publishedNotes(payload))
      .filter((note) => note.affects.has(key) && sees(note))
      .slice(0, 20)
      .map(({ id, title, summary, slug, effectiveDate }) => ({
        id,
        title,
        summary,
        slug,
        effectiveDate,
      }))
  },
)

export type ListingSummary = {
  id: number
  kind: ListingKind
  title: string
  summary: string
  slug: string
  visibility: 'public' | 'internal'
  ageMin: number
  ageMax: number
}

/**
 * Short forms of listings of all three kinds matching `where`, one query per kind (in parallel),
 * sorted by title. Used by organization, note, municipality and shortlist pages.
 */
export async function findListingSummaries(
  where: (kind: ListingKind) => Where | null,
  limit = 100,
): Promise<{ items: ListingSummary[] }> {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const kinds = Object.keys(collectionOfKind) as ListingKind[]
  const results = await Promise.all(
    kinds.map(async (kind) => {
      const condition = where(kind)
      if (!condition) return { kind, docs: [] }
      const answer = await payload.find({
        collection: collectionOfKind[kind],
        where: condition,
        select: {
          title: true,
          summary: true,
          slug: true,
          visibility: true,
          ageMin: true,
          ageMax: true,
        },
        sort: 'title',
        depth: 0,
        limit,
        pagination: false,
        overrideAccess: false,
        user,
      })
      return { kind, docs: answer.docs }
    }),
  )
  const items: ListingSummary[] = []
  for (const { kind, docs } of results) {
    for (const doc of docs) {
      items.push({
        id: doc.id,
        kind,
        title: doc.title,
        summary: doc.summary,
        slug: doc.slug ?? String(doc.id),
        visibility: doc.visibility,
        ageMin: doc.ageMin,
        ageMax: doc.ageMax,
      })
    }
  }
  return { items }
}
