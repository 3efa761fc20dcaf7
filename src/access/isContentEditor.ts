import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Consultants and admins write and publish every kind of content. */
export const isContentEditor: Access = ({ req: { user } }) =>
  checkRole(['admin', 'consultant'], user)
