import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'

/** Consultants and admins write and publish every kind of content. */
export const isContentEditor: Access = ({ req: { user } }) => checkRole(contentEditorRoles, user)

/** Field-level variant, for fields only consultants and admins set (who answers for a listing). */
export const isContentEditorField: FieldAccess = ({ req: { user } }) =>
  checkRole(contentEditorRoles, user)
