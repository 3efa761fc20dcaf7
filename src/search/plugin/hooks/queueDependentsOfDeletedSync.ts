import type { CollectionAfterDeleteHook } from 'payload'

import { queueSearchSync, SKIP_SEARCH_SYNC } from '../queueSearchSync'

/** For a deleted row of a reference collection: re-syncs the documents that carried it. */
export const queueDependentsOfDeletedSync: CollectionAfterDeleteHook = async ({
  doc,
  id,
  req,
  collection,
  context,
}) => {
  if (context[SKIP_SEARCH_SYNC]) return doc
  try {
    await queueSearchSync(req, 'syncSearchDependents', collection.slug, Number(id))
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Could not queue the search sync of documents naming ${collection.slug} ${id}`,
    )
  }
  return doc
}
