import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'
import { published, publishedPublic } from './publishedPublic'

/** Legislation notes: like listings, without an NGO editor's own documents (they write none). */
export const canReadNotes: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  if (checkRole(['caseworker'], user)) return published
  return publishedPublic
}
