import type { Payload, PayloadRequest } from 'payload'

import { INVITATIONS_SLUG } from './hooks/prepareInvitation'

/** Marks pending invitations whose link ran out as expired (the list shows them so). */
export async function expireInvitations(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<number> {
  // access: a system write of the invitations' state.
  const { docs } = await payload.update({
    collection: INVITATIONS_SLUG,
    where: {
      and: [
        { status: { equals: 'pending' } },
        { expiresAt: { less_than_equal: now.toISOString() } },
      ],
    },
    data: { status: 'expired' },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}
