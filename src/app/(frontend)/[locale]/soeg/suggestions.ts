import 'server-only'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { type FacetName, facetNames, type SearchParams } from '@/search/query/params'
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

/**
 * When nothing is found: what loosening each filter would give. One small search per active
 * filter (at most 8), in parallel; a failed one gives no count rather than no page.
 */
export async function loosenSuggestions(
  payload: Payload,
  params: SearchParams,
  user: User | null,
): Promise<Suggestion[]> {
  return Promise.all(
    activeFilters(params)
      .slice(0, 8)
      .map(async ({ facet, value }) => {
        const next = without(params, facet, value)
        const answer = await search(payload, { ...next, perPage: 1 }, user).catch(() => null)
        return { facet, value, params: next, total: answer?.total ?? null }
      }),
  )
}
