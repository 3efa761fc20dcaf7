import type { Access } from 'payload'

import { relationId } from '@/utilities/relationId'

import { checkRole } from './checkRole'
import { organizationOf } from './organizationOf'
import { contentEditorRoles } from './roles'

/**
 * Create and update of listings: consultants and admins always; an NGO editor only for their own
 * organization, and never to publish (their saves become drafts awaiting review, see
 * holdForReview). The `_status` check is also what hides the admin's publish button from them.
 */
export const canWriteOwnListing: Access = ({ req: { user }, data }) => {
  if (checkRole(contentEditorRoles, user)) return true
  const organization = organizationOf(user)
  if (!organization) return false
  if (data?._status === 'published') return false
  if (
    data &&
    'provider' in data &&
    data.provider !== undefined &&
    relationId(data.provider) !== organization
  ) {
    return false
  }
  return { provider: { equals: organization } }
}
