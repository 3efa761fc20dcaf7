import type { CollectionAfterChangeHook } from 'payload'

import type { SearchSourceRow } from '../../indexing/documents'
import { queueSearchSync, SKIP_SEARCH_SYNC } from '../queueSearchSync'

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
  try {
    await queueSearchSync(req, 'syncSearchDocument', collection.slug, doc.id)
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Could not queue the search sync of ${collection.slug} ${doc.id}`,
    )
  }
  return doc
}
