import type { MultiSearchQuery, SearchResponse } from 'meilisearch'
import type { Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import { staffRoles } from '@/access/roles'
import { organizationOf } from '@/access/organizationOf'
import type { User } from '@/payload-types'
import { recordSearch } from '@/ops/metrics/appMetrics'

import { documentKey, type SearchDocument } from '../indexing/documents'
import type { SearchReader } from '../indexing/mappers'
import { searchOptions } from '../options'
import { meiliClient, searchConfig, SearchUnavailableError } from '../service/config'
import {
  isConnectionError,
  noteSearchAvailable,
  noteSearchFailure,
  shouldSkipMeilisearch,
} from '../service/status'
import { analyzeQuery, type QueryAnalysis } from './analysis'
import { searchFallback } from './fallback'
import { facetAttribute, meiliFilters, selection } from './filters'
import { markWords, POST, PRE } from './highlight'
import { CARD_FACT_ATTRIBUTES, emptyFacets, toHit, withSelected } from './hits'
import { facetNames, type FacetName, type SearchParams } from './params'
import type { SearchHit, SearchResult } from './types'
import { currentVocabulary } from './vocabulary'
import { resolveOrigin, type SearchOrigin } from '@/geo/origin'
import { distanceOf, firstWindow, MAX_WINDOW, rankByDistance } from '@/geo/rank'
import { roundKm } from '@/geo/distance'

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

/**
 * The whole filter of what one reader may find: visibility, and what each indexed collection's
 * read access asks beyond it (a method's network: src/network/methods/searchFilter.ts), each
 * limited to that collection's documents. Null: everything in the index.
 */
export async function readerFilter(
  payload: Payload,
  user: SearchReader | null,
): Promise<string | null> {
  const own = await Promise.all(
    Object.entries(searchOptions(payload).collections).map(async ([collection, mapper]) => {
      const filter = await mapper?.readerFilter?.(payload, user)
      return filter ? `(collection != ${JSON.stringify(collection)} OR ${filter})` : null
    }),
  )
  const parts = [visibilityFilter(user), ...own].filter((part): part is string => Boolean(part))
  return parts.length ? parts.join(' AND ') : null
}

export function sortOf(params: SearchParams, origin?: SearchOrigin | null): string[] | undefined {
  if (params.sort === 'distance' && origin) return [`_geoPoint(${origin.lat}, ${origin.lng}):asc`]
  if (params.sort === 'title') return ['titleSort:asc']
  // Shortest wait first; among equal waits the best match, or the newest without words.
  if (params.sort === 'waiting') return params.q ? ['waitingWeeks:asc'] : WAITING_THEN_NEWEST
  // With no words to rank by, the newest first.
  if (params.sort === 'updated' || !params.q) return ['updatedAt:desc']
  return undefined
}

const WAITING_THEN_NEWEST = ['waitingWeeks:asc', 'updatedAt:desc']

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
  // What a result card shows to decide by (./hits.ts cardFacts).
  ...CARD_FACT_ATTRIBUTES,
  // A listing's places, for the distance to its nearest one (src/geo).
  'geoPlaces',
]

/** Pages up to this depth rank the exact words' hits first; deeper pages follow the analysis. */
const MERGE_DEPTH = 200
/** At most this many words get a count of their own (for "not found" in a partial answer). */
const MAX_WORD_COUNTS = 8

export type SearchPlan = {
  queries: MultiSearchQuery[]
  active: FacetName[]
  inactive: FacetName[]
  /** Where each part of the answer sits in `queries`. */
  at: {
    exact: number | null
    main: number
    perFacet: number[]
    partial: number | null
    partialPerFacet: number[]
    words: Array<{ word: string; at: number }>
  }
  /** Hits wanted from the merged list (exact words first), or null when not merging. */
  merge: { from: number; to: number } | null
  /** With sort=distance: the window of candidates read to order by nearest place (src/geo). */
  distance: { window: number } | null
}

/**
 * Distance options of a search plan: the origin, and on a second try a larger window, read with
 * only what ranking by place needs (`placesOnly`: no card attributes, no highlighting).
 */
export type GeoPlan = { origin: SearchOrigin; window?: number; placesOnly?: boolean } | null

/** What a window read only to rank by place retrieves. */
const PLACES_ONLY: Array<keyof SearchDocument> = ['docId', 'collection', 'geoPlaces']

