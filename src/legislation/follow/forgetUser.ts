import type { CollectionBeforeDeleteHook } from 'payload'

import { FOLLOW_VISITS_SLUG } from './collections/followVisits'
import { SUBSCRIPTIONS_SLUG } from './collections/subscriptions'

/**
 * A deleted user's subscriptions and visit memory go with them, in the same transaction (their
 * rows need a user; Postgres would refuse the delete otherwise).
 */
export const forgetFollowsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [SUBSCRIPTIONS_SLUG, FOLLOW_VISITS_SLUG] as const) {
    // access: clean-up of the deleted user's own records, inside the admin's delete.
    await req.payload.delete({
      collection: collection as 'subscriptions',
      where: { user: { equals: id } },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
