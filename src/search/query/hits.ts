import type { SearchDocument } from '../indexing/documents'
import { hitReview } from '@/freshness/display'

import { selection } from './filters'
import { marksToHtml } from './highlight'
import { facetNames, type SearchParams } from './params'
import type { SearchFacets, SearchHit } from './types'

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
