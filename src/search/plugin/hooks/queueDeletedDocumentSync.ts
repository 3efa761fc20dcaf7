import type { CollectionAfterDeleteHook } from 'payload'

import type { SearchSourceRow } from '../../indexing/documents'
import { queueSearchSync, SKIP_SEARCH_SYNC } from '../queueSearchSync'

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
  try {
    await queueSearchSync(req, 'syncSearchDocument', collection.slug, Number(id))
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Could not queue the search removal of ${collection.slug} ${id}`,
    )
  }
  return doc
}
