import type { Access, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { organizationOf } from '@/access/organizationOf'

/**
 * Consultants and admins see every task; an NGO editor sees the owners' tasks of its own
 * organization's listings; nobody else sees any.
 */
export const canReadReviewTasks: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  const organization = organizationOf(user)
  if (organization === undefined) return false
  const own: Where = {
    and: [{ assignee: { equals: 'owners' } }, { organization: { equals: organization } }],
  }
  return own
}

/** Whoever may see a task may mark it done (only `status` is open to change, see the fields). */
export const canCompleteReviewTasks: Access = (args) => canReadReviewTasks(args)
