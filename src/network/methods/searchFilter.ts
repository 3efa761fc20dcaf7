import type { Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import { staffRoles } from '@/access/roles'
import type { SearchReader } from '@/search/indexing/mappers'
import { forgetCached, refreshingCache } from '@/utilities/refreshingCache'

import {
  isNetworkEditor,
  isNetworkMember,
  networkEditConstraint,
  networkMemberConstraint,
  type NetworkRef,
} from '../access'

/** Where each network's people are kept in memory (src/utilities/refreshingCache.ts). */
const NETWORK_PEOPLE_CACHE = 'network-people'
const NETWORK_PEOPLE_TTL_MS = 15_000

/**
 * Every network with what decides who takes part (visibility, leader, member municipalities,
 * secretariat, steering group). Networks are few, and every search of a logged-in reader asks, so
 * they are kept in memory and read again in the background every 15 seconds (at once on this
 * server after a network changes): a search costs no query for them.
 */
const networkPeople = refreshingCache(
  NETWORK_PEOPLE_CACHE,
  async (payload: Payload): Promise<NetworkRef[]> => {
    // access: who takes part in each network, to apply the reader's own rules below.
    const { docs } = await payload.find({
      collection: 'networks',
      select: {
        visibility: true,
        leader: true,
        memberMunicipalities: true,
        secretariat: true,
        steeringGroup: true,
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs as NetworkRef[]
  },
  NETWORK_PEOPLE_TTL_MS,
)

/** After a network is saved or deleted on this server: read them again on the next search. */
export const forgetNetworkPeople = () => forgetCached(NETWORK_PEOPLE_CACHE)

/**
 * The networks whose published methods, internal ones included, a reader may read (true: every
 * network): its editors' and its members' networks, as in methodReadConstraint (./access.ts),
 * decided in memory by the same rules (isNetworkEditor, isNetworkMember).
 */
export async function methodNetworksOf(
  payload: Payload,
  user: SearchReader | null,
): Promise<number[] | true> {
  if (networkEditConstraint(user) === true || networkMemberConstraint(user) === true) return true
  if (!user || !checkRole(staffRoles, user)) return []
  return (await networkPeople.get(payload)).flatMap((network) =>
    network.id !== undefined && (isNetworkEditor(user, network) || isNetworkMember(user, network))
      ? [network.id]
      : [],
  )
}

/**
 * The methods a reader finds in the search are those the collection's read access lets them read
 * (methodReadConstraint; the index holds published methods only): public ones; for staff the
 * secretariat's own (no network); the internal ones of the networks they edit or take part in.
 * Null for the secretariat (admins), who read every method.
 */
export async function methodSearchFilter(
  payload: Payload,
  user: SearchReader | null,
): Promise<string | null> {
  if (checkRole(['admin'], user)) return null
  const networks = await methodNetworksOf(payload, user)
  if (networks === true) return null
  const or = ['visibility = "public"']
  if (checkRole(staffRoles, user)) or.push('network IS NULL')
  if (networks.length > 0) or.push(`network IN [${networks.join(', ')}]`)
  // Public methods only: the visibility filter every reader has says that already (methods have
  // no provider, so an NGO editor's own-provider clause never reaches one).
  if (or.length === 1) return null
  return `(${or.join(' OR ')})`
}
