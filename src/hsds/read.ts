import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

import { collectionOfKind, listingKinds, type ListingKind } from '@/domain/options'

import { derivedId } from './ids'
import {
  type LegalBasisRecord,
  legalBasisTerm,
  type ListingRecord,
  locationKeys,
  type Lookups,
  type MunicipalityRecord,
  type OrganizationRecord,
  type TopicRecord,
  topicTerm,
} from './mapping'
import { FIXED_TERMS, type Term, TAXONOMIES, type TaxonomyKey } from './vocabulary'

/**
 * Reads for the HSDS API. Everything is read as the anonymous visitor reads it: the Local API with
 * `overrideAccess: false` and no user (published, public, no internal field, no internal contact),
 * and the SQL that pages the services asks for the same rows (published, public) before the Local
 * API reads them, so a mistake in one is caught by the other.
 */

type SQL = ReturnType<typeof sql>

type Db = {
  drizzle: { execute: (query: SQL) => Promise<{ rows: Array<Record<string, unknown>> }> }
}
const db = (payload: Payload) => (payload.db as unknown as Db).drizzle

const tableOfKind: Record<ListingKind, string> = {
  offer: 'offers',
  mentor: 'mentors',
  'school-option': 'school_options',
}
export const kinds = listingKinds.map((kind) => kind.value) as ListingKind[]

/** The fields of a listing the HSDS mapping reads (ListingRecord): workflow, outcomes and the
 * version bookkeeping stay out of the query, which keeps a page of 50 services cheap. */
const commonListingFields = [
  'hsdsId',
  'title',
  'summary',
  'description',
  'provider',
  'schedule',
  'ageMin',
  'ageMax',
  'topics',
  'languages',
  'wholeNetwork',
  'coverage',
  'legalBasis',
  'referral',
  'cost',
  'capacity',
  'contacts',
  'locations',
  'evidence',
  'visibility',
  'slug',
  'lastVerifiedAt',
  'updatedAt',
] as const
const kindListingFields: Record<ListingKind, readonly string[]> = {
  offer: ['offerType'],
  mentor: ['mentorType'],
  'school-option': ['schoolType', 'gradeFrom', 'gradeTo', 'admissionViaPPR'],
}
const listingRecordSelect = (kind: ListingKind): SelectType =>
  Object.fromEntries(
    [...commonListingFields, ...kindListingFields[kind]].map((field) => [field, true]),
  )

/**
 * A stamp of the published data: the newest change and the row count of every table the HSDS
 * output reads. A publish, an unpublish, an edit or a delete changes it, on whichever app server
 * it happened, so the cache below is never stale by more than the one query that reads it.
 */
export async function dataStamp(payload: Payload): Promise<string> {
  const tables = [
    'offers',
    'mentors',
    'school_options',
    'organizations',
    'topics',
    'legal_bases',
    'municipalities',
  ]
  const parts = tables.map(
    (table) =>
      sql`(select coalesce(max(updated_at)::text, '') || '/' || count(*)::text from ${sql.identifier(table)})`,
  )
  const { rows } = await db(payload).execute(
    sql`select concat_ws('|', ${sql.join(parts, sql`, `)}) as stamp`,
  )
  return String(rows[0]?.stamp ?? '')
}

export type Snapshot = {
  stamp: string
  lookups: Omit<Lookups, 'origin'>
  networkMunicipalities: MunicipalityRecord[]
  terms: Term[]
  termById: Map<string, Term>
  organizationByUuid: Map<string, OrganizationRecord>
  /** Lazily built: every service-at-location of the public listings, in output order. */
  locations?: Promise<LocationEntry[]>
  /** Lazily built per filter: the ordered services (ids only), so a page is a slice. */
  services?: Map<string, Promise<ServiceRow[]>>
}

export type LocationEntry = {
  id: string
  kind: ListingKind
  listingId: number
  serviceId: string
  index: number
}

/** Everything the HSDS output shows is read as the anonymous visitor reads it. */
async function readAll<T>(
  payload: Payload,
  collection: CollectionSlug,
  where?: Where,
  select?: SelectType,
): Promise<T[]> {
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    depth: 0,
    draft: false,
    pagination: false,
    ...(where ? { where } : {}),
    ...(select ? { select } : {}),
  })
  return docs as unknown as T[]
}

let current: Promise<Snapshot> | undefined
let currentStamp = ''
const responses = new Map<string, { body: string; etag: string }>()
const MAX_CACHED_RESPONSES = 2000

/** The small tables and the vocabulary for one stamp (read once per change of the data). */
export async function snapshot(payload: Payload): Promise<Snapshot> {
  const stamp = await dataStamp(payload)
  if (!current || currentStamp !== stamp) {
    currentStamp = stamp
    responses.clear()
    current = loadSnapshot(payload, stamp)
    current.catch(() => {
      if (currentStamp === stamp) current = undefined
    })
  }
  return current
}

