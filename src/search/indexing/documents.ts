import type { DataFromCollectionSlug, Payload, Where } from 'payload'

import { relationId } from '@/utilities/relationId'
import type { LegislationNote, Mentor, Method, Offer, SchoolOption } from '@/payload-types'

import type { FreshnessDocumentFields } from '@/freshness/searchFields'
import type { GeoDocumentFields } from '@/geo/searchFields'
import type { OutcomeDocumentFields } from '@/outcomes/searchFields'

import type { SearchKind } from '../query/params'
import type { SearchCollection } from '../query/types'

/** One search document per published listing or legislation note. Never an internal field. */
export type SearchDocument = FreshnessDocumentFields &
  GeoDocumentFields &
  OutcomeDocumentFields & {
    /** `<collection>-<id>`: Meilisearch ids allow no ":". */
    id: string
    /** `<collection>:<id>`, the key used everywhere else. */
    key: string
    docId: number
    collection: SearchCollection
    kind: SearchKind
    visibility: 'public' | 'internal'
    slug: string
    url: string
    title: string
    titleSort: string
    titleVariants: string
    summary: string
    summaryVariants: string
    text: string
    textVariants: string
    /** Danish Snowball stems of the title and topic names (./danish.ts), for inflected queries. */
    titleStems: string
    /** Danish Snowball stems of the summary and body text. */
    stems: string
    providerId: number | null
    providerName: string | null
    /**
     * The network that owns a method (null: the secretariat's own); it decides with the
     * visibility who finds the method (src/network/methods/searchFilter.ts). Absent elsewhere.
     */
    network?: number | null
    /** Topic slugs, with the parents of each topic, so that a broad topic finds its narrower ones. */
    topics: string[]
    topicNames: string[]
    /** External ids of the legal bases. */
    legalBases: string[]
    /** Citations and headings, with those of the provisions they replaced (SEL § 52 → BL § 32). */
    legalBasisNames: string[]
    /** Municipality codes where a listing can be used; every member's code for whole-network ones. */
    municipalities: string[]
    places: string[]
    ages: number[]
    cost: 'free' | 'paid' | null
    capacity: 'open' | 'waitlist' | 'full' | null
    languages: string[]
    /** The facts a result card decides by (`../query/hits.ts` cardFacts); none is internal. */
    /** Weeks until a place: 0 when open for referral, null when unknown (full, or not a listing). */
    waitingWeeks: number | null
    /** When capacity was last stated (milliseconds since 1970), null for notes. */
    capacityAsOf: number | null
    /** Usable in every member municipality of the network. */
    wholeNetwork: boolean
    /** The listing's type within its kind (offerType, mentorType or schoolType value). */
    listingType: string | null
    /** Milliseconds since 1970, for sorting, filtering and comparing with Postgres. */
    updatedAt: number
  }

export const documentId = (collection: SearchCollection, id: number | string) =>
  `${collection}-${id}`
export const documentKey = (collection: SearchCollection, id: number | string) =>
  `${collection}:${id}`

export type Listing = Offer | Mentor | SchoolOption
type Row = Listing | LegislationNote | Method
type Named = { id: number; name: string }

/**
 * Reference data that search documents carry by name: organizations, topics, legal bases and
 * municipalities. Loaded once per batch of documents, with `select` and no population.
 */
export class Lookups {
  private constructor(
    readonly organizations: Map<number, Named>,
    readonly topics: Map<number, { slug: string; name: string; parent: number | null }>,
    readonly legalBases: Map<
      number,
      { externalId: string; citation: string; heading: string; replaces: number | null }
    >,
    readonly municipalities: Map<number, { code: string; name: string; member: boolean }>,
    /** Outcome slugs by id (src/outcomes). */
    readonly outcomes: Map<number, string>,
  ) {}

