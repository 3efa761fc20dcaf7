import type { PayloadRequest } from 'payload'

import { searchOptions } from '../options'

/** Set `context: { skipSearchSync: true }` on bulk writes that reindex afterwards. */
export const SKIP_SEARCH_SYNC = 'skipSearchSync'

/** Queues a sync in the request's transaction: it commits, or is dropped, with the change. */
export async function queueSearchSync(
  req: PayloadRequest,
  task: 'syncSearchDocument' | 'syncSearchDependents',
  collection: string,
  id: number,
) {
  await req.payload.jobs.queue({
    task,
    input: { collection, id },
    queue: searchOptions(req.payload).queue,
    req,
    // access: the job is system work caused by a change this user was allowed to make.
    overrideAccess: true,
  })
}

/**
 * Queues a sync from a hook: a failure is logged, never thrown into the user's write (the next
 * reconciliation repairs the index).
 */
export async function queueSearchSyncFromHook(
  req: PayloadRequest,
  task: 'syncSearchDocument' | 'syncSearchDependents',
  collection: string,
  id: number,
) {
  try {
    await queueSearchSync(req, task, collection, id)
  } catch (error) {
    req.payload.logger.error({ err: error }, `Could not queue ${task} for ${collection} ${id}`)
  }
}
