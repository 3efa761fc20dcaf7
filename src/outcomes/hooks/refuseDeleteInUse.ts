import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { listingCollections } from '@/domain/options'

/**
 * An outcome that a listing follows up on cannot be deleted: the listing's row would lose its
 * required outcome and the listing could not be saved again. Counts the live listings and the
 * newest draft of each (a draft not yet published keeps its rows in the versions table only), and
 * answers 409 with the Danish reason the admin shows.
 */
export const refuseDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const counts = await Promise.all(
    listingCollections.flatMap((collection) => [
      req.payload
        .count({
          collection,
          where: { 'outcomes.outcome': { equals: id } },
          overrideAccess: true,
          req,
        })
        .then((result) => result.totalDocs),
      req.payload
        .countVersions({
          collection,
          where: {
            and: [{ latest: { equals: true } }, { 'version.outcomes.outcome': { equals: id } }],
          },
          overrideAccess: true,
          req,
        })
        .then((result) => result.totalDocs),
    ]),
  )
  if (counts.some((count) => count > 0)) {
    throw new APIError(
      'Effektmålet bruges af et eller flere opslag og kan ikke slettes. Fjern det fra opslagene først.',
      409,
      undefined,
      true,
    )
  }
}