/**
 * The one multi-search request of a search. With words: the analysed query (./analysis.ts), every
 * word required, with its facets (the answer); the exact words as typed, to rank their hits first;
 * when there are several words (or parts of a compound), the best partial matches (matchingStrategy "last", the words the
 * portal does not know dropped first) with their own facets, and a count per word, so that a
 * search that cannot match all words answers in the same round trip. Per selected filter its own
 * counts with that filter left out (disjunctive facets). `visibility` is the reader's filter
 * (readerFilter), null for none.
 */
export function buildMultiSearch(
  params: SearchParams,
  visibility: string | null,
  indexName: string,
  analysis: QueryAnalysis | null = null,
  geo: GeoPlan = null,
): SearchPlan {
  const chosen = selection(params)
  const origin = geo?.origin ?? null
  // The radius keeps listings whose main place lies within it (src/geo/searchFields.ts).
  const radius =
    origin && params.radius
      ? [`_geoRadius(${origin.lat}, ${origin.lng}, ${params.radius * 1000})`]
      : []
  const base = (except?: FacetName) => [
    ...(visibility ? [visibility] : []),
    ...meiliFilters(chosen, except),
    ...radius,
  ]
  const active = facetNames.filter((facet) => chosen[facet])
  const inactive = facetNames.filter((facet) => !chosen[facet])
  const q = analysis && params.q ? analysis.analyzed : params.q
  const sort = sortOf(params, origin)
  const byDistance = origin !== null && params.sort === 'distance'
  const window = byDistance
    ? Math.min(geo?.window ?? firstWindow(params.page * params.perPage), MAX_WINDOW)
    : 0
  // With sort=distance, the answer's hits are a window of candidates in Meilisearch's order,
  // re-ordered by nearest place; the largest spread among them bounds what lies beyond it.
  const paging = (page: number, hitsPerPage: number) =>
    byDistance ? { page: 1, hitsPerPage: window } : { page, hitsPerPage }
  const spreadFacet = byDistance ? ['geoSpreadKm'] : []
  const display = geo?.placesOnly
    ? { attributesToRetrieve: PLACES_ONLY }
    : {
        attributesToRetrieve: RETRIEVE,
        attributesToHighlight: ['title', 'summary'],
        highlightPreTag: PRE,
        highlightPostTag: POST,
      }
  const exactFirst =
    analysis !== null && analysis.changed && !sort && params.page * params.perPage <= MERGE_DEPTH
  const depth = params.page * params.perPage
  const queries: MultiSearchQuery[] = []
  const push = (query: MultiSearchQuery) => queries.push(query) - 1
  const main = push({
    indexUid: indexName,
    q,
    // Every word (or a synonym, a stem, a typo of it) must match: counts a caseworker can trust.
    matchingStrategy: 'all',
    filter: base(),
    facets: [...inactive.map((facet) => facetAttribute[facet]), ...spreadFacet],
    ...(exactFirst
      ? { page: 1, hitsPerPage: Math.min(2 * depth, 1000) }
      : paging(params.page, params.perPage)),
    sort,
    ...display,
  })
  const perFacet = active.map((facet) =>
    push({
      indexUid: indexName,
      q,
      matchingStrategy: 'all',
      filter: base(facet),
      facets: [facetAttribute[facet]],
      limit: 0,
    }),
  )
  const exact = exactFirst
    ? push({
        indexUid: indexName,
        q: params.q,
        matchingStrategy: 'all',
        filter: base(),
        page: 1,
        hitsPerPage: depth,
        ...display,
      })
    : null
  // What a partial answer may leave out: each word typed; when only one was typed, each part of
  // it ("sprogvanskeligheder" may still be answered by its first part).
  const searched = (analysis?.words ?? []).filter((word) => word.terms.length > 0)
  const only = searched.length === 1 ? searched[0]! : null
  const counted =
    only?.parts && only.parts.length > 1
      ? only.parts.map((part) => ({ word: part.part, terms: part.terms }))
      : searched.map((word) => ({ word: word.word, terms: word.terms }))
  let partial: number | null = null
  let partialPerFacet: number[] = []
  let words: SearchPlan['at']['words'] = []
  if (analysis && params.q && counted.length >= 2) {
    partial = push({
      indexUid: indexName,
      q: analysis.partial,
      matchingStrategy: 'last',
      filter: base(),
      facets: [...inactive.map((facet) => facetAttribute[facet]), ...spreadFacet],
      ...paging(params.page, params.perPage),
      sort,
      ...display,
    })
    partialPerFacet = active.map((facet) =>
      push({
        indexUid: indexName,
        q: analysis.partial,
        matchingStrategy: 'last',
        filter: base(facet),
        facets: [facetAttribute[facet]],
        limit: 0,
      }),
    )
    words = counted.slice(0, MAX_WORD_COUNTS).map((word) => ({
      word: word.word,
      at: push({
        indexUid: indexName,
        q: word.terms.join(' '),
        matchingStrategy: 'all',
        filter: base(),
        limit: 0,
      }),
    }))
  }
  return {
    queries,
    active,
    inactive,
    at: { exact, main, perFacet, partial, partialPerFacet, words },
    merge: exactFirst ? { from: (params.page - 1) * params.perPage, to: depth } : null,
    distance: byDistance ? { window } : null,
  }
}

