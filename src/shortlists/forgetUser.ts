import type { CollectionBeforeDeleteHook } from 'payload'

import { SHORTLISTS_SLUG } from './collection'

/**
 * A deleted user's shortlists go with them, in the same transaction (a list needs an owner;
 * Postgres would refuse the delete otherwise). Lists shared with them just lose the name
 * (the relation rows cascade).
 */
export const forgetShortlistsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // access: clean-up of the deleted user's own records, inside the admin's delete.
  await req.payload.delete({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { owner: { equals: id } },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
