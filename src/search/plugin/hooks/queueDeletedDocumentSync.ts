import type { CollectionAfterDeleteHook } from 'payload'

import type { SearchSourceRow } from '../../indexing/documents'
import { queueSearchSyncFromHook, SKIP_SEARCH_SYNC } from '../queueSearchSync'

/** Queues the removal of a deleted document from the index: a failure is logged, never
 * thrown into the user's delete. */
export const queueDeletedDocumentSync: CollectionAfterDeleteHook<SearchSourceRow> = async ({
  doc,
  id,
  req,
  collection,
  context,
}) => {
  if (context[SKIP_SEARCH_SYNC]) return doc
  await queueSearchSyncFromHook(req, 'syncSearchDocument', collection.slug, Number(id))
  return doc
}
