import type { FieldAccess } from 'payload'

import { checkRole } from './checkRole'
import { organizationOf, relationId } from './organizationOf'

/**
 * Internal fields of a listing (the rate, its note, the internal referral note, internal
 * contacts): professionals who are logged in, and the NGO editor of the listing's own provider.
 */
export const canReadInternalFields: FieldAccess = ({ req: { user }, doc }) => {
  if (checkRole(['admin', 'consultant', 'caseworker'], user)) return true
  const organization = organizationOf(user)
  return Boolean(organization && relationId(doc?.provider) === organization)
}
