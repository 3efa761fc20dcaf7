import type { FieldAccess } from 'payload'

import { mayReadInternal } from './canReadInternalFields'

/**
 * A listing's contacts, row by row. A contact marked internal is internal data like the rate: only
 * readers who may read internal fields (mayReadInternal) read it, filter, sort or count on it.
 *
 * Payload asks a field's read access in two places, and this rule answers both:
 * - In a document (afterRead), `siblingData` is the contact row (or, for the `contacts` array
 *   itself, the document): a public row is readable by everyone who reads the listing, an internal
 *   row only by readers who may read internal fields.
 * - For a query (`where`, `sort`, counts, drafts, versions, across relationships), Payload checks
 *   the field's schema permission, which has no row (`siblingData` is never passed). There the rule
 *   is that of the internal fields: a reader who could not read every row may not query any, or a
 *   filter such as `contacts.phone contains "70 2"` would read an internal number digit by digit.
 *
 * The `internal` flag and the row id have no rule of their own: they inherit the array's schema
 * permission (not queryable by the public) and stay in documents, where hideInternalContacts needs
 * the flag to drop internal rows whole.
 */
export const canReadContact: FieldAccess = ({ req: { user }, doc, siblingData }) =>
  (siblingData !== undefined && siblingData !== null && siblingData.internal !== true) ||
  mayReadInternal(user, doc?.provider)
