import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'
import { organizationOf } from './organizationOf'

/** Organizations: consultants and admins; an NGO editor their own, as drafts awaiting review. */
export const canUpdateOrganization: Access = ({ req: { user }, data }) => {
  if (checkRole(contentEditorRoles, user)) return true
  const organization = organizationOf(user)
  if (!organization || data?._status === 'published') return false
  return { id: { equals: organization } }
}
