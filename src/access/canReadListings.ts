import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'
import { organizationOf } from './organizationOf'
import { published, publishedPublic } from './publishedPublic'

/**
 * Listings: anonymous visitors read published public ones; caseworkers every published one;
 * consultants and admins everything, drafts included; an NGO editor what the public reads plus
 * every version of their own organization's listings.
 */
export const canReadListings: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  if (checkRole(['caseworker'], user)) return published
  const organization = organizationOf(user)
  if (organization) return { or: [publishedPublic, { provider: { equals: organization } }] }
  return publishedPublic
}
