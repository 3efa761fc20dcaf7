import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { deactivatedLoginMessage, isDeactivationReason } from '../reasons'

/**
 * A closed account cannot sign in: runs after the password was accepted (so it tells nothing to
 * whoever does not know it) and before a token is signed; the login's transaction, with the new
 * session, is rolled back. Payload runs it for a login and for a password reset alike.
 */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook = ({ req, user }) => {
  const account = user as { deactivatedAt?: unknown; deactivationReason?: unknown }
  if (account.deactivatedAt) {
    const reason = isDeactivationReason(account.deactivationReason)
      ? account.deactivationReason
      : null
    throw new APIError(deactivatedLoginMessage(reason, req.i18n?.language), 403, undefined, true)
  }
  return user
}
