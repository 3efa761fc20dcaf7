import type { Payload } from 'payload'

import type { Outcome } from '@/payload-types'

/** An outcome as pages label it (facet values, the listing's »Sådan følges op«). */
export type ReferenceOutcome = Pick<Outcome, 'id' | 'name' | 'slug' | 'description'>

/** Every outcome, by name: readable by anyone, few, kept with the reference data. */
export async function loadReferenceOutcomes(payload: Payload): Promise<ReferenceOutcome[]> {
  const { docs } = await payload.find({
    collection: 'outcomes',
    select: { name: true, slug: true, description: true },
    sort: 'name',
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((outcome) => ({
    id: outcome.id,
    name: outcome.name,
    slug: outcome.slug,
    description: outcome.description,
  }))
}
