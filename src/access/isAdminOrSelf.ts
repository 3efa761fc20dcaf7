import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Admins see every user; anyone else only their own user document. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
