import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The logged-in account of a request, for keying limits only: the Payload token (the
 * `payload-token` cookie or an `Authorization: JWT …`/`Bearer …` header) with its HS256 signature
 * checked against PAYLOAD_SECRET and its expiry, without a database round trip. A revoked session
 * still counts as its account here, which is harmless for a limit: nobody can make a token for an
 * account without the secret. Anything else (no token, a forged or expired one) is anonymous.
 */
const keys = new Map<string, Buffer>()

/** Payload signs with the first 32 hex characters of sha256(PAYLOAD_SECRET), as text. */
function signingKey(secret: string) {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(createHash('sha256').update(secret).digest('hex').slice(0, 32))
    keys.set(secret, key)
  }
  return key
}

function tokenOf(headers: Pick<Headers, 'get'>, cookiePrefix: string): string | undefined {
  const authorization = headers.get('authorization')
  const bearer = authorization ? /^(?:JWT|Bearer)\s+(\S+)$/i.exec(authorization) : null
  if (bearer) return bearer[1]
  const name = `${cookiePrefix}-token=`
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(name)) return cookie.slice(name.length)
  }
  return undefined
}

const base64url = (value: string) => Buffer.from(value, 'base64url')

/** `users:<id>` for a valid token, else null. */
export function sessionAccount(
  headers: Headers,
  options: { secret?: string; cookiePrefix?: string; now?: number } = {},
): string | null {
  const claims = sessionClaims(headers, options)
  return claims ? `${claims.collection}:${claims.id}` : null
}

/**
 * The account of a valid token: its id, collection and (saved to the token by the users
 * collection) role, for keying limits and for the log lines of a request. Never the e-mail.
 */
export function sessionClaims(
  headers: Pick<Headers, 'get'>,
  {
    secret = process.env.PAYLOAD_SECRET,
    cookiePrefix = 'payload',
    now = Date.now(),
  }: { secret?: string; cookiePrefix?: string; now?: number } = {},
): { id: string | number; collection: string; role?: string } | null {
  if (!secret) return null
  const token = tokenOf(headers, cookiePrefix)
  if (!token || token.length > 4096) return null
  const [header, body, signature, ...rest] = token.split('.')
  if (!header || !body || !signature || rest.length) return null
  try {
    const protectedHeader = JSON.parse(base64url(header).toString('utf8')) as { alg?: unknown }
    if (protectedHeader.alg !== 'HS256') return null
    const expected = createHmac('sha256', signingKey(secret)).update(`${header}.${body}`).digest()
    const given = base64url(signature)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    const claims = JSON.parse(base64url(body).toString('utf8')) as {
      id?: unknown
      collection?: unknown
      exp?: unknown
      role?: unknown
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null
    if (typeof claims.id !== 'string' && typeof claims.id !== 'number') return null
    return {
      id: claims.id,
      collection: typeof claims.collection === 'string' ? claims.collection : 'users',
      ...(typeof claims.role === 'string' ? { role: claims.role } : {}),
    }
  } catch {
    return null
  }
}
