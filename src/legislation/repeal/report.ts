import type { Payload, PayloadRequest } from 'payload'

import { listingCollections, type ListingCollection } from '@/domain/options'
import { relationIds } from '@/utilities/relationId'

import { MOVES_COLLECTION } from './collection'
import { FLAG_FIELD, loadRepealed, NOTES, type FlaggedCollection } from './flags'
import { repealedCitedByListing, repealedCitedByNote, type RepealedProvision } from './provisions'

export type FlaggedDocument = {
  collection: FlaggedCollection
  id: number
  title: string
  /** A move of this listing from this provision awaits its owner. */
  proposed: boolean
}

/** One repealed provision and what still cites it: the consultants' report, one row each. */
export type RepealReportRow = {
  provision: RepealedProvision
  documents: FlaggedDocument[]
  counts: Record<FlaggedCollection, number>
  proposed: number
}

type Row = { id: number; title?: string | null; legalBasis?: unknown; legalBases?: unknown }

/**
 * What cites each repealed provision now, read with the reader's access (`req`): published
 * listings citing it, and notes citing it without a successor. Provisions nothing cites are left
 * out. One query per collection, and one for the open proposals.
 */
export async function repealReport(
  payload: Payload,
  req: PayloadRequest,
  now: Date,
): Promise<RepealReportRow[]> {
  const repealed = await loadRepealed(payload, now, req)
  if (repealed.size === 0) return []
  const rows = new Map<number, RepealReportRow>()
  for (const provision of repealed.values()) {
    rows.set(provision.id, {
      provision,
      documents: [],
      counts: { offers: 0, mentors: 0, 'school-options': 0, [NOTES]: 0 },
      proposed: 0,
    })
  }
  const { docs: proposals } = await payload.find({
    collection: MOVES_COLLECTION,
    where: { status: { equals: 'proposed' } },
    select: { listingKey: true, from: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const proposed = new Set(
    proposals.map((doc) => `${doc.listingKey}:${relationIds([doc.from])[0] ?? ''}`),
  )
  for (const collection of [...listingCollections, NOTES] as FlaggedCollection[]) {
    const citing = collection === NOTES ? 'legalBases' : 'legalBasis'
    const { docs } = await payload.find({
      collection,
      where: { [FLAG_FIELD]: { equals: true } },
      select: { title: true, [citing]: true } as never,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const rule = collection === NOTES ? repealedCitedByNote : repealedCitedByListing
    for (const doc of docs as unknown as Row[]) {
      for (const provisionId of rule(relationIds(doc[citing]), repealed)) {
        const row = rows.get(provisionId)!
        const isProposed = proposed.has(`${collection}:${doc.id}:${provisionId}`)
        row.documents.push({
          collection,
          id: doc.id,
          title: doc.title ?? `#${doc.id}`,
          proposed: isProposed,
        })
        row.counts[collection] += 1
        if (isProposed) row.proposed += 1
      }
    }
  }
  return [...rows.values()]
    .filter((row) => row.documents.length > 0)
    .sort((a, b) => a.provision.citation.localeCompare(b.provision.citation, 'da'))
}

export const listingsOf = (row: RepealReportRow) =>
  row.documents.filter((doc): doc is FlaggedDocument & { collection: ListingCollection } =>
    (listingCollections as string[]).includes(doc.collection),
  )
