import { type Payload, type PayloadRequest, getFieldsToSign, jwtSign } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

/**
 * A Payload session for a user who signed in through their municipality, made exactly as
 * Payload's own login makes one (a session row on the user, a JWT naming it, the same cookie), so
 * everything that guards a password login guards this one too: the two-hour expiry, logout, the
 * session check on every request, and ending all sessions when an account is deactivated.
 * Nothing from the identity provider (no access or ID token) is stored.
 */
export async function issueSession(
  payload: Payload,
  userId: number,
  req: PayloadRequest,
): Promise<{ token: string; cookie: ReturnType<typeof sessionCookie> }> {
  const collectionConfig = payload.collections.users.config
  // access: the user has just been authenticated by their identity provider; this is the login.
  const user = await payload.db.findOne<Record<string, unknown> & { id: number; email: string }>({
    collection: 'users',
    where: { id: { equals: userId } },
    req,
  })
  if (!user) throw new Error(`sso: user ${userId} vanished during sign-in`)
  const { sid } = await addSessionToUser({
    collectionConfig,
    payload,
    req,
    user: user as unknown as Parameters<typeof addSessionToUser>[0]['user'],
  })
  const fieldsToSign = getFieldsToSign({
    collectionConfig,
    email: user.email,
    sid,
    user: { ...user, collection: 'users' } as unknown as Parameters<
      typeof getFieldsToSign
    >[0]['user'],
  })
  const { token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  return { token, cookie: sessionCookie(payload, token) }
}

export function sessionCookie(payload: Payload, token: string) {
  return generatePayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
    returnCookieAsObject: true,
  })
}
