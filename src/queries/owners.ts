import type { Payload, PayloadRequest } from 'payload'

import type { ListingCollection } from '@/domain/options'
import { relationId } from '@/utilities/relationId'

/** A person who answers for a listing, as far as mail needs them. */
export type Owner = { id: number; email: string; name: string }

export type Owners = {
  /** The NGO editors of the listing's organization (its provider). */
  editors: Owner[]
  /** The listing's responsible consultant, else its organization's; null if neither has one. */
  consultant: Owner | null
  organizationId: number | null
}

type UserRow = { id: number; email?: string | null; name?: string | null }

const toOwner = (user: UserRow | null | undefined): Owner | null =>
  user?.email ? { id: user.id, email: user.email, name: user.name ?? user.email } : null

async function userById(payload: Payload, id: number | undefined, req?: PayloadRequest) {
  if (id === undefined) return null
  // access: system read of who to tell; never returned to a client.
  const user = (await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { email: true, name: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as UserRow | null
  return toOwner(user)
}

/** The NGO editors of one organization. */
export async function editorsOf(
  payload: Payload,
  organizationId: number,
  req?: PayloadRequest,
): Promise<Owner[]> {
  // access: system read of who to tell.
  const { docs } = await payload.find({
    collection: 'users',
    where: {
      and: [{ role: { equals: 'ngo-editor' } }, { organization: { equals: organizationId } }],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    select: { email: true, name: true },
    overrideAccess: true,
    req,
  })
  return (docs as UserRow[]).map(toOwner).filter((owner): owner is Owner => owner !== null)
}

/** Who answers for an organization: its NGO editors and its responsible consultant. */
export async function ownersOfOrganization(
  payload: Payload,
  id: number,
  req?: PayloadRequest,
): Promise<Owners> {
  // access: system read of who to tell.
  const organization = (await payload.findByID({
    collection: 'organizations',
    id,
    depth: 0,
    select: { responsibleConsultant: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { responsibleConsultant?: unknown } | null
  if (!organization) return { editors: [], consultant: null, organizationId: null }
  const [editors, consultant] = await Promise.all([
    editorsOf(payload, id, req),
    userById(payload, relationId(organization.responsibleConsultant), req),
  ])
  return { editors, consultant, organizationId: id }
}

/**
 * Who answers for a listing: the NGO editors of its provider and a responsible consultant (the
 * listing's own, else its organization's). Reads the published listing or, for one that was never
 * published, its draft.
 */
export async function ownersOfListing(
  payload: Payload,
  collection: ListingCollection,
  id: number,
  req?: PayloadRequest,
): Promise<Owners> {
  // access: system read of who to tell.
  const listing = (await payload.findByID({
    collection,
    id,
    depth: 0,
    select: { provider: true, responsibleConsultant: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { provider?: unknown; responsibleConsultant?: unknown } | null
  if (!listing) return { editors: [], consultant: null, organizationId: null }
  const organizationId = relationId(listing.provider) ?? null
  const ofOrganization = organizationId
    ? await ownersOfOrganization(payload, organizationId, req)
    : { editors: [], consultant: null, organizationId: null }
  const own = await userById(payload, relationId(listing.responsibleConsultant), req)
  return {
    editors: ofOrganization.editors,
    consultant: own ?? ofOrganization.consultant,
    organizationId,
  }
}

/** The secretariat (admins): told when nobody else answers, and of escalations. */
export async function secretariat(payload: Payload, req?: PayloadRequest): Promise<Owner[]> {
  // access: system read of who to tell.
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    depth: 0,
    limit: 100,
    pagination: false,
    select: { email: true, name: true },
    overrideAccess: true,
    req,
  })
  return (docs as UserRow[]).map(toOwner).filter((owner): owner is Owner => owner !== null)
}
