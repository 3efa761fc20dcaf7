import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'

/**
 * Files are public once approved. A consultant's or admin's upload is approved at once; an NGO
 * editor's waits for a consultant (like their text), and meanwhile only they and editors see it.
 */
const approved: Where = { approved: { equals: true } }

export const canReadMedia: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  if (user && checkRole(['ngo-editor'], user))
    return { or: [approved, { createdBy: { equals: user.id } }] }
  return approved
}
