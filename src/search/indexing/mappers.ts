import type { Payload, SelectType, Where } from 'payload'

import { relationId, relationIds } from '@/utilities/relationId'
import { mentorTypes, offerTypes, schoolTypes } from '@/domain/options'
import { paths } from '@/domain/urls'
import type { LegislationNote, Mentor, Offer, SchoolOption, User } from '@/payload-types'
import { lexicalToText } from '@/utilities/richText'
import { freshnessDocumentFields, noFreshness } from '@/freshness/searchFields'
import { geoDocumentFields, noGeo } from '@/geo/searchFields'
import { outcomeDocumentFields } from '@/outcomes/searchFields'

import type { SearchKind } from '../query/params'
import type { SearchCollection } from '../query/types'
import { danishSearchFields, danishStems } from './danish'
import {
  documentId,
  documentKey,
  type Listing,
  type Lookups,
  type SearchDocument,
  type SearchSourceRow,
} from './documents'

/** What a mapper gets besides the row: the reference names of its batch, and whether to fold. */
export type MapperContext = {
  collection: SearchCollection
  lookups: Lookups
  /** Danish folded spellings and compound parts; the Postgres fallback needs none. */
  withVariants: boolean
}

/**
 * Turns a published row of one collection into its search document (`null`: not in the index),
 * and may say which of its documents depend on a row of a reference collection beyond the
 * relationship fields that point at it (found from the collection's fields by the plugin).
 */
export type SearchDocumentMapper<Row = SearchSourceRow> = {
  /**
   * What the Postgres fallback reads besides title, summary, slug, visibility, topics, status and
   * update time: the fields its filters and facets need (it matches words in title and summary).
   */
  fallbackSelect?: SelectType
  // Methods, not function properties: a mapper of offers serves where any row is expected.
  toDocument(row: Row, context: MapperContext): SearchDocument | null
  dependents?(reference: string, id: number): Where | undefined
  /**
   * What the collection's read access asks beyond the visibility every document has
   * (../query/search.ts visibilityFilter): a Meilisearch filter on this collection's documents
   * for one reader, built on the server from the session; null when visibility decides alone.
   */
  readerFilter?(payload: Payload, user: SearchReader | null): Promise<string | null>
}

/** Who searches, as the search filters know them. */
export type SearchReader = Pick<User, 'id' | 'role' | 'organization' | 'municipality'>

const labelOf = (list: ReadonlyArray<{ value: string; da: string }>, value?: string | null) =>
  list.find((item) => item.value === value)?.da

function words(...parts: Array<string | null | undefined>): string {
  return parts.filter(Boolean).join('\n')
}

export function danishVariants(
  title: string,
  summary: string,
  text: string,
  places = '',
  topicNames: string[] = [],
) {
  const join = (fields: { folded: string; parts: string }) =>
    `${fields.folded} ${fields.parts}`.trim()
  return {
    titleVariants: join(danishSearchFields(`${title} ${places}`)),
    summaryVariants: join(danishSearchFields(summary)),
    textVariants: join(danishSearchFields(text)),
    titleStems: danishStems(`${title}\n${topicNames.join('\n')}`),
    stems: danishStems(`${summary}\n${text}`),
  }
}

export const noVariants = () => ({
  titleVariants: '',
  summaryVariants: '',
  textVariants: '',
  titleStems: '',
  stems: '',
})

/** The fields every search document has, from what listings and notes share. */
export function baseDocument(
  row: SearchSourceRow,
  kind: SearchKind,
  basisIds: number[],
  { collection, lookups }: MapperContext,
) {
  const slug = row.slug ?? String(row.id)
  const topicChain = relationIds(row.topics).flatMap((id) => lookups.topicWithParents(id))
  const bases = basisIds.flatMap((id) => {
    const basis = lookups.legalBases.get(id)
    return basis ? [basis] : []
  })
  const basisNames = bases.flatMap((basis) => {
    const replaced = basis.replaces == null ? undefined : lookups.legalBases.get(basis.replaces)
    return [basis.citation, basis.heading, ...(replaced ? [replaced.citation] : [])]
  })
  return {
    id: documentId(collection, row.id),
    key: documentKey(collection, row.id),
    docId: row.id,
    collection,
    kind,
    visibility: row.visibility,
    slug,
    url: paths.document(kind, slug),
    title: row.title,
    titleSort: row.title.toLocaleLowerCase('da'),
    summary: row.summary,
    topics: [...new Set(topicChain.map((topic) => topic.slug))],
    topicNames: [...new Set(topicChain.map((topic) => topic.name))],
    legalBases: bases.map((basis) => basis.externalId),
    legalBasisNames: [...new Set(basisNames.filter(Boolean))],
    updatedAt: Date.parse(row.updatedAt),
  }
}

/**
 * The waiting time `sort=waiting` orders by: none when open for referral, the stated weeks on a
 * waiting list (or when full, if stated), otherwise unknown (null sorts last in Meilisearch).
 */
