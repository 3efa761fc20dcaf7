import type { CollectionAfterChangeHook } from 'payload'

import type { SearchSourceRow } from '../../indexing/documents'
import { queueSearchSyncFromHook, SKIP_SEARCH_SYNC } from '../queueSearchSync'

/**
 * Queues the sync of a saved document of an indexed collection. A failure is logged, never
 * thrown into the user's save: the next reconciliation repairs the index.
 */
export const queueDocumentSync: CollectionAfterChangeHook<SearchSourceRow> = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (context[SKIP_SEARCH_SYNC]) return doc
  await queueSearchSyncFromHook(req, 'syncSearchDocument', collection.slug, doc.id)
  return doc
}
