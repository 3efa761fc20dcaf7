import type { Access } from 'payload'

import { checkRole } from './checkRole'

/**
 * Invitations: the secretariat sees and withdraws all; a consultant those they sent. Nobody else,
 * and nobody changes one over the API (the system stamps its state).
 */
export const canReadInvitations: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  if (checkRole(['consultant'], user)) return { invitedBy: { equals: user.id } }
  return false
}
