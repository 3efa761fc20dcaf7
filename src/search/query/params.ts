import { z } from 'zod'

import { languageValues } from '@/domain/options'
import { nearSchema, postnrSchema, radiusSchema, geoParamErrors, formatNear } from '@/geo/params'

/** What a search may ask for: the kinds of documents in the index. */
export const searchKinds = [
  'offer',
  'mentor',
  'school-option',
  'legislation-note',
  // Methods and templates of the network (src/network/methods).
  'method',
] as const
export type SearchKind = (typeof searchKinds)[number]

/**
 * How results may be ordered. `waiting`: shortest waiting time first (open for referral = 0
 * weeks; an unknown waiting time, a full listing without one and a legislation note come last).
 * `distance`: nearest place first, from `near` or `postnr` (src/geo).
 */
export const searchSorts = ['relevance', 'updated', 'title', 'waiting', 'distance'] as const
export type SearchSort = (typeof searchSorts)[number]

/** The filters of a search; each is also a facet of the answer. */
export const facetNames = [
  'kind',
  'municipality',
  'age',
  'topic',
  'legalBasis',
  'cost',
  'capacity',
  'language',
  // »Følger op på …«: the outcomes a listing follows up on (src/outcomes).
  'outcome',
] as const
export type FacetName = (typeof facetNames)[number]

export const MAX_PER_PAGE = 50
export const DEFAULT_PER_PAGE = 20
export const MAX_QUERY_LENGTH = 200

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,120}$/, 'must be a slug (a-z, 0-9 and -)')

const many = <T extends z.ZodType>(item: T) =>
  z.array(item).max(50, 'at most 50 values').default([])

/**
 * The search parameters of `GET /api/search` and of the portal's results page. A repeated
 * parameter means OR within that filter; different filters combine with AND.
 */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
    // Postgres text (the fallback search) cannot hold NUL.
    .refine((value) => !value.includes('\u0000'), 'q must not contain a NUL character')
    .default(''),
  kind: many(z.enum(searchKinds)),
  municipality: many(
    z
      .string()
      .trim()
      .regex(/^\d{3}$/, 'must be a three-digit municipality code'),
  ),
  age: many(z.coerce.number().int('must be a whole number').min(0).max(30)),
  topic: many(slug),
  legalBasis: many(slug),
  cost: z.enum(['free']).optional(),
  capacity: z.enum(['open']).optional(),
  language: many(z.enum(languageValues)),
  outcome: many(slug),
  sort: z.enum(searchSorts).default('relevance'),
  // Distance (src/geo): from a point or a postal code's centre, optionally within a radius.
  near: nearSchema.optional(),
  postnr: postnrSchema.optional(),
  radius: radiusSchema.optional(),
  page: z.coerce.number().int('must be a whole number').min(1).max(1000).default(1),
  perPage: z.coerce
    .number()
    .int('must be a whole number')
    .min(1)
    .max(MAX_PER_PAGE, `must be at most ${MAX_PER_PAGE}`)
    .default(DEFAULT_PER_PAGE),
})
export type SearchParams = z.infer<typeof searchParamsSchema>

const repeatable = new Set([
  'kind',
  'municipality',
  'age',
  'topic',
  'legalBasis',
  'language',
  'outcome',
])
const known = new Set(Object.keys(searchParamsSchema.shape))

export type ParsedSearch =
  | { ok: true; params: SearchParams }
  | { ok: false; errors: Array<{ param: string; message: string }> }

/**
 * Reads search parameters from a query string (`URLSearchParams`) or from the `searchParams`
 * object Next.js hands a page. Unknown parameters are errors, so that a typo is not silently
 * ignored; empty values count as absent, as a plain HTML form sends them.
 */
export function parseSearchParams(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ParsedSearch {
  const entries: Array<[string, string]> =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([key, value]) =>
          value === undefined
            ? []
            : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
        )
  const raw: Record<string, string | string[]> = {}
  const errors: Array<{ param: string; message: string }> = []
  for (const [key, value] of entries) {
    if (!known.has(key)) {
      errors.push({ param: key, message: `unknown parameter "${key}"` })
      continue
    }
    if (value.trim() === '') continue
    if (repeatable.has(key)) {
      const list = raw[key]
      raw[key] = Array.isArray(list) ? [...list, value] : [value]
    } else if (key in raw) {
      errors.push({ param: key, message: `"${key}" may be given only once` })
    } else {
      raw[key] = value
    }
  }
  const parsed = searchParamsSchema.safeParse(raw)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ param: String(issue.path[0] ?? ''), message: issue.message })
    }
  }
  if (parsed.success) errors.push(...geoParamErrors(parsed.data))
  if (errors.length > 0 || !parsed.success) return { ok: false, errors }
  // A repeated value is the same filter once.
  const params = parsed.data
  for (const key of repeatable) {
    const list = params[key as 'kind'] as unknown[]
    ;(params as Record<string, unknown>)[key] = [...new Set(list)]
  }
  return { ok: true, params }
}

/** The query string of a search, leaving defaults out: the URL state of the results page. */
export function searchQueryString(params: Partial<SearchParams>): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  for (const key of [
    'kind',
    'municipality',
    'age',
    'topic',
    'legalBasis',
    'language',
    'outcome',
  ] as const) {
    for (const value of params[key] ?? []) query.append(key, String(value))
  }
  if (params.cost) query.set('cost', params.cost)
  if (params.capacity) query.set('capacity', params.capacity)
  if (params.near) query.set('near', formatNear(params.near))
  if (params.postnr) query.set('postnr', params.postnr)
  if (params.radius) query.set('radius', String(params.radius))
  if (params.sort && params.sort !== 'relevance') query.set('sort', params.sort)
  if (params.page && params.page > 1) query.set('page', String(params.page))
  if (params.perPage && params.perPage !== DEFAULT_PER_PAGE) {
    query.set('perPage', String(params.perPage))
  }
  return query.toString()
}
