import type { Payload, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { staffRoles } from '@/access/roles'
import type { SearchReader } from '@/search/indexing/mappers'

import { networkEditConstraint, networkMemberConstraint } from '../access'

/**
 * The networks whose published methods, internal ones included, a reader may read (true: every
 * network): its editors' and its members' networks, as in methodReadConstraint (./access.ts).
 */
export async function methodNetworksOf(
  payload: Payload,
  user: SearchReader | null,
): Promise<number[] | true> {
  const constraints = [networkEditConstraint(user), networkMemberConstraint(user)]
  if (constraints.includes(true)) return true
  const or = constraints.filter((constraint): constraint is Where => typeof constraint === 'object')
  if (or.length === 0) return []
  // access: the reader's own edit and member rules on networks, for their search filter.
  const { docs } = await payload.find({
    collection: 'networks',
    where: { or },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id)
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
  return `(${or.join(' OR ')})`
}
