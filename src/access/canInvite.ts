import type { Access } from 'payload'

import { checkRole } from './checkRole'

/**
 * Who may invite someone: the secretariat (any role) and development consultants (NGO editors,
 * and caseworkers of their own municipality; src/accounts/invitations/rules.ts has the details).
 */
export const canInvite: Access = ({ req: { user } }) => checkRole(['admin', 'consultant'], user)
