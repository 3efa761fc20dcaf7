import type { Payload } from 'payload'

import { mayReadInternal } from '@/access/canReadInternalFields'
import type { User } from '@/payload-types'
import type { SearchCollection, SearchHit } from '@/search/query/types'

/** The internal facts of a listing a result card shows to readers who may read them. */
export type InternalCardFacts = {
  rateDkk: number | null
  rateUnit: string | null
  rateNote: string | null
  referralNote: string | null
}

const listingCollections = ['offers', 'mentors', 'school-options'] as const
type ListingCollection = (typeof listingCollections)[number]

const isListing = (collection: SearchCollection): collection is ListingCollection =>
  (listingCollections as readonly string[]).includes(collection)

/** The key of a hit in the map cardInternalFacts answers (`<collection>:<id>`). */
export const hitKey = (hit: Pick<SearchHit, 'collection' | 'id'>) => `${hit.collection}:${hit.id}`

/**
 * The internal facts of a results page's hits, read in one batch: one Local API call per listing
 * collection among the hits (at most three, each a single SQL statement), with the reader's
 * access (`overrideAccess: false`), so that field access decides what comes back. The index
 * holds no internal field, which is why they are read here. Anonymous readers and hits the reader
 * may not see internals of cost nothing: no call is made for them.
 */
export async function cardInternalFacts(
  payload: Payload,
  hits: SearchHit[],
  user: User | null,
): Promise<Map<string, InternalCardFacts>> {
  const facts = new Map<string, InternalCardFacts>()
  if (!user) return facts
  const wanted = new Map<ListingCollection, number[]>()
  for (const hit of hits) {
    if (!isListing(hit.collection)) continue
    if (!mayReadInternal(user, hit.provider?.id)) continue
    wanted.set(hit.collection, [...(wanted.get(hit.collection) ?? []), hit.id])
  }
  await Promise.all(
    [...wanted].map(async ([collection, ids]) => {
      const { docs } = await payload.find({
        collection,
        where: { id: { in: ids } },
        select: {
          // The provider decides an NGO editor's field access (canReadInternalFields).
          provider: true,
          cost: { rateDkk: true, rateUnit: true, rateNote: true },
          referral: { internalNote: true },
        },
        depth: 0,
        pagination: false,
        draft: false,
        user,
        overrideAccess: false,
      })
      for (const doc of docs) {
        const fact: InternalCardFacts = {
          rateDkk: typeof doc.cost?.rateDkk === 'number' ? doc.cost.rateDkk : null,
          rateUnit: doc.cost?.rateUnit ?? null,
          rateNote: doc.cost?.rateNote?.trim() || null,
          referralNote: doc.referral?.internalNote?.trim() || null,
        }
        if (fact.rateDkk !== null || fact.rateNote || fact.referralNote) {
          facts.set(hitKey({ collection, id: doc.id }), fact)
        }
      }
    }),
  )
  return facts
}
