import type { SearchDocument } from '../indexing/documents'
import { hitReview } from '@/freshness/display'

import { selection } from './filters'
import { marksToHtml } from './highlight'
import { facetNames, type SearchParams } from './params'
import type { CardFacts, SearchFacets, SearchHit } from './types'

/** The document attributes a result card's facts come from (retrieved with every hit). */
export const CARD_FACT_ATTRIBUTES = [
  'listingType',
  'ages',
  'wholeNetwork',
  'municipalities',
  'cost',
  'capacity',
  'waitingWeeks',
  'capacityAsOf',
  'legalBases',
] as const satisfies ReadonlyArray<keyof SearchDocument>

const isoOrNull = (time: number | null | undefined) =>
  typeof time === 'number' && Number.isFinite(time) ? new Date(time).toISOString() : null

/** A listing's card facts from its search document; null for legislation notes. */
export function cardFacts(document: Partial<SearchDocument>): CardFacts | null {
  if (document.kind === 'legislation-note') return null
  const ages = document.ages ?? []
  return {
    listingType: document.listingType ?? null,
    ageMin: ages.length > 0 ? Math.min(...ages) : null,
    ageMax: ages.length > 0 ? Math.max(...ages) : null,
    wholeNetwork: document.wholeNetwork === true,
    municipalities: document.municipalities ?? [],
    cost: document.cost ?? null,
    capacity: document.capacity ?? null,
    waitingWeeks: typeof document.waitingWeeks === 'number' ? document.waitingWeeks : null,
    capacityAsOf: isoOrNull(document.capacityAsOf),
    legalBases: document.legalBases ?? [],
    lastVerifiedAt: isoOrNull(document.lastVerifiedAt),
  }
}

/** Result shaping shared by Meilisearch search (./search.ts) and the Postgres fallback. */
export function emptyFacets(): SearchFacets {
  return Object.fromEntries(facetNames.map((name) => [name, {}])) as unknown as SearchFacets
}

export function toHit(document: SearchDocument, formatted?: Partial<SearchDocument>): SearchHit {
  return {
    id: document.docId,
    collection: document.collection,
    kind: document.kind,
    title: document.title,
    summary: document.summary,
    url: document.url,
    provider:
      document.providerId != null
        ? { id: document.providerId, name: document.providerName ?? '' }
        : null,
    highlights: {
      title: marksToHtml(formatted?.title ?? document.title),
      summary: marksToHtml(formatted?.summary ?? document.summary),
    },
    visibility: document.visibility,
    updatedAt: new Date(document.updatedAt).toISOString(),
    review: hitReview(document),
    facts: cardFacts(document),
  }
}

/** Adds the chosen values a facet lacks, with 0, so a selected filter can always be removed. */
export function withSelected(facets: SearchFacets, params: SearchParams): SearchFacets {
  const chosen = selection(params)
  for (const facet of facetNames) {
    for (const value of chosen[facet] ?? []) {
      const key = String(value)
      facets[facet][key] ??= 0
    }
  }
  return facets
}
