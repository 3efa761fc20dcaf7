import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'

/** Those who write content may attach images and PDFs to it; caseworkers only read. */
export const canUploadMedia: Access = ({ req: { user } }) =>
  checkRole(['admin', 'consultant', 'ngo-editor'], user)

/** Consultants and admins change any file; an NGO editor only the files they uploaded. */
export const canChangeMedia: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  if (checkRole(['ngo-editor'], user)) return { createdBy: { equals: user!.id } }
  return false
}
