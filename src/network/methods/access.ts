import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'
import { published, publishedPublic } from '@/access/publishedPublic'
import { contentEditorRoles, staffRoles } from '@/access/roles'

/**
 * Methods and templates: consultants and admins read everything (drafts too), the network's other
 * professionals (caseworkers) the published ones, NGO editors and the public only what is published
 * and public.
 */
export const canReadMethods: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  if (checkRole(staffRoles, user)) return published
  return publishedPublic
}

/** Consultants and admins write the library (the secretariat and the networks' working groups). */
export const canWriteMethods: Access = ({ req: { user } }) => checkRole(contentEditorRoles, user)

/** Whether a reader sees internal methods' files: staff do, NGO editors and the public do not. */
export const seesInternalMethodFiles = (user: { role?: string | null } | null | undefined) =>
  checkRole(staffRoles, user)
