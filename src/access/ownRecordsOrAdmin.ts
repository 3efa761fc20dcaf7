import type { Access } from 'payload'

import { checkRole } from './checkRole'

/**
 * Records that belong to one user (a subscription): the secretariat reads them all, everybody else
 * their own (the `user` field), anonymous readers none.
 */
export const ownRecordsOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { user: { equals: user.id } }
}
