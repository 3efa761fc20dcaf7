import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'
import { staffRoles } from './roles'

/**
 * Users: admins read everyone; caseworkers and consultants read other users to see who wrote what
 * (only name and title, see isAdminOrSelfField); NGO editors read only themselves.
 */
export const canReadUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(staffRoles, user)) return true
  return { id: { equals: user.id } }
}

/** A user's e-mail, role and affiliations: only the user and admins. */
export const isAdminOrSelfField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const target = doc?.id ?? id
  return target !== undefined && String(target) === String(user.id)
}
