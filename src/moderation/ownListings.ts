import { organizationOf } from '@/access/organizationOf'

/**
 * An NGO editor's own documents in a moderated collection (the listings their organization
 * provides, or the organization itself) as list-view search parameters, in the shape Payload's
 * filter builder shows. Undefined for everyone else.
 */
export function ownDocumentsQuery(collection: string, user: Parameters<typeof organizationOf>[0]) {
  const organization = organizationOf(user)
  if (!organization) return undefined
  const field = collection === 'organizations' ? 'id' : 'provider'
  return `where[or][0][and][0][${field}][equals]=${organization}`
}

/** "Show all": a filter every document meets, so the default is not applied again. */
export const allDocumentsQuery = 'where[or][0][and][0][id][exists]=true'
