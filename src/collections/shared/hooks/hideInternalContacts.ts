import type { CollectionAfterReadHook } from 'payload'

import { mayReadInternal } from '@/access/canReadInternalFields'
import type { Mentor, Offer, SchoolOption } from '@/payload-types'

/**
 * Field privacy, not moderation: field access cannot hide single rows of an array, so contacts
 * marked internal are removed here for readers who may not see internal fields (mayReadInternal).
 * Field access (canReadContact) blanks their values and keeps them out of queries. A row is kept
 * only when it says it is public: a `select` that leaves out `internal` hides every row.
 */
export const hideInternalContacts: CollectionAfterReadHook<Offer | Mentor | SchoolOption> = ({
  doc,
  req,
  overrideAccess,
}) => {
  // Trusted server code (importer, exporter, seed) reads with access control off: keep everything.
  if (overrideAccess || !Array.isArray(doc?.contacts)) return doc
  if (mayReadInternal(req.user, doc.provider)) return doc
  return { ...doc, contacts: doc.contacts.filter((contact) => contact.internal === false) }
}
