import type { MultiSearchQuery, SearchResponse } from 'meilisearch'
import type { Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import { staffRoles } from '@/access/roles'
import { organizationOf } from '@/access/organizationOf'
import type { User } from '@/payload-types'

import type { SearchDocument } from '../indexing/documents'
import { meiliClient, searchConfig, SearchUnavailableError } from '../service/config'
import {
  isConnectionError,
  noteSearchAvailable,
  noteSearchFailure,
  shouldSkipMeilisearch,
} from '../service/status'
import { searchFallback } from './fallback'
import { facetAttribute, meiliFilters, selection } from './filters'
import { POST, PRE } from './highlight'
import { emptyFacets, toHit, withSelected } from './hits'
import { facetNames, type FacetName, type SearchParams } from './params'
import type { SearchResult } from './types'

/**
 * What a user may find, decided on the server from the session: anonymous visitors public
 * documents only; professionals everything published; an NGO editor public documents and their
 * own organization's. The index holds published documents only.
 */
export function visibilityFilter(user: Pick<User, 'role' | 'organization'> | null): string | null {
  if (checkRole(staffRoles, user)) return null
  const organization = organizationOf(user)
  if (organization !== undefined) {
    return `(visibility = "public" OR providerId = ${organization})`
  }
  return 'visibility = "public"'
}

export function sortOf(params: SearchParams): string[] | undefined {
  if (params.sort === 'title') return ['titleSort:asc']
  // With no words to rank by, the newest first.
  if (params.sort === 'updated' || !params.q) return ['updatedAt:desc']
  return undefined
}

const RETRIEVE: Array<keyof SearchDocument> = [
  'docId',
  'collection',
  'kind',
  'title',
  'summary',
  'url',
  'providerId',
  'providerName',
  'visibility',
  'updatedAt',
  // A listing's verification, for "Ikke bekræftet siden …" on its card.
  'lastVerifiedAt',
  'nextReviewAt',
]

/**
 * The one multi-search request of a search: the hits with the facets of unselected filters, and
 * per selected filter its own counts with that filter left out (disjunctive facets).
 */
export function buildMultiSearch(
  params: SearchParams,
  user: Pick<User, 'role' | 'organization'> | null,
  indexName: string,
) {
  const chosen = selection(params)
  const visibility = visibilityFilter(user)
  const base = (except?: FacetName) => [
    ...(visibility ? [visibility] : []),
    ...meiliFilters(chosen, except),
  ]
  const active = facetNames.filter((facet) => chosen[facet])
  const inactive = facetNames.filter((facet) => !chosen[facet])
  const queries: MultiSearchQuery[] = [
    {
      indexUid: indexName,
      q: params.q,
      // Every word (or a synonym, a typo of it) must match: counts a caseworker can trust.
      matchingStrategy: 'all',
      filter: base(),
      facets: inactive.map((facet) => facetAttribute[facet]),
      page: params.page,
      hitsPerPage: params.perPage,
      sort: sortOf(params),
      attributesToRetrieve: RETRIEVE,
      attributesToHighlight: ['title', 'summary'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    },
    ...active.map((facet) => ({
      indexUid: indexName,
      q: params.q,
      matchingStrategy: 'all' as const,
      filter: base(facet),
      facets: [facetAttribute[facet]],
      limit: 0,
    })),
  ]
  return { queries, active, inactive }
}

async function searchMeilisearch(
  params: SearchParams,
  user: Pick<User, 'role' | 'organization'> | null,
): Promise<SearchResult> {
  const config = searchConfig()
  if (!config) throw new SearchUnavailableError('MEILI_HOST is not set')
  const { queries, active, inactive } = buildMultiSearch(params, user, config.indexName)
  const { results } = (await meiliClient('search').multiSearch({ queries })) as {
    results: Array<SearchResponse<SearchDocument>>
  }
  const [main, ...perFacet] = results
  const facets = emptyFacets()
  const fill = (facet: FacetName, response: SearchResponse<SearchDocument>) => {
    facets[facet] = { ...(response.facetDistribution?.[facetAttribute[facet]] ?? {}) }
  }
  for (const facet of inactive) fill(facet, main!)
  active.forEach((facet, i) => fill(facet, perFacet[i]!))
  return {
    hits: main!.hits.map((hit) => toHit(hit, hit._formatted as Partial<SearchDocument>)),
    total: main!.totalHits ?? 0,
    page: params.page,
    perPage: params.perPage,
    facets: withSelected(facets, params),
    degraded: false,
  }
}

/**
 * Searches listings and legislation notes. Meilisearch answers; when it cannot (down, hanging,
 * index missing), Postgres answers through the Local API with access control, marked degraded.
 */
export async function search(
  payload: Payload,
  params: SearchParams,
  user: User | null,
): Promise<SearchResult> {
  if (!shouldSkipMeilisearch()) {
    try {
      const result = await searchMeilisearch(params, user)
      noteSearchAvailable()
      return result
    } catch (error) {
      noteSearchFailure(error)
      if (!isConnectionError(error)) {
        payload.logger.error(
          { err: error },
          'Search failed in Meilisearch; answering from Postgres',
        )
      }
    }
  }
  return searchFallback(payload, params, user)
}
