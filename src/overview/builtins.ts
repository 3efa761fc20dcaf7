import type { CollectionSlug, Payload } from 'payload'
import { z } from 'zod'

import { formatDanishDate } from '@/domain/danishDate'
import { DEFAULT_REVIEW_INTERVAL_MONTHS, reviewState } from '@/domain/freshness'
import { listingCollections } from '@/domain/options'
import { moderatedCollections } from '@/moderation/options'
import { relationId, relationIds } from '@/utilities/relationId'

import type { OverviewContext, OverviewSection } from './sections'
import {
  ageTable,
  bucketRange,
  freshnessLabels,
  freshnessTable,
  type AgeBucket,
  type FreshnessState,
  type ListingFact,
  type OverviewTable,
} from './tables'

const ADMIN = '/admin'
export const OVERVIEW_PATH = `${ADMIN}/overblik`

/** The review interval of a kind of listing, in months. */
export type IntervalFor = (collection: string, payload: Pick<Payload, 'config'>) => number

/**
 * The freshness plugin's interval per kind when it is configured (its sanitized options under
 * `config.custom.freshness.intervalMonths`), else the default of 6 months.
 */
export const defaultIntervalFor: IntervalFor = (collection, payload) => {
  const freshness = (payload.config.custom as Record<string, unknown> | undefined)?.freshness as
    { intervalMonths?: Record<string, number> } | undefined
  return freshness?.intervalMonths?.[collection] ?? DEFAULT_REVIEW_INTERVAL_MONTHS
}

const kindLabel = (context: OverviewContext, slug: string) => {
  const label = context.payload.collections[slug as CollectionSlug]?.config.labels?.plural
  if (typeof label === 'string') return label
  return (label as Record<string, string> | undefined)?.da ?? slug
}

