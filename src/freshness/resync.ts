import type { PayloadRequest } from 'payload'

import { queueSearchSync } from '@/search/plugin/queueSearchSync'

import { freshnessOptions } from './options'

/** How far back the daily re-sync looks: a server that was down for weeks still catches up. */
const WINDOW_DAYS = 31

/**
 * Queues a search sync for every published listing whose review date passed within the window
 * (it turned overdue and its search document still says otherwise). Syncs are idempotent, so a
 * listing re-synced on several days costs nothing but the sync.
 */
export async function resyncOverdueListings(
  req: PayloadRequest,
  now: Date = new Date(),
): Promise<{ queued: number }> {
  const { payload } = req
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  let queued = 0
  for (const collection of freshnessOptions(payload).collections) {
    // access: system work of the jobs runner.
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { nextReviewAt: { greater_than: since.toISOString() } },
          { nextReviewAt: { less_than_equal: now.toISOString() } },
        ],
      },
      select: { slug: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      await queueSearchSync(req, 'syncSearchDocument', collection, doc.id)
      queued++
    }
  }
  return { queued }
}
