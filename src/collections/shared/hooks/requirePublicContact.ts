import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasPublicContact, publicContactMessage, type ProviderLike } from '@/domain/publicContact'
import type { Mentor, Offer, SchoolOption } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

type Listing = Offer | Mentor | SchoolOption

/**
 * A listing is published only with a way to reach the provider: a public contact with phone or
 * e-mail on the listing, or the provider's own phone or e-mail (src/domain/publicContact.ts).
 * Drafts may lack it, as they may lack other required fields. Runs for every writer, the
 * importer and a consultant's review decision included.
 */
export const requirePublicContact: CollectionBeforeChangeHook<Listing> = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const contacts = 'contacts' in data ? data.contacts : originalDoc?.contacts
  if (hasPublicContact(contacts, null)) return data
  const providerId = relationId('provider' in data ? data.provider : originalDoc?.provider)
  let provider: ProviderLike = null
  if (providerId !== undefined) {
    // access: a rule check inside the writer's own save; it reads two public fields of the
    // provider's published version and returns nothing to the writer.
    const { docs } = await req.payload.find({
      collection: 'organizations',
      where: { id: { equals: providerId } },
      select: { email: true, phone: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    provider = docs[0] as ProviderLike
  }
  if (hasPublicContact(contacts, provider)) return data
  throw new ValidationError(
    { collection: collection.slug, errors: [{ path: 'contacts', message: publicContactMessage }] },
    req.t,
  )
}
