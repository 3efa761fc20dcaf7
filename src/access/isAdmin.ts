import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'

export const isAdmin: Access = ({ req: { user } }) => checkRole(['admin'], user)

/** Field-level variant, for fields only admins may set (a user's role). */
export const isAdminField: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)