async function loadSnapshot(payload: Payload, stamp: string): Promise<Snapshot> {
  const [topics, legalBases, municipalities, organizations] = await Promise.all([
    readAll<TopicRecord>(payload, 'topics'),
    readAll<LegalBasisRecord>(payload, 'legal-bases'),
    readAll<MunicipalityRecord>(payload, 'municipalities'),
    readAll<OrganizationRecord>(payload, 'organizations'),
  ])
  const topicMap = new Map(topics.map((topic) => [topic.id, topic]))
  const terms: Term[] = [
    ...FIXED_TERMS,
    ...topics.filter((topic) => topic.hsdsId).map((topic) => topicTerm(topic, topicMap)),
    ...legalBases.map(legalBasisTerm),
  ]
  return {
    stamp,
    lookups: {
      topics: topicMap,
      legalBases: new Map(legalBases.map((basis) => [basis.id, basis])),
      municipalities: new Map(municipalities.map((m) => [m.id, m])),
      organizations: new Map(organizations.map((o) => [o.id, o])),
    },
    networkMunicipalities: municipalities
      .filter((m) => m.networkMember)
      .sort((a, b) => a.code.localeCompare(b.code)),
    terms,
    termById: new Map(terms.map((term) => [term.id, term])),
    organizationByUuid: new Map(organizations.filter((o) => o.hsdsId).map((o) => [o.hsdsId!, o])),
  }
}

/** A cached answer for this stamp and request (the same public answer for everybody). */
export function cachedResponse(stamp: string, key: string) {
  return stamp === currentStamp ? responses.get(key) : undefined
}

export function cacheResponse(stamp: string, key: string, body: string, etag: string) {
  if (stamp !== currentStamp) return
  if (responses.size >= MAX_CACHED_RESPONSES) responses.delete(responses.keys().next().value!)
  responses.set(key, { body, etag })
}

/** The filters of a services query, resolved to our model (AND between them). */
export type ServiceFilters = {
  search?: string
  organizationId?: number
  term?: Term
  taxonomy?: TaxonomyKey
  modifiedAfter?: Date
}

