import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * A network created without a leader gets its creator (a consultant or admin) as leader, so that
 * a consultant who starts a network can go on editing it (editing follows leadership).
 */
export const setLeaderToCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || data.leader) return data
  if (req.user && checkRole(['consultant', 'admin'], req.user)) data.leader = req.user.id
  return data
}
