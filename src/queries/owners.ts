// Stand-in for the lead's "Mail foundation" (same interface); replaced at merge.
import type { Payload } from 'payload'

export type Owner = { id: number; email: string; name: string }

export async function ownersOfListing(
  _payload: Payload,
  _collection: string,
  _id: number,
): Promise<{ editors: Owner[]; consultant: Owner | null; organizationId: number | null }> {
  throw new Error('ownersOfListing: the mail foundation has not landed yet')
}