type Response = SearchResponse<SearchDocument>
const totalOf = (response: Response) => response.totalHits ?? response.estimatedTotalHits ?? 0

/** The exact words' hits first, then the analysed query's others, without duplicates. */
function mergedHits(exact: Response, main: Response, from: number, to: number) {
  const seen = new Set<string>()
  const merged: Response['hits'] = []
  for (const hit of [...exact.hits, ...main.hits]) {
    const key = `${hit.collection}:${hit.docId}`
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(hit)
  }
  return merged.slice(from, to)
}

async function searchMeilisearch(
  payload: Payload,
  params: SearchParams,
  visibility: string | null,
  origin: SearchOrigin | null,
): Promise<SearchResult> {
  const config = searchConfig()
  if (!config) throw new SearchUnavailableError('MEILI_HOST is not set')
  const analysis = params.q ? analyzeQuery(params.q, await currentVocabulary(payload)) : null
  const ask = async (geo: GeoPlan) => {
    const plan = buildMultiSearch(params, visibility, config.indexName, analysis, geo)
    const { results } = (await meiliClient('search').multiSearch({ queries: plan.queries })) as {
      results: Response[]
    }
    return shapeAnswer(params, plan, results, analysis, geo?.origin ?? null)
  }
  const answer = await ask(origin ? { origin } : null)
  if (answer.distanceSettled !== false) return withoutSettled(answer)
  // A listing with a far main place but a near other place may belong before the window's end:
  // rank the largest window by nearest place (src/geo/rank.ts), read with places only (a thousand
  // documents with every card attribute and highlighting cost more than the rest of the search),
  // then read the page's documents by key.
  const geo = { origin: origin!, window: MAX_WINDOW, placesOnly: true }
  const plan = buildMultiSearch(params, visibility, config.indexName, analysis, geo)
  const { results } = (await meiliClient('search').multiSearch({ queries: plan.queries })) as {
    results: Response[]
  }
  const keys = pageOf(params, plan, results, origin).shaped.map(({ document }) =>
    documentKey(document.collection, document.docId),
  )
  const documents = new Map<string, SearchDocument>()
  if (keys.length > 0) {
    const read = (await meiliClient('search')
      .index(config.indexName)
      .search<SearchDocument>('', {
        filter: [`key IN [${keys.map((key) => JSON.stringify(key)).join(', ')}]`],
        limit: keys.length,
        attributesToRetrieve: RETRIEVE,
      })) as Response
    for (const hit of read.hits) documents.set(documentKey(hit.collection, hit.docId), hit)
  }
  return withoutSettled(shapeAnswer(params, plan, results, analysis, origin, documents))
}

function withoutSettled({ distanceSettled: _settled, ...result }: ShapedAnswer): SearchResult {
  return result
}

type ShapedAnswer = SearchResult & { distanceSettled?: boolean }

/** Each hit's distance to its nearest place, rounded as it is shown. */
function withDistance(hit: SearchHit, distance: { km: number; place: string } | null): SearchHit {
  return {
    ...hit,
    distanceKm: distance ? roundKm(distance.km) : null,
    nearestPlace: distance?.place ?? null,
  }
}

