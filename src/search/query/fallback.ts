import type { Payload, Where } from 'payload'

import type { User } from '@/payload-types'

import { Lookups, type SearchDocument, type SearchSourceRow } from '../indexing/documents'
import { toSearchDocument } from '../indexing/indexer'
import { searchOptions } from '../options'
import { facetAttribute, matches, selection } from './filters'
import { markWords } from './highlight'
import { emptyFacets, toHit, withSelected } from './hits'
import { facetNames, type SearchParams } from './params'
import type { SearchFacets, SearchResult } from './types'
import { distanceKm, roundKm } from '@/geo/distance'
import type { SearchOrigin } from '@/geo/origin'
import { distanceOf } from '@/geo/rank'

/**
 * Search without Meilisearch: the same filters, facets and visibility, answered by Postgres
 * through the Local API with the user's access (`overrideAccess: false`), so nothing is shown
 * that the user may not read. Words must all occur in the title or the summary; there is no typo
 * tolerance, no Danish folding and no relevance ranking here, which is why the answer says
 * `degraded: true`.
 */
export async function searchFallback(
  payload: Payload,
  params: SearchParams,
  user: User | null,
  origin: SearchOrigin | null = null,
): Promise<SearchResult> {
  const chosen = selection(params)
  // Kind is a filter like the others, with its own disjunctive counts: read every collection.
  const collections = searchOptions(payload).indexed
  const words: Where[] = params.q
    ? [{ or: [{ title: { like: params.q } }, { summary: { like: params.q } }] }]
    : []

  const rows = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { and: [{ _status: { equals: 'published' } }, ...words] },
        depth: 0,
        pagination: false,
        draft: false,
        user,
        overrideAccess: false,
        select: {
          title: true,
          summary: true,
          slug: true,
          visibility: true,
          updatedAt: true,
          _status: true,
          topics: true,
          ...searchOptions(payload).collections[collection]?.fallbackSelect,
        },
      })
      return { collection, docs: docs as SearchSourceRow[] }
    }),
  )
  const lookups = await Lookups.load(
    payload,
    rows.flatMap((entry) => entry.docs),
  )
  const mapped: SearchDocument[] = rows.flatMap(({ collection, docs }) =>
    docs.flatMap(
      (row) => toSearchDocument(payload, collection, row, lookups, { withVariants: false }) ?? [],
    ),
  )
  // The same radius rule as Meilisearch's: the main place lies within it (src/geo).
  const documents =
    origin && params.radius
      ? mapped.filter(
          (document) => document._geo && distanceKm(origin, document._geo) <= params.radius!,
        )
      : mapped

  const hits = documents.filter((document) => matches(document, chosen))
  if (params.sort === 'distance' && origin) {
    const km = (document: SearchDocument) => distanceOf(document, origin)?.km ?? Infinity
    hits.sort((a, b) => km(a) - km(b) || b.updatedAt - a.updatedAt)
  } else if (params.sort === 'title') {
    hits.sort((a, b) => a.titleSort.localeCompare(b.titleSort, 'da'))
  } else if (params.sort === 'waiting') {
    // As in Meilisearch: shortest wait first, unknown waits last, then the newest.
    const wait = (document: SearchDocument) => document.waitingWeeks ?? Number.POSITIVE_INFINITY
    hits.sort((a, b) => wait(a) - wait(b) || b.updatedAt - a.updatedAt)
  } else {
    hits.sort((a, b) => b.updatedAt - a.updatedAt)
  }
  const facets: SearchFacets = emptyFacets()
  for (const facet of facetNames) {
    const counts: Record<string, number> = {}
    for (const document of documents) {
      if (!matches(document, chosen, facet)) continue
      const value = document[facetAttribute[facet]] as unknown
      for (const item of Array.isArray(value) ? value : value == null ? [] : [value]) {
        counts[String(item)] = (counts[String(item)] ?? 0) + 1
      }
    }
    facets[facet] = counts
  }
  const start = (params.page - 1) * params.perPage
  return {
    hits: hits.slice(start, start + params.perPage).map((document) => {
      const hit = {
        ...toHit(document, {
          title: markWords(document.title, params.q),
          summary: markWords(document.summary, params.q),
        }),
        places: document.geoPlaces ?? [],
      }
      if (!origin) return hit
      const distance = distanceOf(document, origin)
      return {
        ...hit,
        distanceKm: distance ? roundKm(distance.km) : null,
        nearestPlace: distance?.place ?? null,
      }
    }),
    ...(origin ? { origin } : {}),
    total: hits.length,
    page: params.page,
    perPage: params.perPage,
    facets: withSelected(facets, params),
    degraded: true,
    match: 'all',
    missingWords: [],
    corrections: [],
    didYouMean: null,
  }
}
