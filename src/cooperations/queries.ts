import type { Payload, Where } from 'payload'

import type { Cooperation, CooperationSide, User } from '@/payload-types'
import { relationId, relationIds } from '@/utilities/relationId'

/**
 * The portal's reads of cooperations, always as the reader (overrideAccess: false): what an
 * anonymous reader gets is the public cooperations and, of them, the public tools only.
 */

type Reader = { payload: Payload; user: User | null }

export async function findCooperationBySlug(
  { payload, user }: Reader,
  slug: string,
): Promise<Cooperation | null> {
  const { docs } = await payload.find({
    collection: 'cooperations',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
}

/** The cooperations the reader may read that match `where`, by title, without their tools. */
export async function listCooperations({ payload, user }: Reader, where: Where) {
  const { docs } = await payload.find({
    collection: 'cooperations',
    where,
    select: {
      title: true,
      slug: true,
      organization: true,
      municipalities: true,
      network: true,
      visibility: true,
      agreement: true,
    },
    sort: 'title',
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs
}

/** The organization's published side of a cooperation (as the reader may read it). */
export async function findPublishedSide(
  { payload, user }: Reader,
  cooperation: number,
): Promise<CooperationSide | null> {
  const { docs } = await payload.find({
    collection: 'cooperation-sides',
    where: { cooperation: { equals: cooperation } },
    depth: 0,
    limit: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
}

/** Names of the organization, the municipalities and the network of a cooperation. */
export async function partyNames({ payload, user }: Reader, cooperation: Cooperation) {
  const organizationId = relationId(cooperation.organization)
  const networkId = relationId(cooperation.network)
  const [organizations, municipalities, networks] = await Promise.all([
    organizationId === undefined
      ? { docs: [] }
      : payload.find({
          collection: 'organizations',
          where: { id: { equals: organizationId } },
          select: { name: true, slug: true },
          depth: 0,
          limit: 1,
          overrideAccess: false,
          user,
        }),
    payload.find({
      collection: 'municipalities',
      where: { id: { in: relationIds(cooperation.municipalities) } },
      select: { name: true, code: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
    networkId === undefined
      ? { docs: [] }
      : payload.find({
          collection: 'networks',
          where: { id: { equals: networkId } },
          select: { name: true, slug: true },
          depth: 0,
          limit: 1,
          overrideAccess: false,
          user,
        }),
  ])
  return {
    organization: organizations.docs[0] as { name: string; slug?: string | null } | undefined,
    municipalities: municipalities.docs as Array<{ name: string; code: string }>,
    network: networks.docs[0] as { name: string; slug?: string | null } | undefined,
  }
}

/**
 * The organizations that have a cooperation (an agreement) with the municipality, of the
 * cooperations the reader may read, by name.
 */
export async function partnerOrganizations(reader: Reader, municipality: number) {
  const cooperations = await listCooperations(reader, {
    municipalities: { in: [municipality] },
  })
  const ids = [...new Set(cooperations.map((c) => relationId(c.organization)))].filter(
    (id): id is number => id !== undefined,
  )
  if (ids.length === 0)
    return { docs: [] as Array<{ id: number; name: string; slug?: string | null; type: string }> }
  return reader.payload.find({
    collection: 'organizations',
    where: { id: { in: ids } },
    select: { name: true, slug: true, type: true },
    sort: 'name',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: false,
    user: reader.user,
  })
}
