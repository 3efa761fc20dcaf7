import 'server-only'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import {
  type FacetName,
  facetNames,
  parseSearchParams,
  type SearchParams,
} from '@/search/query/params'
import { search } from '@/search/query/search'

export type ActiveFilter = { facet: FacetName; value: string }
export type Suggestion = ActiveFilter & { params: SearchParams; total: number | null }

/** Which values a filter has selected, as strings (the form's and the facets' shape). */
export function selected(params: SearchParams, facet: FacetName): string[] {
  const value = params[facet]
  if (Array.isArray(value)) return value.map(String)
  return value ? [String(value)] : []
}

/** Every selected filter value, in the order of the facets. */
export const activeFilters = (params: SearchParams): ActiveFilter[] =>
  facetNames.flatMap((facet) => selected(params, facet).map((value) => ({ facet, value })))

/** The same search without one filter value (for "remove" links); page back to 1. */
export function without(params: SearchParams, facet: FacetName, value: string): SearchParams {
  const next = { ...params, page: 1 } as Record<string, unknown>
  const current = params[facet]
  next[facet] = Array.isArray(current)
    ? (current as Array<string | number>).filter((v) => String(v) !== value)
    : undefined
  return next as SearchParams
}

export type EmptySuggestions = {
  /** Filters whose removal gives results, with how many. */
  loosen: Suggestion[]
  /** The same filters without the words, when that gives results. */
  withoutWords: { params: SearchParams; total: number } | null
  /** Everything the reader may see. */
  everything: number | null
}

/**
 * When nothing is found: only changes that give results, each with how many. One small search
 * per active filter (at most 8), one without the words and one of everything, in parallel; a
 * failed one is left out rather than failing the page.
 */
export async function emptySuggestions(
  payload: Payload,
  params: SearchParams,
  user: User | null,
): Promise<EmptySuggestions> {
  const count = (next: SearchParams) =>
    search(payload, { ...next, perPage: 1 }, user)
      .then((answer) => answer.total)
      .catch(() => null)
  const filters = activeFilters(params)
  const noWords = { ...params, q: '', page: 1 }
  const everything = parseSearchParams({})
  const everythingParams = everything.ok ? everything.params : null
  const [loosen, withoutWords, all] = await Promise.all([
    Promise.all(
      filters.slice(0, 8).map(async ({ facet, value }) => {
        const next = without(params, facet, value)
        return { facet, value, params: next, total: await count(next) }
      }),
    ),
    params.q && filters.length > 0 ? count(noWords) : Promise.resolve(null),
    everythingParams ? count(everythingParams) : Promise.resolve(null),
  ])
  return {
    loosen: loosen.filter((suggestion) => (suggestion.total ?? 0) > 0),
    withoutWords: withoutWords ? { params: noWords, total: withoutWords } : null,
    everything: all || null,
  }
}
