import type { Access, PayloadRequest, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles, staffRoles } from '@/access/roles'
import { relationId, relationIds } from '@/utilities/relationId'

/**
 * Who may do what with a network (issue 18). These are relationships on the network over the
 * existing roles, not new roles:
 * - the secretariat (admin) edits every network;
 * - a consultant edits a network whose leader they are or whose secretariat names them;
 * - users of member municipalities (caseworkers, consultants) and the people the network names
 *   (leader, steering group, secretariat) read it and what belongs to it;
 * - everyone, anonymous included, reads a network marked public.
 * Other engineers build on these (methods, cooperation quality): keep the names stable.
 */
export type NetworkUser =
  { id: number | string; role?: string | null; municipality?: unknown } | null | undefined

/** A network as stored (relationships populated or not). */
export type NetworkRef = {
  id?: number
  visibility?: string | null
  leader?: unknown
  memberMunicipalities?: unknown
  secretariat?: Array<{ user?: unknown }> | null
  steeringGroup?: Array<{ user?: unknown }> | null
}

const userId = (user: NetworkUser): number | undefined =>
  user ? relationId(typeof user.id === 'string' ? Number(user.id) : user.id) : undefined

const namesUser = (people: NetworkRef['secretariat'], id: number): boolean =>
  (people ?? []).some((person) => relationId(person?.user) === id)

/** Leader or in the secretariat, and a consultant; or an admin (the secretariat edits all). */
export function isNetworkEditor(user: NetworkUser, network: NetworkRef): boolean {
  if (checkRole(['admin'], user)) return true
  if (!checkRole(contentEditorRoles, user)) return false
  const id = userId(user)
  if (id === undefined) return false
  return relationId(network.leader) === id || namesUser(network.secretariat, id)
}

/**
 * A user of a member municipality (caseworker or consultant), or a person the network names as
 * leader, in its steering group or secretariat.
 */
export function isNetworkMember(user: NetworkUser, network: NetworkRef): boolean {
  if (!user || !checkRole(staffRoles, user)) return false
  const id = userId(user)
  const municipality = relationId(user.municipality)
  if (
    municipality !== undefined &&
    relationIds(network.memberMunicipalities).includes(municipality)
  )
    return true
  if (id === undefined) return false
  return (
    relationId(network.leader) === id ||
    namesUser(network.secretariat, id) ||
    namesUser(network.steeringGroup, id)
  )
}

/** Reads the network: public, a member, or an editor. */
export function canReadNetwork(user: NetworkUser, network: NetworkRef): boolean {
  return (
    network.visibility === 'public' ||
    isNetworkMember(user, network) ||
    isNetworkEditor(user, network)
  )
}

/**
 * The `where` that finds the networks a user may read (true: all). The same rule as
 * canReadNetwork, as a query, for Payload's read access and for lists.
 */
export function networkReadConstraint(user: NetworkUser): Where | true {
  if (checkRole(['admin'], user)) return true
  const publicOnes: Where = { visibility: { equals: 'public' } }
  return { or: [publicOnes, ...participation(user)] }
}

/** The clauses that find the networks a user takes part in: by municipality or by name. */
function participation(user: NetworkUser): Where[] {
  if (!user || !checkRole(staffRoles, user)) return []
  const id = userId(user)
  const municipality = relationId(user.municipality)
  const or: Where[] = []
  if (municipality !== undefined) or.push({ memberMunicipalities: { in: [municipality] } })
  if (id !== undefined) {
    or.push({ leader: { equals: id } })
    or.push({ 'secretariat.user': { equals: id } })
    or.push({ 'steeringGroup.user': { equals: id } })
  }
  return or
}

/** The `where` that finds the networks a user may edit (true: all, false: none). */
export function networkEditConstraint(user: NetworkUser): Where | boolean {
  if (checkRole(['admin'], user)) return true
  if (!checkRole(contentEditorRoles, user)) return false
  const id = userId(user)
  if (id === undefined) return false
  return { or: [{ leader: { equals: id } }, { 'secretariat.user': { equals: id } }] }
}

/** Payload access for `networks`: read. */
export const canReadNetworks: Access = ({ req: { user } }) => networkReadConstraint(user)

/** Payload access for `networks`: update (and delete) by its editors. */
export const canEditNetworks: Access = ({ req: { user } }) => networkEditConstraint(user)

/** Payload access for `networks`: consultants and admins start networks. */
export const canCreateNetworks: Access = ({ req: { user } }) => checkRole(contentEditorRoles, user)

type Ids = number[] | true

/**
 * The ids of the networks a request's user may read or edit (true: all). For collections that
 * belong to a network (activities, meetings, methods, indicators): their access is
 * `{ network: { in: ids } }`, one small query per request, cached on `req.context`.
 */
export async function networkIdsFor(
  req: PayloadRequest,
  mode: 'read' | 'member' | 'edit',
): Promise<Ids> {
  const constraint =
    mode === 'read'
      ? networkReadConstraint(req.user)
      : mode === 'member'
        ? networkMemberConstraint(req.user)
        : networkEditConstraint(req.user)
  if (constraint === true) return true
  if (constraint === false) return []
  const key = `networkIds:${mode}:${req.user?.id ?? 'anonymous'}`
  const cached = req.context?.[key] as Ids | undefined
  if (cached) return cached
  // access: the constraint above is the user's own read/edit rule on networks.
  const { docs } = await req.payload.find({
    collection: 'networks',
    where: constraint,
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((doc) => doc.id)
  if (req.context) req.context[key] = ids
  return ids
}

/** `{ network: { in: ids } }` for a collection whose documents belong to a network. */
export function belongsToNetworks(ids: Ids, field = 'network'): Where | true {
  if (ids === true) return true
  return { [field]: { in: ids.length ? ids : [0] } }
}

/** Read access for a collection whose documents belong to a network the reader may read. */
export const canReadNetworkPart: Access = async ({ req }) =>
  belongsToNetworks(await networkIdsFor(req, 'read'))

/** Write access for a collection whose documents belong to a network the writer may edit. */
export const canEditNetworkPart: Access = async ({ req }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  return belongsToNetworks(await networkIdsFor(req, 'edit'))
}

/**
 * Create access for a network's parts: the network named in the data must be one the writer
 * edits (Payload does not apply a returned `where` to a create, so this checks the data itself).
 * Data that names no network is the admin asking whether to show "Create" and an editable create
 * form (it passes `{ _status: 'draft' }`, never the network the form will hold): editors of some
 * network may; `keepWithinEditableNetworks` then refuses a create that names none of theirs.
 */
export const canCreateNetworkPart: Access = async ({ req, data }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  const ids = await networkIdsFor(req, 'edit')
  if (ids === true) return true
  const network = relationId((data as { network?: unknown } | undefined)?.network)
  if (network === undefined) return ids.length > 0
  return ids.includes(network)
}

/**
 * The networks a user takes part in (member or editor), public or not: a public network's plan is
 * for everyone, its meetings and minutes for its members.
 */
export function networkMemberConstraint(user: NetworkUser): Where | boolean {
  if (checkRole(['admin'], user)) return true
  const or = participation(user)
  return or.length ? { or } : false
}

/** Read access for meetings: members and editors of the network only. */
export const canReadNetworkMeetings: Access = async ({ req }) =>
  belongsToNetworks(await networkIdsFor(req, 'member'))
