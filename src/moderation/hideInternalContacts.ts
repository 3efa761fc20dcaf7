import type { CollectionAfterReadHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { organizationOf, relationId } from '@/access/organizationOf'

/**
 * Field access cannot hide single rows of an array: contacts marked internal are removed here for
 * readers who may not see internal fields (the same rule as canReadInternalFields).
 */
export const hideInternalContacts: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  // Trusted server code (importer, exporter, seed) reads with access control off: keep everything.
  if (overrideAccess || !Array.isArray(doc?.contacts)) return doc
  if (checkRole(['admin', 'consultant', 'caseworker'], req.user)) return doc
  const organization = organizationOf(req.user)
  if (organization && relationId(doc.provider) === organization) return doc
  return {
    ...doc,
    contacts: doc.contacts.filter((contact: { internal?: boolean }) => !contact.internal),
  }
}
