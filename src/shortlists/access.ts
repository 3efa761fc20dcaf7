import type { Access, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { staffRoles } from '@/access/roles'

/**
 * Who reads a saved shortlist through the collection (REST, Local API with overrideAccess: false):
 * its owner and the colleagues it is shared with by name; the secretariat reads all. A list shared
 * "with the link" is not listed here: the link (its unguessable key) is the permission, and only
 * the page that is given the key reads it (readShortlistByKey).
 */
export const canReadShortlist: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const where: Where = {
    or: [{ owner: { equals: user.id } }, { sharedWith: { in: [user.id] } }],
  }
  return where
}

/** Changing or deleting a list is its owner's (and the secretariat's). */
export const isShortlistOwner: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const where: Where = { owner: { equals: user.id } }
  return where
}

/** A colleague a list can be shared with, and who may open a list by its link: staff only. */
export const isProfessionalUser = (user: { role?: string | null } | null | undefined) =>
  checkRole(staffRoles, user)