function serviceSelect(kind: ListingKind, filters: ServiceFilters): SQL | null {
  const table = tableOfKind[kind]
  const t = sql.identifier(table)
  const rels = sql.identifier(`${table}_rels`)
  const conditions: SQL[] = [
    sql`${t}._status = 'published'`,
    sql`${t}.visibility = 'public'`,
    sql`${t}.hsds_id is not null`,
  ]
  if (filters.search) {
    const pattern = `%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    conditions.push(sql`(${t}.title ilike ${pattern} or ${t}.summary ilike ${pattern})`)
  }
  if (filters.organizationId !== undefined)
    conditions.push(sql`${t}.provider_id = ${filters.organizationId}`)
  if (filters.modifiedAfter)
    conditions.push(sql`${t}.updated_at >= ${filters.modifiedAfter.toISOString()}`)
  const hasRel = (path: string, column: string, id?: number) =>
    sql`exists (select 1 from ${rels} r where r.parent_id = ${t}.id and r.path = ${path} and ${
      id === undefined
        ? sql`${sql.identifier('r')}.${sql.identifier(column)} is not null`
        : sql`${sql.identifier('r')}.${sql.identifier(column)} = ${id}`
    })`
  const filter = filters.term?.filter
  if (filter) {
    if (filter.on === 'kind' && filter.kind !== kind) return null
    if (filter.on === 'column') {
      if ('kind' in filter && filter.kind !== kind) return null
      conditions.push(sql`${t}.${sql.identifier(filter.column)} = ${filter.value}`)
    }
    if (filter.on === 'flag') conditions.push(sql`${t}.${sql.identifier(filter.column)} = true`)
    if (filter.on === 'topic') conditions.push(hasRel('topics', 'topics_id', filter.topicId))
    if (filter.on === 'legal-basis')
      conditions.push(hasRel('legalBasis', 'legal_bases_id', filter.legalBasisId))
  }
  if (filters.taxonomy === 'topics') conditions.push(hasRel('topics', 'topics_id'))
  if (filters.taxonomy === 'legal-bases') conditions.push(hasRel('legalBasis', 'legal_bases_id'))
  return sql`select ${kind}::text as kind, ${t}.id, ${t}.hsds_id, ${t}.title, ${t}.updated_at from ${t} where ${sql.join(conditions, sql` and `)}`
}

export type ServiceRow = { kind: ListingKind; id: number; hsdsId: string; updatedAt: string }

/** Every service of a filter, by title, then id (ids and dates only). */
async function serviceRows(payload: Payload, filters: ServiceFilters): Promise<ServiceRow[]> {
  const selects = kinds
    .map((kind) => serviceSelect(kind, filters))
    .filter((s): s is SQL => s !== null)
  if (selects.length === 0) return []
  const union = sql.join(selects, sql` union all `)
  const list = await db(payload).execute(
    sql`select kind, id, hsds_id, updated_at from (${union}) s order by title, hsds_id`,
  )
  return list.rows.map((row) => ({
    kind: row.kind as ListingKind,
    id: Number(row.id),
    hsdsId: String(row.hsds_id),
    updatedAt: new Date(String(row.updated_at)).toISOString(),
  }))
}

/** The filters a snapshot keeps the ordered services of (the most recent ones). */
const MAX_CACHED_FILTERS = 20

/**
 * One page of services (by title, then id), and how many there are in all. The ordered ids of a
 * filter are read once per stamp of the data (one SQL statement) and kept with the snapshot, so
 * every page of it (and its total) is a slice: paging stays flat however many listings there are.
 */
export async function servicePage(
  payload: Payload,
  filters: ServiceFilters,
  page: number,
  perPage: number,
  snap?: Snapshot,
): Promise<{ total: number; rows: ServiceRow[] }> {
  let all: Promise<ServiceRow[]>
  if (snap) {
    const key = JSON.stringify({
      search: filters.search,
      organizationId: filters.organizationId,
      term: filters.term?.id,
      taxonomy: filters.taxonomy,
      modifiedAfter: filters.modifiedAfter?.toISOString(),
    })
    snap.services ??= new Map()
    const cached = snap.services.get(key)
    if (cached) all = cached
    else {
      if (snap.services.size >= MAX_CACHED_FILTERS)
        snap.services.delete(snap.services.keys().next().value!)
      all = serviceRows(payload, filters)
      snap.services.set(key, all)
      all.catch(() => snap.services?.delete(key))
    }
  } else all = serviceRows(payload, filters)
  const rows = await all
  return { total: rows.length, rows: rows.slice((page - 1) * perPage, page * perPage) }
}

/** The listings of these rows, read with the anonymous visitor's access, in the rows' order. */
export async function readListings(
  payload: Payload,
  rows: Array<{ kind: ListingKind; id: number }>,
): Promise<Array<{ kind: ListingKind; listing: ListingRecord }>> {
  const byKind = new Map<ListingKind, number[]>()
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.id])
  const found = new Map<string, ListingRecord>()
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const docs = await readAll<ListingRecord>(
        payload,
        collectionOfKind[kind],
        { and: [{ id: { in: ids } }, { visibility: { equals: 'public' } }] },
        listingRecordSelect(kind),
      )
      for (const doc of docs) found.set(`${kind}:${doc.id}`, doc)
    }),
  )
  return rows.flatMap((row) => {
    const listing = found.get(`${row.kind}:${row.id}`)
    return listing?.hsdsId ? [{ kind: row.kind, listing }] : []
  })
}

/** One public listing by its HSDS id, or null. */
export async function listingByUuid(
  payload: Payload,
  uuid: string,
): Promise<{ kind: ListingKind; listing: ListingRecord } | null> {
  for (const kind of kinds) {
    const docs = await readAll<ListingRecord>(
      payload,
      collectionOfKind[kind],
      { and: [{ hsdsId: { equals: uuid } }, { visibility: { equals: 'public' } }] },
      listingRecordSelect(kind),
    )
    if (docs[0]) return { kind, listing: docs[0] }
  }
  return null
}

/**
 * Every service-at-location of the public listings, in the services' order: read once per stamp
 * (its ids derive from the listing's UUID and the location's address, see mapping.ts).
 */
export function locationIndex(payload: Payload, snap: Snapshot): Promise<LocationEntry[]> {
  snap.locations ??= (async () => {
    const selects = kinds.map((kind) => {
      const table = tableOfKind[kind]
      const t = sql.identifier(table)
      const l = sql.identifier(`${table}_locations`)
      return sql`select ${kind}::text as kind, ${t}.id, ${t}.hsds_id, ${t}.title, ${l}._order, ${l}.address, ${l}.postal_code from ${t} join ${l} on ${l}._parent_id = ${t}.id where ${t}._status = 'published' and ${t}.visibility = 'public' and ${t}.hsds_id is not null`
    })
    const { rows } = await db(payload).execute(
      sql`select * from (${sql.join(selects, sql` union all `)}) s order by title, hsds_id, _order`,
    )
    const entries: LocationEntry[] = []
    let i = 0
    while (i < rows.length) {
      const first = rows[i]!
      const group: typeof rows = []
      while (i < rows.length && rows[i]!.hsds_id === first.hsds_id) group.push(rows[i++]!)
      const serviceId = String(first.hsds_id)
      const keys = locationKeys(
        group.map((row) => ({
          address: row.address as string | null,
          postalCode: row.postal_code as string | null,
        })),
      )
      keys.forEach((key, index) =>
        entries.push({
          id: derivedId(serviceId, 'service-at-location', key),
          kind: first.kind as ListingKind,
          listingId: Number(first.id),
          serviceId,
          index,
        }),
      )
    }
    return entries
  })()
  return snap.locations
}

export const taxonomyList = () => Object.values(TAXONOMIES)
