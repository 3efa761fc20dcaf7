import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'

/** Consultants and admins write and publish every kind of content. */
export const isContentEditor: Access = ({ req: { user } }) => checkRole(contentEditorRoles, user)
