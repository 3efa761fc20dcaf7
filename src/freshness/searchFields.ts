import { jobClockNow } from './clock'
import type { VerificationMethod } from './verification'

/** What a search document carries of a listing's verification (see the search mappers). */
export type FreshnessDocumentFields = {
  /** 1 when the review date has passed: the last ranking rule puts these below equal fresh ones. */
  stale: 0 | 1
  /** Milliseconds since 1970, or null when never verified. */
  lastVerifiedAt: number | null
  lastVerifiedHow: VerificationMethod | null
  nextReviewAt: number | null
}

type Verified = {
  lastVerifiedAt?: string | null
  lastVerifiedHow?: string | null
  nextReviewAt?: string | null
}

const time = (value: string | null | undefined) => (value ? Date.parse(value) : null)

/**
 * A listing's verification in its search document. Whether it is overdue is read when the
 * document is made; the daily resyncOverdueListings task re-makes those that turned overdue.
 */
export function freshnessDocumentFields(listing: Verified): FreshnessDocumentFields {
  const nextReviewAt = time(listing.nextReviewAt)
  return {
    stale: nextReviewAt !== null && nextReviewAt < jobClockNow().getTime() ? 1 : 0,
    lastVerifiedAt: time(listing.lastVerifiedAt),
    lastVerifiedHow: (listing.lastVerifiedHow as VerificationMethod | null | undefined) ?? null,
    nextReviewAt,
  }
}

/** Documents that are not listings (legislation notes) are never stale. */
export const noFreshness: FreshnessDocumentFields = {
  stale: 0,
  lastVerifiedAt: null,
  lastVerifiedHow: null,
  nextReviewAt: null,
}

/** Ranking rule appended after Meilisearch's own: only breaks ties between equally relevant hits. */
export const FRESHNESS_RANKING_RULE = 'stale:asc'