  static async load(payload: Payload, rows: Row[]): Promise<Lookups> {
    const organizationIds = [
      ...new Set(
        rows.flatMap((row) => {
          const provider = 'provider' in row ? relationId(row.provider) : undefined
          return provider === undefined ? [] : [provider]
        }),
      ),
    ]
    const [organizations, topics, legalBases, municipalities, outcomes] = await Promise.all([
      // access: the index needs every provider name, whoever caused the sync.
      organizationIds.length === 0
        ? []
        : payload
            .find({
              collection: 'organizations',
              where: { id: { in: organizationIds } },
              select: { name: true },
              depth: 0,
              pagination: false,
              draft: false,
              overrideAccess: true,
            })
            .then((result) => result.docs),
      all(payload, 'topics', { slug: true, name: true, parent: true }),
      all(payload, 'legal-bases', {
        externalId: true,
        citation: true,
        heading: true,
        replaces: true,
      }),
      all(payload, 'municipalities', { code: true, name: true, networkMember: true }),
      all(payload, 'outcomes', { slug: true }),
    ])
    return new Lookups(
      new Map(organizations.map((o) => [o.id, { id: o.id, name: o.name }])),
      new Map(
        topics.map((t) => [
          t.id,
          { slug: t.slug ?? `topic-${t.id}`, name: t.name, parent: relationId(t.parent) ?? null },
        ]),
      ),
      new Map(
        legalBases.map((b) => [
          b.id,
          {
            externalId: b.externalId ?? `legal-basis-${b.id}`,
            citation: b.citation ?? '',
            heading: b.heading,
            replaces: relationId(b.replaces) ?? null,
          },
        ]),
      ),
      new Map(
        municipalities.map((m) => [
          m.id,
          { code: m.code, name: m.name, member: Boolean(m.networkMember) },
        ]),
      ),
      new Map(outcomes.map((o) => [o.id, o.slug ?? `outcome-${o.id}`])),
    )
  }

  topicWithParents(id: number): Array<{ slug: string; name: string }> {
    const chain: Array<{ slug: string; name: string }> = []
    const seen = new Set<number>()
    let current: number | null = id
    while (current != null && !seen.has(current)) {
      seen.add(current)
      const topic = this.topics.get(current)
      if (!topic) break
      chain.push(topic)
      current = topic.parent
    }
    return chain
  }

  memberCodes(): string[] {
    return [...this.municipalities.values()].filter((m) => m.member).map((m) => m.code)
  }
}

async function all<C extends 'topics' | 'legal-bases' | 'municipalities' | 'outcomes'>(
  payload: Payload,
  collection: C,
  select: Record<string, true>,
): Promise<DataFromCollectionSlug<C>[]> {
  // access: reference data for the index; only names, slugs and codes are copied into it.
  const { docs } = await payload.find({
    collection,
    select,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as DataFromCollectionSlug<C>[]
}

/**
 * The published rows of a collection, a page at a time in id order, for reindexing. Pages by id
 * (the next page starts after the last id), not by offset, and counts nothing: at 100,000 rows an
 * offset page reads and drops every row before it, and each page also counted the whole table.
 */
export async function* publishedRows(
  payload: Payload,
  collection: SearchCollection,
  { where, pageSize = 500 }: { where?: Where; pageSize?: number } = {},
): AsyncGenerator<Row[]> {
  let after: number | undefined
  for (;;) {
    // access: the index holds every published document; search filters by visibility per user.
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'published' } },
          ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
          ...(where ? [where] : []),
        ],
      },
      depth: 0,
      limit: pageSize,
      pagination: false,
      sort: 'id',
      draft: false,
      overrideAccess: true,
    })
    if (docs.length > 0) yield docs as Row[]
    if (docs.length < pageSize) return
    after = (docs[docs.length - 1] as Row).id
  }
}

/** The rows of one collection by id, as the index should see them now. */
export async function currentRows(
  payload: Payload,
  collection: SearchCollection,
  idList: number[],
): Promise<Row[]> {
  if (idList.length === 0) return []
  // access: see publishedRows.
  const { docs } = await payload.find({
    collection,
    where: { id: { in: idList } },
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
  })
  return docs as Row[]
}

export type { Row as SearchSourceRow }
