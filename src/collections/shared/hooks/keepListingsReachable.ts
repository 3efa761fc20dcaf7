import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { listingCollections } from '@/domain/options'
import {
  hasPublicContact,
  organizationContactMessage,
  reachable,
  type ContactLike,
} from '@/domain/publicContact'
import type { Organization } from '@/payload-types'

/**
 * The other side of requirePublicContact: an organization's published version may not lose its
 * last phone and e-mail while published listings of its own rely on them (they have no public
 * contact of their own), or those listings would end with nothing to call.
 */
export const keepListingsReachable: CollectionBeforeChangeHook<Organization> = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const status = data._status ?? originalDoc._status
  if (status !== 'published') return data
  const after = {
    email: 'email' in data ? data.email : originalDoc.email,
    phone: 'phone' in data ? data.phone : originalDoc.phone,
  }
  if (reachable(after)) return data
  const stranded: string[] = []
  for (const slug of listingCollections) {
    // access: a rule check inside the writer's own save; only the titles of listings that would
    // be left unreachable go back, in the refusal, to a writer who may edit this organization.
    const { docs } = await req.payload.find({
      collection: slug,
      where: {
        and: [{ provider: { equals: originalDoc.id } }, { _status: { equals: 'published' } }],
      },
      select: { title: true, contacts: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as { title?: string; contacts?: ContactLike[] | null }[]) {
      if (!hasPublicContact(doc.contacts, null)) stranded.push(doc.title ?? '')
    }
  }
  if (stranded.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'phone', message: organizationContactMessage(stranded) }],
    },
    req.t,
  )
}
