import type { GeoPlace } from '@/geo/distance'
import type { SearchOrigin } from '@/geo/origin'
import type { FacetName, SearchKind } from './params'

export type SearchCollection =
  'offers' | 'mentors' | 'school-options' | 'legislation-notes' | 'methods'

export type SearchHit = {
  /** The Payload id of the document. */
  id: number
  collection: SearchCollection
  kind: SearchKind
  title: string
  summary: string
  /** The portal path of the document (Danish). */
  url: string
  /** The organization that offers a listing; null for legislation notes. */
  provider: { id: number; name: string } | null
  /**
   * Title and summary as safe HTML: the text is escaped and the matched words are wrapped in
   * <mark>. Render with dangerouslySetInnerHTML only these two strings.
   */
  highlights: { title: string; summary: string }
  /** Visibility of the document; internal hits are only ever shown to logged-in professionals. */
  visibility: 'public' | 'internal'
  /** ISO date of the last change. */
  updatedAt: string
  /** A listing's verification: overdue when its review date has passed; null for notes. */
  review: HitReview | null
  /** With `near` or `postnr`: kilometres to the listing's nearest place (null: it has none). */
  distanceKm?: number | null
  /** The label of that nearest place. */
  nearestPlace?: string | null
  /** A listing's places with coordinates, for the results page's map (src/geo). */
  places?: GeoPlace[]
  /** What a caseworker chooses a listing by, from the index (public facts only); null for notes. */
  facts: CardFacts | null
}

/**
 * A listing's public facts on its result card. Documents indexed before these facts existed lack
 * some of them (until `npm run reindex`): absent values are null and the card leaves them out.
 */
export type CardFacts = {
  /** offerType, mentorType or schoolType value. */
  listingType: string | null
  ageMin: number | null
  ageMax: number | null
  wholeNetwork: boolean
  /** Municipality codes where it can be used (every member's for whole-network listings). */
  municipalities: string[]
  cost: 'free' | 'paid' | null
  capacity: 'open' | 'waitlist' | 'full' | null
  waitingWeeks: number | null
  /** ISO date when capacity was stated. */
  capacityAsOf: string | null
  /** External ids of the legal bases. */
  legalBases: string[]
  /** ISO date of the last verification, null when never verified. */
  lastVerifiedAt: string | null
}

export type HitReview = { overdue: boolean; lastVerifiedAt: string | null }

export type SearchFacets = Record<FacetName, Record<string, number>>

export type SearchResult = {
  hits: SearchHit[]
  total: number
  page: number
  perPage: number
  facets: SearchFacets
  /** True when Meilisearch was unreachable and the answer came from Postgres. */
  degraded: boolean
  /**
   * `all`: the hits contain every word (or a synonym, stem, correction of it). `some`: no document
   * contains them all, and these are the best partial matches; total and facets describe them.
   */
  match: 'all' | 'some'
  /** With `some`: the words no document (with these filters) contains. */
  missingWords: string[]
  /** Words read as another word of the portal's vocabulary ("skolevgæring" → skolevægring). */
  corrections: Array<{ from: string; to: string }>
  /** The corrected query, when the words as typed found few documents ("Mente du …?"). */
  didYouMean: string | null
  /** With `near` or `postnr`: where distances are measured from. */
  origin?: SearchOrigin | null
}
