import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'
import { organizationOf } from './organizationOf'
import { published } from './publishedPublic'

/** Organizations are public once published; drafts are for editors (and the NGO's own editor). */
export const canReadOrganizations: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  const organization = organizationOf(user)
  if (organization) return { or: [published, { id: { equals: organization } }] }
  return published
}
