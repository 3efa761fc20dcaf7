import type { CollectionAfterDeleteHook } from 'payload'

import { queueSearchSyncFromHook, SKIP_SEARCH_SYNC } from '../queueSearchSync'

/** For a deleted row of a reference collection: re-syncs the documents that carried it. */
export const queueDependentsOfDeletedSync: CollectionAfterDeleteHook = async ({
  doc,
  id,
  req,
  collection,
  context,
}) => {
  if (context[SKIP_SEARCH_SYNC]) return doc
  await queueSearchSyncFromHook(req, 'syncSearchDependents', collection.slug, Number(id))
  return doc
}
