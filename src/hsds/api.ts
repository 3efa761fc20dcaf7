import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { z } from 'zod'

import { isUuid } from './ids'
import {
  type Lookups,
  organizationFull,
  organizationSummary,
  serviceAtLocations,
  serviceFull,
  serviceSummary,
} from './mapping'
import {
  cachedResponse,
  cacheResponse,
  listingByUuid,
  locationIndex,
  readListings,
  type ServiceFilters,
  servicePage,
  snapshot,
  type Snapshot,
  taxonomyList,
} from './read'
import { TAXONOMIES, type Term } from './vocabulary'

/**
 * The Open Referral HSDS 3.0 read API under /api/hsds (../shared/hsds/schema/openapi.json): public
 * data only, the same answer for everybody (no key; `Access-Control-Allow-Origin: *`), cached per
 * stamp of the published data (read.ts) and revalidated by clients with the ETag.
 */

export const HSDS_VERSION = '3.0'
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/latest/hsds/overview.html'
export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 200
/** `minimal=true` answers ids and dates only, so a client may take them all in one page. */
export const MAX_MINIMAL_PER_PAGE = 10_000

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag',
  'Access-Control-Max-Age': '86400',
}

/** Shared caches may keep an answer a minute; after that they revalidate (ETag, 304). */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=60'

const booleanParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')
const intParam = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${name} must be at least ${min}`)
        .max(max, `${name} must be at most ${max}`),
    )

/** The query parameters of the list endpoints (AND between them). */
export const hsdsQuerySchema = z
  .object({
    search: z.string().trim().max(200, 'search must be at most 200 characters').optional(),
    page: intParam('page', 1, 100_000).optional(),
    per_page: intParam('per_page', 1, MAX_MINIMAL_PER_PAGE).optional(),
    taxonomy_term_id: z.string().refine(isUuid, 'taxonomy_term_id must be a UUID').optional(),
    taxonomy_id: z.string().refine(isUuid, 'taxonomy_id must be a UUID').optional(),
    organization_id: z.string().refine(isUuid, 'organization_id must be a UUID').optional(),
    modified_after: z
      .string()
      .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), {
        message: 'modified_after must be a date or date-time (ISO 8601), e.g. 2026-01-31T00:00:00Z',
      })
      .optional(),
    minimal: booleanParam.optional(),
    full: booleanParam.optional(),
    full_service: booleanParam.optional(),
    format: z.enum(['json'], { message: 'format must be json (ndjson is not offered)' }).optional(),
  })
  .strict()
export type HsdsQuery = z.infer<typeof hsdsQuerySchema>

type Answer = { status: number; body: unknown }

const notFound = (what: string): Answer => ({
  status: 404,
  body: { error: 'not_found', message: `No public ${what} with this id.` },
})

const badRequest = (errors: Array<{ param: string; message: string }>): Answer => ({
  status: 400,
  body: { error: 'bad_request', message: errors.map((e) => e.message).join('; '), errors },
})

function parseQuery(
  params: URLSearchParams,
): { ok: true; query: HsdsQuery } | { ok: false; answer: Answer } {
  const raw: Record<string, string> = {}
  const errors: Array<{ param: string; message: string }> = []
  for (const [key, value] of params) {
    if (key in raw) errors.push({ param: key, message: `${key} may be given only once` })
    else if (value !== '') raw[key] = value
  }
  const parsed = hsdsQuerySchema.safeParse(raw)
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys)
          errors.push({ param: key, message: `unknown parameter "${key}"` })
      else errors.push({ param: String(issue.path[0] ?? ''), message: issue.message })
    }
  if (errors.length > 0 || !parsed.success) return { ok: false, answer: badRequest(errors) }
  return { ok: true, query: parsed.data }
}

type Page<T> = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

function page<T>(contents: T[], total: number, pageNumber: number, perPage: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage))
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

const paging = (query: HsdsQuery) => {
  const minimal = query.minimal === true
  const perPage = Math.min(
    query.per_page ?? (minimal ? MAX_MINIMAL_PER_PAGE : DEFAULT_PER_PAGE),
    minimal ? MAX_MINIMAL_PER_PAGE : MAX_PER_PAGE,
  )
  return { pageNumber: query.page ?? 1, perPage }
}

function perPageProblem(query: HsdsQuery): Answer | null {
  if (query.per_page !== undefined && query.minimal !== true && query.per_page > MAX_PER_PAGE)
    return badRequest([
      {
        param: 'per_page',
        message: `per_page must be at most ${MAX_PER_PAGE} (or ${MAX_MINIMAL_PER_PAGE} with minimal=true)`,
      },
    ])
  return null
}

function resolveFilters(
  query: HsdsQuery,
  snap: Snapshot,
): { ok: true; filters: ServiceFilters } | { ok: false; empty: true } {
  const filters: ServiceFilters = {}
  if (query.search) filters.search = query.search
  if (query.modified_after) filters.modifiedAfter = new Date(query.modified_after)
  if (query.organization_id) {
    const organization = snap.organizationByUuid.get(query.organization_id.toLowerCase())
    if (!organization) return { ok: false, empty: true }
    filters.organizationId = organization.id
  }
  if (query.taxonomy_term_id) {
    const term = snap.termById.get(query.taxonomy_term_id.toLowerCase())
    if (!term) return { ok: false, empty: true }
    filters.term = term
  }
  if (query.taxonomy_id) {
    const taxonomy = taxonomyList().find((t) => t.id === query.taxonomy_id!.toLowerCase())
    if (!taxonomy) return { ok: false, empty: true }
    filters.taxonomy = taxonomy.key
  }
  return { ok: true, filters }
}

const withOrigin = (snap: Snapshot, origin: string): Lookups => ({ ...snap.lookups, origin })

async function services(
  payload: Payload,
  snap: Snapshot,
  origin: string,
  query: HsdsQuery,
): Promise<Answer> {
  const problem = perPageProblem(query)
  if (problem) return problem
  const { pageNumber, perPage } = paging(query)
  const resolved = resolveFilters(query, snap)
  if (!resolved.ok) return { status: 200, body: page([], 0, pageNumber, perPage) }
  const { total, rows } = await servicePage(payload, resolved.filters, pageNumber, perPage, snap)
  if (query.minimal)
    return {
      status: 200,
      body: page(
        rows.map((row) => ({ id: row.hsdsId, last_modified: row.updatedAt })),
        total,
        pageNumber,
        perPage,
      ),
    }
  const lookups = withOrigin(snap, origin)
  const listings = await readListings(payload, rows)
  const contents = listings.map(({ kind, listing }) =>
    query.full
      ? serviceFull(kind, listing, lookups, snap.networkMunicipalities)
      : serviceSummary(kind, listing, lookups),
  )
  return { status: 200, body: page(contents, total, pageNumber, perPage) }
}

async function service(
  payload: Payload,
  snap: Snapshot,
  origin: string,
  id: string,
): Promise<Answer> {
  if (!isUuid(id)) return notFound('service')
  const found = await listingByUuid(payload, id.toLowerCase())
  if (!found) return notFound('service')
  return {
    status: 200,
    body: serviceFull(
      found.kind,
      found.listing,
      withOrigin(snap, origin),
      snap.networkMunicipalities,
    ),
  }
}

function sortedOrganizations(snap: Snapshot, query: HsdsQuery) {
  const search = query.search?.toLowerCase()
  const after = query.modified_after ? new Date(query.modified_after).getTime() : undefined
  return [...snap.lookups.organizations.values()]
    .filter((o) => o.hsdsId)
    .filter(
      (o) =>
        !search ||
        o.name.toLowerCase().includes(search) ||
        (o.description ?? '').toLowerCase().includes(search),
    )
    .filter((o) => after === undefined || new Date(o.updatedAt).getTime() >= after)
    .sort((a, b) => a.name.localeCompare(b.name, 'da') || a.hsdsId!.localeCompare(b.hsdsId!))
}

async function organizations(snap: Snapshot, origin: string, query: HsdsQuery): Promise<Answer> {
  const problem = perPageProblem(query)
  if (problem) return problem
  const { pageNumber, perPage } = paging(query)
  const all = sortedOrganizations(snap, query)
  const slice = all.slice((pageNumber - 1) * perPage, pageNumber * perPage)
  const lookups = withOrigin(snap, origin)
  const contents = slice.map((o) =>
    query.minimal
      ? { id: o.hsdsId!, last_modified: new Date(o.updatedAt).toISOString() }
      : query.full
        ? organizationFull(o, lookups)
        : organizationSummary(o, lookups),
  )
  return { status: 200, body: page(contents, all.length, pageNumber, perPage) }
}

async function organization(
  payload: Payload,
  snap: Snapshot,
  origin: string,
  id: string,
  query: HsdsQuery,
): Promise<Answer> {
  const found = isUuid(id) ? snap.organizationByUuid.get(id.toLowerCase()) : undefined
  if (!found) return notFound('organization')
  const lookups = withOrigin(snap, origin)
  const { rows } = await servicePage(payload, { organizationId: found.id }, 1, 1000, snap)
  const listings = await readListings(payload, rows)
  const list = listings.map(({ kind, listing }) =>
    query.full_service
      ? serviceFull(kind, listing, lookups, snap.networkMunicipalities)
      : serviceSummary(kind, listing, lookups),
  )
  return { status: 200, body: organizationFull(found, lookups, list) }
}

const taxonomyBody = (key: keyof typeof TAXONOMIES) => {
  const t = TAXONOMIES[key]
  return { id: t.id, name: t.name, description: t.description, version: t.version }
}

function termBody(term: Term) {
  const taxonomy = TAXONOMIES[term.taxonomy]
  return {
    id: term.id,
    code: term.code,
    name: term.name,
    description: term.description,
    ...(term.parentId ? { parent_id: term.parentId } : {}),
    taxonomy: taxonomy.name,
    taxonomy_detail: taxonomyBody(term.taxonomy),
    language: 'da',
    taxonomy_id: taxonomy.id,
    ...(term.termUri ? { term_uri: term.termUri } : {}),
  }
}

function listInMemory<T>(items: T[], query: HsdsQuery): Answer {
  const problem = perPageProblem(query)
  if (problem) return problem
  const { pageNumber, perPage } = paging(query)
  return {
    status: 200,
    body: page(
      items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
      items.length,
      pageNumber,
      perPage,
    ),
  }
}

function taxonomyTerms(snap: Snapshot, query: HsdsQuery): Answer {
  const search = query.search?.toLowerCase()
  const taxonomy = query.taxonomy_id?.toLowerCase()
  const terms = snap.terms.filter(
    (term) =>
      (!search ||
        term.name.toLowerCase().includes(search) ||
        term.code.toLowerCase().includes(search)) &&
      (!taxonomy || TAXONOMIES[term.taxonomy].id === taxonomy),
  )
  return listInMemory(terms.map(termBody), query)
}

async function serviceAtLocationList(
  payload: Payload,
  snap: Snapshot,
  origin: string,
  query: HsdsQuery,
): Promise<Answer> {
  const problem = perPageProblem(query)
  if (problem) return problem
  const { pageNumber, perPage } = paging(query)
  let entries = await locationIndex(payload, snap)
  const resolved = resolveFilters(query, snap)
  if (!resolved.ok) return { status: 200, body: page([], 0, pageNumber, perPage) }
  const filters = resolved.filters
  if (Object.keys(filters).length > 0) {
    const { rows } = await servicePage(payload, filters, 1, 1_000_000, snap)
    const wanted = new Set(rows.map((row) => row.hsdsId))
    entries = entries.filter((entry) => wanted.has(entry.serviceId))
  }
  const slice = entries.slice((pageNumber - 1) * perPage, pageNumber * perPage)
  const contents = await serviceAtLocationsOf(payload, snap, origin, slice, query.full === true)
  return { status: 200, body: page(contents, entries.length, pageNumber, perPage) }
}

async function serviceAtLocationsOf(
  payload: Payload,
  snap: Snapshot,
  origin: string,
  entries: Array<{
    kind: import('@/domain/options').ListingKind
    listingId: number
    index: number
  }>,
  full: boolean,
) {
  const listings = await readListings(payload, [
    ...new Map(
      entries.map((e) => [`${e.kind}:${e.listingId}`, { kind: e.kind, id: e.listingId }]),
    ).values(),
  ])
  const byKey = new Map(listings.map((l) => [`${l.kind}:${l.listing.id}`, l]))
  const lookups = withOrigin(snap, origin)
  return entries.flatMap((entry) => {
    const found = byKey.get(`${entry.kind}:${entry.listingId}`)
    if (!found) return []
    const location = serviceAtLocations(found.listing, lookups)[entry.index]
    if (!location) return []
    return [
      {
        ...location,
        service: full
          ? serviceFull(found.kind, found.listing, lookups, snap.networkMunicipalities)
          : serviceSummary(found.kind, found.listing, lookups),
      },
    ]
  })
}

async function serviceAtLocation(
  payload: Payload,
  snap: Snapshot,
  origin: string,
  id: string,
): Promise<Answer> {
  if (!isUuid(id)) return notFound('service_at_location')
  const entries = await locationIndex(payload, snap)
  const entry = entries.find((e) => e.id === id.toLowerCase())
  if (!entry) return notFound('service_at_location')
  const [found] = await serviceAtLocationsOf(payload, snap, origin, [entry], true)
  return found ? { status: 200, body: found } : notFound('service_at_location')
}

/** Parameters that mean something on each path (others are refused, so a typo is not ignored). */
export const allowedParams: Record<string, Array<keyof HsdsQuery>> = {
  '': [],
  services: [
    'search',
    'page',
    'per_page',
    'taxonomy_term_id',
    'taxonomy_id',
    'organization_id',
    'modified_after',
    'minimal',
    'full',
    'format',
  ],
  organizations: ['search', 'page', 'per_page', 'modified_after', 'minimal', 'full', 'format'],
  'organizations/:id': ['full_service'],
  taxonomies: ['search', 'page', 'per_page', 'format'],
  taxonomy_terms: ['search', 'page', 'per_page', 'taxonomy_id', 'format'],
  service_at_locations: [
    'search',
    'page',
    'per_page',
    'taxonomy_term_id',
    'taxonomy_id',
    'organization_id',
    'modified_after',
    'full',
    'format',
  ],
}

/** Answers one request to /api/hsds/<path>. */
export async function answerHsds(
  payload: Payload,
  segments: string[],
  params: URLSearchParams,
  origin: string,
  /** The snapshot the caller already read for this request (one stamp query per request). */
  current?: Snapshot,
): Promise<Answer> {
  const [resource = '', id, ...rest] = segments
  if (rest.length > 0)
    return { status: 404, body: { error: 'not_found', message: 'Unknown path.' } }
  const parsed = parseQuery(params)
  if (!parsed.ok) return parsed.answer
  const query = parsed.query
  const allowed = allowedParams[id === undefined ? resource : `${resource}/:id`] ?? []
  const misplaced = Object.keys(query).filter((key) => !allowed.includes(key as keyof HsdsQuery))
  if (misplaced.length > 0 && (resource in allowedParams || `${resource}/:id` in allowedParams))
    return badRequest(
      misplaced.map((key) => ({ param: key, message: `"${key}" does not apply to this path` })),
    )

  if (resource === '' && id === undefined)
    return {
      status: 200,
      body: {
        version: HSDS_VERSION,
        profile: HSDS_PROFILE,
        openapi_url: `${origin}/api/openapi.json`,
      },
    }
  const snap = current ?? (await snapshot(payload))
  switch (resource) {
    case 'services':
      return id === undefined
        ? services(payload, snap, origin, query)
        : service(payload, snap, origin, id)
    case 'organizations':
      return id === undefined
        ? organizations(snap, origin, query)
        : organization(payload, snap, origin, id, query)
    case 'taxonomies': {
      if (id === undefined) {
        const search = query.search?.toLowerCase()
        return listInMemory(
          taxonomyList()
            .filter((t) => !search || t.name.toLowerCase().includes(search))
            .map((t) => taxonomyBody(t.key)),
          query,
        )
      }
      const taxonomy = taxonomyList().find((t) => t.id === id.toLowerCase())
      return taxonomy ? { status: 200, body: taxonomyBody(taxonomy.key) } : notFound('taxonomy')
    }
    case 'taxonomy_terms': {
      if (id === undefined) return taxonomyTerms(snap, query)
      const term = snap.termById.get(id.toLowerCase())
      return term ? { status: 200, body: termBody(term) } : notFound('taxonomy_term')
    }
    case 'service_at_locations':
      return id === undefined
        ? serviceAtLocationList(payload, snap, origin, query)
        : serviceAtLocation(payload, snap, origin, id)
    default:
      return { status: 404, body: { error: 'not_found', message: 'Unknown path.' } }
  }
}

/** The HTTP answer: JSON, CORS, the cache (per data stamp) and ETag revalidation. */
export async function hsdsResponse(
  payload: Payload,
  request: Request,
  segments: string[],
  origin: string,
): Promise<Response> {
  const started = performance.now()
  const url = new URL(request.url)
  const key = `${origin} ${segments.join('/')}?${url.searchParams.toString()}`
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
  }
  // The stamp is read first, so the cached answer is that of the data as it is now.
  const snap = await snapshot(payload)
  const cached = cachedResponse(snap.stamp, key)
  const respond = (status: number, body: string, etag?: string) => {
    if (etag && request.headers.get('if-none-match') === etag)
      return new Response(null, {
        status: 304,
        headers: { ...headers, ETag: etag, 'Cache-Control': CACHE_CONTROL },
      })
    return new Response(request.method === 'HEAD' ? null : body, {
      status,
      headers: {
        ...headers,
        ...(etag
          ? { ETag: etag, 'Cache-Control': CACHE_CONTROL }
          : { 'Cache-Control': 'no-store' }),
        'X-HSDS-Cache': cached ? 'hit' : 'miss',
        'Server-Timing': `app;dur=${(performance.now() - started).toFixed(1)}`,
      },
    })
  }
  if (cached) return respond(200, cached.body, cached.etag)
  const answer = await answerHsds(payload, segments, url.searchParams, origin, snap)
  const body = JSON.stringify(answer.body)
  if (answer.status !== 200) return respond(answer.status, body)
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  cacheResponse(snap.stamp, key, body, etag)
  return respond(200, body, etag)
}