export function waitingWeeksOf(
  capacity: { status?: string | null; waitingWeeks?: number | null } | null | undefined,
): number | null {
  if (!capacity?.status) return null
  if (capacity.status === 'open') return 0
  return typeof capacity.waitingWeeks === 'number' ? capacity.waitingWeeks : null
}

const kindOfListing: Record<string, SearchKind> = {
  offers: 'offer',
  mentors: 'mentor',
  'school-options': 'school-option',
}

/** Offers, mentors and school options: one document each, with provider, places and ages. */
export const listingToDocument: SearchDocumentMapper<Listing> = {
  fallbackSelect: {
    legalBasis: true,
    provider: true,
    coverage: true,
    wholeNetwork: true,
    ageMin: true,
    ageMax: true,
    cost: { type: true },
    capacity: { status: true, waitingWeeks: true, asOf: true },
    languages: true,
    offerType: true,
    mentorType: true,
    schoolType: true,
    lastVerifiedAt: true,
    lastVerifiedHow: true,
    nextReviewAt: true,
    locations: { name: true, city: true, latitude: true, longitude: true },
    outcomes: { outcome: true },
  },
  toDocument: (listing, context) => {
    if (listing._status !== 'published') return null
    const { lookups } = context
    const variants = context.withVariants ? danishVariants : noVariants
    const kind = kindOfListing[context.collection]
    if (!kind) throw new Error(`"${context.collection}" is not a listing collection`)
    const base = baseDocument(listing, kind, relationIds(listing.legalBasis), context)
    const providerId = relationId(listing.provider)
    const provider = providerId === undefined ? undefined : lookups.organizations.get(providerId)
    const coverage = relationIds(listing.coverage).flatMap((id) => {
      const municipality = lookups.municipalities.get(id)
      return municipality ? [municipality] : []
    })
    const municipalities = listing.wholeNetwork
      ? lookups.memberCodes()
      : coverage.map((municipality) => municipality.code)
    const places = [
      ...coverage.map((municipality) => municipality.name),
      ...(listing.locations ?? []).flatMap((location) => [location.name, location.city]),
    ].filter((place): place is string => Boolean(place))
    const kindLabels = [
      labelOf(offerTypes, (listing as Offer).offerType),
      labelOf(mentorTypes, (listing as Mentor).mentorType),
      labelOf(schoolTypes, (listing as SchoolOption).schoolType),
    ]
    const text = words(
      lexicalToText(listing.description),
      listing.schedule,
      listing.referral?.howTo,
      (listing as SchoolOption).profile,
      listing.evidence?.results,
      ...kindLabels,
    )
    const ages: number[] = []
    for (let age = listing.ageMin; age <= listing.ageMax; age++) ages.push(age)
    return {
      ...base,
      ...variants(base.title, base.summary, text, places.join(' '), base.topicNames),
      text,
      providerId: providerId ?? null,
      providerName: provider?.name ?? null,
      municipalities: [...new Set(municipalities)].sort(),
      places: [...new Set(places)],
      ages,
      cost: listing.cost?.type ?? null,
      capacity: listing.capacity?.status ?? null,
      languages: listing.languages ?? [],
      waitingWeeks: waitingWeeksOf(listing.capacity),
      capacityAsOf: listing.capacity?.asOf ? Date.parse(listing.capacity.asOf) : null,
      wholeNetwork: Boolean(listing.wholeNetwork),
      listingType:
        (listing as Offer).offerType ??
        (listing as Mentor).mentorType ??
        (listing as SchoolOption).schoolType ??
        null,
      ...freshnessDocumentFields(listing),
      ...geoDocumentFields(listing.locations),
      ...outcomeDocumentFields(listing.outcomes, lookups.outcomes),
    }
  },
  // Whole-network listings carry every member municipality's code, not only those they name.
  dependents(reference, id): Where | undefined {
    if (reference !== 'municipalities') return undefined
    return { or: [{ coverage: { in: [id] } }, { wholeNetwork: { equals: true } }] }
  },
}

/** Legislation notes: one document each, with the text of the note and its legal bases. */
export const legislationNoteToDocument: SearchDocumentMapper<LegislationNote> = {
  fallbackSelect: { legalBases: true },
  toDocument: (note, context) => {
    if (note._status !== 'published') return null
    const variants = context.withVariants ? danishVariants : noVariants
    const base = baseDocument(note, 'legislation-note', relationIds(note.legalBases), context)
    const text = lexicalToText(note.body)
    return {
      ...base,
      ...variants(base.title, base.summary, text, '', base.topicNames),
      text,
      providerId: null,
      providerName: null,
      municipalities: [],
      places: [],
      ages: [],
      cost: null,
      capacity: null,
      languages: [],
      waitingWeeks: null,
      capacityAsOf: null,
      wholeNetwork: false,
      listingType: null,
      ...noFreshness,
      ...noGeo,
    }
  },
}