/** The answer of a multi-search: the full match, or the best partial one when there is none. */
export function shapeAnswer(
  params: SearchParams,
  plan: SearchPlan,
  results: Response[],
  analysis: QueryAnalysis | null,
  origin: SearchOrigin | null = null,
  /** The page's documents read apart (by `key`), for a window read with places only. */
  documents?: ReadonlyMap<string, SearchDocument>,
): ShapedAnswer {
  const page = pageOf(params, plan, results, origin)
  const { usePartial, exactTotal, total, distanceSettled } = page
  return {
    hits: page.shaped.flatMap(({ hit, document: ranked }) => {
      const read = documents?.get(documentKey(ranked.collection, ranked.docId))
      // Gone between the two reads (deleted, unpublished): not shown.
      if (documents && !read) return []
      const document = read ?? ranked
      // Read apart without Meilisearch's highlighting: the words marked here, as the fallback does.
      const formatted = read
        ? {
            title: params.q ? markWords(read.title, params.q) : read.title,
            summary: params.q ? markWords(read.summary, params.q) : read.summary,
          }
        : (hit._formatted as Partial<SearchDocument>)
      const shown = { ...toHit(document, formatted), places: document.geoPlaces ?? [] }
      return [origin ? withDistance(shown, distanceOf(document, origin)) : shown]
    }),
    ...(origin ? { origin } : {}),
    ...(distanceSettled === undefined ? {} : { distanceSettled }),
    total,
    page: params.page,
    perPage: params.perPage,
    facets: page.facets,
    degraded: false,
    match: usePartial ? 'some' : 'all',
    missingWords: usePartial
      ? plan.at.words.filter(({ at }) => totalOf(results[at]!) === 0).map(({ word }) => word)
      : [],
    corrections: analysis?.corrections ?? [],
    didYouMean: analysis?.corrected && exactTotal < FEW_RESULTS ? analysis.corrected : null,
  }
}

/** The page's hits of a multi-search (ordered by nearest place with sort=distance), and counts. */
function pageOf(
  params: SearchParams,
  plan: SearchPlan,
  results: Response[],
  origin: SearchOrigin | null,
) {
  const main = results[plan.at.main]!
  const exact = plan.at.exact === null ? null : results[plan.at.exact]!
  const partial = plan.at.partial === null ? null : results[plan.at.partial]!
  const fullTotal = Math.max(totalOf(main), exact ? totalOf(exact) : 0)
  const usePartial = fullTotal === 0 && partial !== null && totalOf(partial) > 0
  const answer = usePartial ? partial : main
  const facets = emptyFacets()
  const fill = (facet: FacetName, response: Response) => {
    facets[facet] = { ...(response.facetDistribution?.[facetAttribute[facet]] ?? {}) }
  }
  for (const facet of plan.inactive) fill(facet, answer)
  const perFacet = usePartial ? plan.at.partialPerFacet : plan.at.perFacet
  plan.active.forEach((facet, i) => fill(facet, results[perFacet[i]!]!))
  const hits =
    !usePartial && exact && plan.merge
      ? mergedHits(exact, main, plan.merge.from, plan.merge.to)
      : answer.hits
  const exactTotal = exact ? totalOf(exact) : fullTotal
  const total = usePartial ? totalOf(partial) : fullTotal
  let shaped = hits.map((hit) => ({ hit, document: hit as SearchDocument }))
  let distanceSettled: boolean | undefined
  if (origin && plan.distance) {
    const from = (params.page - 1) * params.perPage
    const { ranked, settled } = rankByDistance(answer.hits, origin, {
      depth: params.page * params.perPage,
      total,
      spreadMaxKm: answer.facetStats?.geoSpreadKm?.max ?? 0,
    })
    distanceSettled = settled || plan.distance.window >= MAX_WINDOW
    shaped = ranked
      .slice(from, from + params.perPage)
      .map(({ item }) => ({ hit: item, document: item as SearchDocument }))
  }
  return {
    shaped,
    usePartial,
    exactTotal,
    total,
    distanceSettled,
    facets: withSelected(facets, params),
  }
}

/** Fewer exact results than this, and a corrected query is offered ("Mente du …?"). */
export const FEW_RESULTS = 3

/**
 * Searches listings and legislation notes. Meilisearch answers; when it cannot (down, hanging,
 * index missing), Postgres answers through the Local API with access control, marked degraded.
 */
export async function search(
  payload: Payload,
  params: SearchParams,
  user: User | null,
): Promise<SearchResult> {
  const started = performance.now()
  const result = await answerSearch(payload, params, user)
  // Metrics: latency by the backend that answered, and the degraded answers (src/ops/metrics).
  recordSearch(result, (performance.now() - started) / 1000)
  return result
}

async function answerSearch(
  payload: Payload,
  params: SearchParams,
  user: User | null,
): Promise<SearchResult> {
  // A postal code the portal does not know is the caller's error (SearchInputError), not an outage.
  const origin = await resolveOrigin(payload, params)
  if (!shouldSkipMeilisearch()) {
    // Read from Postgres: a failure here is no failure of Meilisearch.
    const visibility = await readerFilter(payload, user)
    try {
      const result = await searchMeilisearch(payload, params, visibility, origin)
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
  return searchFallback(payload, params, user, origin)
}
