import { createHash } from 'node:crypto'

import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'

import { sessionAccount } from '@/security/sessionUser'

const secret = 'unit-test-secret-0123456789'
/** Signed as Payload signs (src: payload/dist/auth/jwt.js), with its derived key. */
async function payloadToken(
  claims: Record<string, unknown>,
  { key = secret, expiresIn = 3600, alg = 'HS256' } = {},
) {
  const derived = createHash('sha256').update(key).digest('hex').slice(0, 32)
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(new TextEncoder().encode(derived))
}

const account = (headers: Record<string, string>) =>
  sessionAccount(new Headers(headers), { secret })

describe('the logged-in account of a request, for limits', () => {
  it('reads a valid Payload token from the cookie or the Authorization header', async () => {
    const token = await payloadToken({ id: 42, collection: 'users', email: 'a@b.dk' })
    expect(account({ cookie: `theme=dark; payload-token=${token}; other=1` })).toBe('users:42')
    expect(account({ authorization: `JWT ${token}` })).toBe('users:42')
    expect(account({ authorization: `Bearer ${token}` })).toBe('users:42')
  })

  it('is anonymous for no token, a forged, expired, altered or non-HS256 one', async () => {
    expect(account({})).toBeNull()
    expect(account({ cookie: 'payload-token=abc.def.ghi' })).toBeNull()
    const forged = await payloadToken({ id: 1, collection: 'users' }, { key: 'another-secret-xyz' })
    expect(account({ cookie: `payload-token=${forged}` })).toBeNull()
    const expired = await payloadToken({ id: 1, collection: 'users' }, { expiresIn: -10 })
    expect(account({ cookie: `payload-token=${expired}` })).toBeNull()
    const good = await payloadToken({ id: 1, collection: 'users' })
    const [header, , signature] = good.split('.')
    const otherBody = Buffer.from(
      JSON.stringify({ id: 2, collection: 'users', exp: 9e9 }),
    ).toString('base64url')
    expect(account({ cookie: `payload-token=${header}.${otherBody}.${signature}` })).toBeNull()
    const hs512 = await payloadToken({ id: 1, collection: 'users' }, { alg: 'HS512' })
    expect(account({ cookie: `payload-token=${hs512}` })).toBeNull()
    // No secret configured: nobody is logged in as far as limits go.
    expect(sessionAccount(new Headers({ authorization: `JWT ${good}` }), { secret: '' })).toBeNull()
  })
})
