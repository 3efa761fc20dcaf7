import type { Access, PayloadRequest, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { belongsToNetworks, networkIdsFor } from '@/network/access'
import { relationId } from '@/utilities/relationId'

/**
 * Cooperation quality belongs to a network's own work: its members (users of member
 * municipalities, the people it names) and its editors read it; nobody else, public network or not.
 */
export const canReadQuality: Access = async ({ req }) =>
  belongsToNetworks(await networkIdsFor(req, 'member'))

/** Indicator sets: the network's editors (leader, secretariat; admins) define them. */
export const canEditIndicatorSets: Access = async ({ req }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  return belongsToNetworks(await networkIdsFor(req, 'edit'))
}

/**
 * Create access as for the network's other parts (canCreateNetworkPart): data that names no network
 * is the admin asking for an editable create form; keepWithinEditableNetworks then refuses a set
 * made in no network or in one the writer does not edit.
 */
export const canCreateIndicatorSets: Access = async ({ req, data }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  const ids = await networkIdsFor(req, 'edit')
  if (ids === true) return true
  const network = relationId((data as { network?: unknown } | undefined)?.network)
  if (network === undefined) return ids.length > 0
  return ids.includes(network)
}

/**
 * Answers: the network's editors, and a consultant of a member municipality for their own
 * municipality. Caseworkers read, never answer for the municipality. Create is open to consultants
 * and admins; `checkAnswer` then checks the set's network and the municipality against the writer.
 */
export const canWriteAnswers: Access = async ({ req }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  const edit = await networkIdsFor(req, 'edit')
  if (edit === true) return true
  const clauses: Where[] = []
  if (edit.length) clauses.push({ network: { in: edit } })
  const own = ownMunicipality(req)
  const member = await networkIdsFor(req, 'member')
  if (own !== undefined && member !== true && member.length) {
    clauses.push({ and: [{ municipality: { equals: own } }, { network: { in: member } }] })
  }
  return clauses.length ? { or: clauses } : false
}

export const canCreateAnswers: Access = ({ req }) => checkRole(contentEditorRoles, req.user)

export const canDeleteAnswers: Access = async ({ req }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  return belongsToNetworks(await networkIdsFor(req, 'edit'))
}

/** The municipality of a consultant (who answers for it); undefined for everyone else. */
export function ownMunicipality(req: PayloadRequest): number | undefined {
  if (!checkRole(['consultant'], req.user)) return undefined
  return relationId((req.user as { municipality?: unknown }).municipality)
}