/** Every published listing the reader may read, with its freshness now. One query per kind. */
async function listingFacts(
  context: OverviewContext,
  intervalFor: IntervalFor,
): Promise<{ listings: ListingFact[]; members: number[] }> {
  const { payload, req, now } = context
  // Whole-network listings cover every member municipality.
  const { docs: memberDocs } = await payload.find({
    collection: 'municipalities',
    where: { networkMember: { equals: true } },
    select: { networkMember: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const members = memberDocs.map((doc) => doc.id)
  const listings: ListingFact[] = []
  for (const collection of listingCollections) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      select: {
        title: true,
        provider: true,
        coverage: true,
        wholeNetwork: true,
        lastVerifiedAt: true,
        createdAt: true,
      },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    for (const doc of docs) {
      const state = reviewState(
        { lastVerifiedAt: doc.lastVerifiedAt ?? null, createdAt: doc.createdAt },
        intervalFor(collection, payload),
        now,
      )
      listings.push({
        collection,
        id: doc.id,
        title: doc.title,
        providerId: relationId(doc.provider) ?? null,
        municipalityIds: doc.wholeNetwork ? members : relationIds(doc.coverage),
        state: state.state,
        nextReviewAt: state.nextReviewAt,
      })
    }
  }
  return { listings, members }
}

/** The drill-down's parameters, checked: anything else is left out, never an error page. */
export const drillParams = z.object({
  organisation: z.coerce.number().int().positive().max(2147483647).optional().catch(undefined),
  kommune: z.coerce.number().int().positive().max(2147483647).optional().catch(undefined),
  tilstand: z.enum(['fresh', 'due', 'overdue']).optional().catch(undefined),
})

const drillLink = (by: 'organisation' | 'kommune', id: number, state?: FreshnessState) =>
  `${OVERVIEW_PATH}?${by}=${id}${state ? `&tilstand=${state}` : ''}#opslag`

/** Fresh / due / overdue per organization and per municipality, and the listings behind a count. */
export const freshnessSection = (
  intervalFor: IntervalFor = defaultIntervalFor,
): OverviewSection => ({
  key: 'freshness',
  title: 'Er opslagene bekræftet?',
  load: async (context) => {
    const { payload, req } = context
    const { listings } = await listingFacts(context, intervalFor)
    const [{ docs: organizations }, { docs: municipalities }] = await Promise.all([
      payload.find({
        collection: 'organizations',
        select: { name: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req,
      }),
      payload.find({
        collection: 'municipalities',
        select: { name: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req,
      }),
    ])
    const tables: OverviewTable[] = [
      freshnessTable({
        key: 'organisationer',
        title: 'Pr. organisation',
        groupLabel: 'Organisation',
        groups: organizations.map((org) => ({ id: org.id, name: org.name })),
        listings,
        groupsOf: (listing) => (listing.providerId === null ? [] : [listing.providerId]),
        drill: (id, state) => drillLink('organisation', id, state),
      }),
      freshnessTable({
        key: 'kommuner',
        title: 'Pr. kommune (de opslag, der dækker kommunen)',
        groupLabel: 'Kommune',
        groups: municipalities.map((municipality) => ({
          id: municipality.id,
          name: municipality.name,
        })),
        listings,
        groupsOf: (listing) => listing.municipalityIds,
        drill: (id, state) => drillLink('kommune', id, state),
      }),
    ]
    const drill = drillParams.safeParse(context.params ?? {})
    const { organisation, kommune, tilstand } = drill.success ? drill.data : {}
    if (organisation !== undefined || kommune !== undefined) {
      const name =
        organisation !== undefined
          ? organizations.find((org) => org.id === organisation)?.name
          : municipalities.find((municipality) => municipality.id === kommune)?.name
      const chosen = listings
        .filter((listing) =>
          organisation !== undefined
            ? listing.providerId === organisation
            : listing.municipalityIds.includes(kommune!),
        )
        .filter((listing) => !tilstand || listing.state === tilstand)
        .sort((a, b) => a.nextReviewAt.getTime() - b.nextReviewAt.getTime())
      tables.push({
        key: 'opslag',
        title: `Opslag: ${name ?? 'ukendt'}${tilstand ? ` – ${freshnessLabels[tilstand].toLowerCase()}` : ''}`,
        columns: [
          { key: 'title', label: 'Titel' },
          { key: 'kind', label: 'Slags' },
          { key: 'state', label: 'Tilstand' },
          { key: 'nextReviewAt', label: 'Skal bekræftes senest' },
        ],
        rows: chosen.map((listing) => ({
          title: {
            value: listing.title,
            href: `${ADMIN}/collections/${listing.collection}/${listing.id}`,
          },
          kind: { value: kindLabel(context, listing.collection) },
          state: { value: freshnessLabels[listing.state] },
          nextReviewAt: { value: formatDanishDate(listing.nextReviewAt.toISOString()) },
        })),
        empty: 'Ingen opslag her.',
      })
    }
    return tables
  },
})

/** The slug and fields the error reports are read by (issue 13's "Meld en fejl"). */
const ERROR_REPORTS = 'error-reports' as CollectionSlug
const openStatuses = [
  { key: 'new', label: 'Ny' },
  { key: 'in-progress', label: 'Under behandling' },
]

const listFilter = (
  collection: string,
  conditions: { field: string; op: string; value: string }[],
) =>
  `${ADMIN}/collections/${collection}?${conditions
    .map(
      (condition, index) =>
        `where[and][${index}][${condition.field}][${condition.op}]=${encodeURIComponent(condition.value)}`,
    )
    .join('&')}`

/**
 * Open items of a collection by age, one row per value of `kindField` (a status, a kind), each
 * count a link to the admin list filtered the same way. Read with the reader's access.
 */
export function openItemsByAgeSection({
  key,
  title,
  tableKey,
  collection,
  kindField,
  rowLabel,
  rowKinds,
  openWhere,
  empty,
}: {
  key: string
  title: string
  tableKey: string
  collection: string
  kindField: string
  rowLabel: string
  rowKinds: { key: string; label: string }[]
  /** The open items, as conditions the admin list can also take. */
  openWhere: { field: string; op: string; value: string }[]
  empty: string
}): OverviewSection {
  const slug = collection as CollectionSlug
  return {
    key,
    title,
    load: async ({ payload, req, now }) => {
      if (!payload.collections[slug]) return []
      const { docs } = await payload.find({
        collection: slug,
        where: {
          and: [
            ...openWhere.map((condition) => ({
              [condition.field]: { [condition.op]: condition.value },
            })),
            { [kindField]: { in: rowKinds.map((kind) => kind.key) } },
          ],
        },
        select: { [kindField]: true, createdAt: true } as never,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req,
      })
      const link = (kind: string, bucket?: AgeBucket) => {
        const conditions = [...openWhere, { field: kindField, op: 'equals', value: kind }]
        if (bucket) {
          const range = bucketRange(bucket, now)
          conditions.push({
            field: 'createdAt',
            op: 'less_than_equal',
            value: range.before.toISOString(),
          })
          if (range.after) {
            conditions.push({
              field: 'createdAt',
              op: 'greater_than',
              value: range.after.toISOString(),
            })
          }
        }
        return listFilter(collection, conditions)
      }
      return [
        ageTable({
          key: tableKey,
          title: 'Efter alder',
          rowLabel,
          rowKinds,
          items: (docs as unknown as Record<string, string>[]).map((doc) => ({
            kind: doc[kindField],
            since: new Date(doc.createdAt),
          })),
          now,
          link,
          empty,
        }),
      ]
    },
  }
}

/** Open error reports by age, when the portal has the collection. */
export const errorReportsSection = openItemsByAgeSection({
  key: 'error-reports',
  title: 'Fejlmeldinger, der ikke er lukket',
  tableKey: 'fejlmeldinger',
  collection: ERROR_REPORTS,
  kindField: 'status',
  rowLabel: 'Status',
  rowKinds: openStatuses,
  openWhere: [],
  empty: 'Ingen åbne fejlmeldinger.',
})

/** Changes awaiting a consultant, by how long they have waited, per kind. */
export const reviewQueueSection: OverviewSection = {
  key: 'review-queue',
  title: 'Ændringer, der venter på gennemsyn',
  load: async (context) => {
    const { payload, req, now } = context
    const items: { kind: string; since: Date }[] = []
    const kinds: { key: string; label: string }[] = []
    for (const collection of moderatedCollections(payload)) {
      kinds.push({ key: collection, label: kindLabel(context, collection) })
      const { docs } = await payload.findVersions({
        collection,
        where: {
          and: [
            { latest: { equals: true } },
            { 'version.review.status': { equals: 'awaiting-review' } },
          ],
        },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: false,
        req,
      })
      for (const doc of docs) {
        const version = doc.version as { review?: { submittedAt?: string | null } }
        items.push({
          kind: collection,
          since: new Date(version.review?.submittedAt ?? doc.updatedAt),
        })
      }
    }
    return [
      ageTable({
        key: 'gennemsyn',
        title: 'Efter ventetid',
        rowLabel: 'Slags',
        rowKinds: kinds,
        items,
        now,
        link: () => `${ADMIN}/review`,
        empty: 'Ingen ændringer venter.',
      }),
    ]
  },
}

/** Every table of every section, in order, for the view and the CSV export. */
export async function loadOverview(
  sections: OverviewSection[],
  context: OverviewContext,
): Promise<{ section: OverviewSection; tables: OverviewTable[] }[]> {
  const results: { section: OverviewSection; tables: OverviewTable[] }[] = []
  for (const section of sections) {
    results.push({ section, tables: await section.load(context) })
  }
  return results
}
