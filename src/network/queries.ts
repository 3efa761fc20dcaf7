import 'server-only'

import { cache } from 'react'

import type { Network, NetworkActivity, NetworkMeeting, User } from '@/payload-types'
import { getPortalPayload, getViewer } from '@/queries/session'
import { relationId, relationIds } from '@/utilities/relationId'

import { isNetworkEditor } from './access'

/** A person as the pages show them: a name and a title, nothing else. */
export type Person = { name: string; title?: string | null }

/** The network at a slug, as this reader may read it (null: none, or not for them). */
export const findNetwork = cache(async (slug: string): Promise<Network | null> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'networks',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
})

/** The networks this reader may read, by name. */
export const findNetworks = cache(async (): Promise<Network[]> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'networks',
    select: {
      name: true,
      slug: true,
      summary: true,
      formality: true,
      task: true,
      visibility: true,
      memberMunicipalities: true,
    },
    sort: 'name',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    user,
  })
  return docs as Network[]
})

/**
 * Names and titles of the people a network names (leader, steering group, secretariat, the
 * responsible persons of its plan), by user id. Read past the users' access because whoever may
 * read the network may see who runs it; only name and title leave this function.
 */
export async function peopleByUserId(ids: number[]): Promise<Map<number, Person>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const payload = await getPortalPayload()
  // access: only name and title of the people the network itself names, for its readers.
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    select: { name: true, title: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [user.id, { name: user.name ?? '', title: user.title }]))
}

/** Municipality names by id (anyone reads municipalities). */
export async function municipalityNames(ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const payload = await getPortalPayload()
  // access: municipalities are readable by anyone.
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { id: { in: unique } },
    select: { name: true },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.map((m) => [m.id, m.name]))
}

/** The plan's activities, all years (a network plans some dozens a year), as this reader may. */
export const findActivities = cache(async (networkId: number): Promise<NetworkActivity[]> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'network-activities',
    where: { network: { equals: networkId } },
    sort: 'startsAt',
    depth: 0,
    limit: 1000,
    overrideAccess: false,
    user,
  })
  return docs
})

/** The network's meetings, newest first, if this reader is a member (else none). */
export const findMeetings = cache(async (networkId: number): Promise<NetworkMeeting[]> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  if (!user) return []
  const { docs } = await payload.find({
    collection: 'network-meetings',
    where: { network: { equals: networkId } },
    sort: '-startsAt',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    user,
  })
  return docs
})

export const findMeeting = cache(async (id: number): Promise<NetworkMeeting | null> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  if (!user) return null
  return payload
    .findByID({ collection: 'network-meetings', id, depth: 0, overrideAccess: false, user })
    .catch(() => null)
})

/** Whether the reader edits this network (links to the admin). */
export const viewerEdits = (user: User | null, network: Network) => isNetworkEditor(user, network)

/** The user ids a network and its plan name, for one peopleByUserId call. */
export function namedUserIds(network: Network, activities: NetworkActivity[] = []): number[] {
  return [
    ...relationIds([network.leader]),
    ...(network.steeringGroup ?? []).map((p) => relationId(p.user)),
    ...(network.secretariat ?? []).map((p) => relationId(p.user)),
    ...activities.map((a) => relationId(a.responsible)),
  ].filter((id): id is number => id !== undefined)
}
