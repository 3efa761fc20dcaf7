import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

import { readServerEnv } from '@/env'

/**
 * Links in e-mails that act for their recipient without a login (confirm a listing, stop a kind
 * of mail): a token names its purpose, its subject and its expiry, signed with a key derived from
 * PAYLOAD_SECRET, so it is good for that one thing until then and cannot be turned into another.
 * Following such a link never changes state by itself: the page it opens asks for a POST.
 */
const claimsSchema = z.object({
  p: z.string().min(1),
  s: z.string().min(1),
  e: z.number().int().positive(),
})

export type SignedClaims = { purpose: string; subject: string; expiresAt: Date }

export type TokenCheck =
  | { ok: true; subject: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'signature' | 'purpose' | 'expired' }

function signingKey(secret?: string): Buffer {
  const base = secret ?? readServerEnv().PAYLOAD_SECRET
  if (!base) throw new Error('PAYLOAD_SECRET is needed to sign links')
  // A key of its own, so a link signature can never double as a session signature.
  return createHmac('sha256', base).update('videnportal/signed-links/v1').digest()
}

function mac(body: string, secret?: string): Buffer {
  return createHmac('sha256', signingKey(secret)).update(body).digest()
}

export function signToken(claims: SignedClaims, secret?: string): string {
  const body = Buffer.from(
    JSON.stringify({
      p: claims.purpose,
      s: claims.subject,
      e: Math.floor(claims.expiresAt.getTime() / 1000),
    }),
  ).toString('base64url')
  return `${body}.${mac(body, secret).toString('base64url')}`
}

export function verifyToken(
  token: unknown,
  purpose: string,
  now: Date = new Date(),
  secret?: string,
): TokenCheck {
  if (typeof token !== 'string' || token.length > 1000) return { ok: false, reason: 'malformed' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'malformed' }
  const expected = mac(body, secret)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' }
  }
  let claims: z.infer<typeof claimsSchema>
  try {
    claims = claimsSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (claims.p !== purpose) return { ok: false, reason: 'purpose' }
  const expiresAt = new Date(claims.e * 1000)
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, subject: claims.s, expiresAt }
}

/** Danish words for a link that did not hold, for the pages that open them. */
export const tokenProblemDa: Record<Exclude<TokenCheck, { ok: true }>['reason'], string> = {
  malformed: 'Linket er ufuldstændigt. Kopiér hele linket fra e-mailen.',
  signature: 'Linket er ikke gyldigt. Brug linket fra den seneste e-mail.',
  purpose: 'Linket hører til en anden handling.',
  expired: 'Linket er udløbet. Log ind for at gøre det samme, eller brug en nyere e-mail.',
}

/** An absolute URL to a path of the portal, for e-mails (SERVER_URL, else the local server). */
export function absoluteUrl(
  pathAndQuery: string,
  env: Partial<Record<'SERVER_URL' | 'PORT', string>> = process.env as Record<string, string>,
): string {
  const base = env.SERVER_URL?.replace(/\/+$/, '') || `http://localhost:${env.PORT || '3000'}`
  return `${base}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`
}
