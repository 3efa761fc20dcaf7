import type { Access, PayloadRequest, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { published, publishedPublic } from '@/access/publishedPublic'
import { contentEditorRoles, staffRoles } from '@/access/roles'

import { belongsToNetworks, networkIdsFor } from '../access'

/**
 * Methods and templates belong to a network (issue 18) and follow it like its activities and
 * meetings do (src/network/access.ts):
 * - the network's editors (its leader or secretariat, consultants; admins everywhere) read all of
 *   its methods, drafts included, and write them;
 * - the network's members (users of member municipalities, the people it names) read its published
 *   methods, internal ones included;
 * - everyone, anonymous included, reads a published method marked public;
 * - a method of no network is the secretariat's own (admins write it): staff read it once
 *   published, the public when it is also public.
 * The search applies the same rule to the index (./searchFilter.ts): keep the two in step.
 */
export async function methodReadConstraint(req: PayloadRequest): Promise<Where | true> {
  if (checkRole(['admin'], req.user)) return true
  const or: Where[] = [publishedPublic]
  if (req.user) {
    const edits = await networkIdsFor(req, 'edit')
    if (edits === true) return true
    const member = await networkIdsFor(req, 'member')
    if (edits.length) or.push(belongsToNetworks(edits) as Where)
    if (member === true || member.length)
      or.push({ and: [published, belongsToNetworks(member) as Where] })
    if (checkRole(staffRoles, req.user))
      or.push({ and: [published, { network: { exists: false } }] })
  }
  return { or }
}

/** Payload read access for `methods` (and, through it, for their files). */
export const canReadMethods: Access = ({ req }) => methodReadConstraint(req)

/**
 * Versions of methods: their network's editors only. A version's fields sit under `version.`, so
 * the network constraint names `version.network` (the plain `network` is no column there).
 */
export const canReadMethodVersions: Access = async ({ req }) => {
  if (!checkRole(contentEditorRoles, req.user)) return false
  return belongsToNetworks(await networkIdsFor(req, 'edit'), 'version.network')
}
