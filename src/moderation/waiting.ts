import type { Payload, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'

import { moderatedCollections } from './options'

/**
 * How many changes wait for a consultant (newest drafts marked awaiting review), read with the
 * reader's own access: 0 for those who do not review. One count per moderated collection.
 */
export async function countWaitingChanges(
  payload: Payload,
  user: PayloadRequest['user'],
): Promise<number> {
  if (!checkRole(contentEditorRoles, user)) return 0
  const counts = await Promise.all(
    moderatedCollections(payload).map(async (collection) => {
      const { totalDocs } = await payload.countVersions({
        collection,
        where: {
          and: [
            { latest: { equals: true } },
            { 'version.review.status': { equals: 'awaiting-review' } },
          ],
        },
        overrideAccess: false,
        user,
      })
      return totalDocs
    }),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}
