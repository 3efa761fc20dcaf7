import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { organizationOf } from '@/access/organizationOf'
import { contentEditorRoles, staffRoles } from '@/access/roles'
import { networkIdsFor } from '@/network/access'
import { relationId, relationIds } from '@/utilities/relationId'

import type { CooperationTool } from './options'

/**
 * Who may do what with a cooperation (issue 19), as tiny named rules over the existing roles:
 * - consultants and the secretariat (admin) create and edit cooperations, the shared tools and the
 *   municipalities' side included;
 * - the parties read: users (caseworkers, consultants) of a party municipality, and the NGO
 *   editors of the party organization;
 * - the network's professionals (members and editors of the cooperation's network) read;
 * - everyone reads a cooperation marked public, and of it only the tools marked public
 *   (a migrated agreement is public, the other tools are internal by default);
 * - an NGO editor changes only their organization's side (`cooperation-sides`), as a draft that
 *   waits for a consultant's review.
 */

type CooperationRef = {
  visibility?: string | null
  publicTools?: string[] | null
  organization?: unknown
  municipalities?: unknown
  network?: unknown
}

const isEditor = (req: PayloadRequest) => checkRole(contentEditorRoles, req.user)

/** The clauses that find the cooperations a user is a party to (by municipality or NGO). */
function partyClauses(req: PayloadRequest): Where[] {
  const user = req.user as { role?: string | null; municipality?: unknown } | null
  const or: Where[] = []
  const municipality = relationId(user?.municipality)
  if (municipality !== undefined && checkRole(staffRoles, user))
    or.push({ municipalities: { in: [municipality] } })
  const organization = organizationOf(user)
  if (organization !== undefined) or.push({ organization: { equals: organization } })
  return or
}

/** The `where` of the cooperations a request's user may read (true: all). */
export async function cooperationReadConstraint(req: PayloadRequest): Promise<Where | true> {
  if (isEditor(req)) return true
  const or: Where[] = [{ visibility: { equals: 'public' } }, ...partyClauses(req)]
  if (checkRole(staffRoles, req.user)) {
    const networks = await networkIdsFor(req, 'member')
    if (networks === true) return true
    if (networks.length) or.push({ network: { in: networks } })
  }
  return { or }
}

/** Payload access for `cooperations`: read. */
export const canReadCooperations: Access = async ({ req }) => cooperationReadConstraint(req)

/** Payload access for `cooperations`: create, update, delete by consultants and admins. */
export const canEditCooperations: Access = ({ req }) => isEditor(req)

/** Is the request's user a party to, or a professional of the network of, this cooperation? */
export async function isCooperationInsider(
  req: PayloadRequest,
  doc: CooperationRef,
): Promise<boolean> {
  if (isEditor(req)) return true
  const user = req.user as { role?: string | null; municipality?: unknown } | null
  if (!user) return false
  const organization = organizationOf(user)
  if (organization !== undefined) return relationId(doc.organization) === organization
  if (!checkRole(staffRoles, user)) return false
  const municipality = relationId(user.municipality)
  if (municipality !== undefined && relationIds(doc.municipalities).includes(municipality))
    return true
  const network = relationId(doc.network)
  if (network === undefined) return false
  const networks = await networkIdsFor(req, 'member')
  return networks === true || networks.includes(network)
}

/**
 * Field read access of a tool: insiders always; others (a public cooperation's public readers)
 * only when the tool is marked public.
 */
export const canReadCooperationTool =
  (tool: CooperationTool): FieldAccess =>
  async ({ req, doc }) => {
    if (isEditor(req)) return true
    const cooperation = (doc ?? {}) as CooperationRef
    if (cooperation.visibility === 'public' && (cooperation.publicTools ?? []).includes(tool))
      return true
    return isCooperationInsider(req, cooperation)
  }

/** Internal fields of a cooperation (the checklist's answers): insiders only. */
export const canReadCooperationInternals: FieldAccess = async ({ req, doc }) =>
  isCooperationInsider(req, (doc ?? {}) as CooperationRef)

// ---------------------------------------------------------------- the NGO's side

/**
 * Read access for `cooperation-sides`: consultants and admins all; the NGO's editors their own
 * organization's sides (drafts included); everyone the published side of a cooperation they read.
 */
export const canReadCooperationSides: Access = async ({ req }): Promise<Where | true> => {
  if (isEditor(req)) return true
  const organization = organizationOf(req.user)
  const readable = await cooperationReadConstraint(req)
  // access: the cooperations the user may read by the rule above, ids only.
  const { docs } = await req.payload.find({
    collection: 'cooperations',
    where: readable === true ? {} : readable,
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((doc) => doc.id)
  const published: Where = {
    and: [{ _status: { equals: 'published' } }, { cooperation: { in: ids.length ? ids : [0] } }],
  }
  return organization === undefined
    ? published
    : { or: [{ provider: { equals: organization } }, published] }
}

/**
 * Create and update access for `cooperation-sides`: consultants and admins; an NGO editor their own
 * organization's side, never publishing it themselves (the moderation plugin holds it as a draft).
 */
export const canWriteCooperationSides: Access = ({ req, data }) => {
  if (isEditor(req)) return true
  const organization = organizationOf(req.user)
  if (organization === undefined || data?._status === 'published') return false
  if (data && 'provider' in data && relationId(data.provider) !== organization) return false
  return { provider: { equals: organization } }
}

/** Delete access for `cooperation-sides`: consultants and admins. */
export const canDeleteCooperationSides: Access = ({ req }) => isEditor(req)
