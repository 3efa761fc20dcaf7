import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

import { z } from 'zod'

/**
 * One sign-in in progress: the provider, the `state` and `nonce` sent to it, the PKCE code
 * verifier and where to go afterwards. It lives only in the browser that started the sign-in, as
 * an httpOnly cookie encrypted and authenticated (AES-256-GCM) with a key derived from
 * PAYLOAD_SECRET, for ten minutes. Nothing is kept on the server, so any app server can finish a
 * sign-in another one started, and the cookie is removed as soon as the callback has read it.
 */
export const TRANSACTION_COOKIE = 'videnportal-sso'
export const TRANSACTION_MINUTES = 10

const transactionSchema = z.object({
  provider: z.string().min(1).max(40),
  state: z.string().min(16).max(200),
  nonce: z.string().min(16).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(500),
  expiresAt: z.number().int().positive(),
})

export type SsoTransaction = z.infer<typeof transactionSchema>

function key(secret: string): Buffer {
  // A key of its own: neither a session nor a signed link can be turned into a transaction.
  return createHmac('sha256', secret).update('videnportal/sso-transaction/v1').digest()
}

export function sealTransaction(transaction: SsoTransaction, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()])
  return [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.')
}

export type OpenedTransaction =
  | { ok: true; transaction: SsoTransaction }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' }

export function openTransaction(
  sealed: string | undefined,
  secret: string,
  now: Date = new Date(),
): OpenedTransaction {
  if (!sealed) return { ok: false, reason: 'missing' }
  if (sealed.length > 4000) return { ok: false, reason: 'invalid' }
  const [iv, body, tag, ...rest] = sealed.split('.')
  if (!iv || !body || !tag || rest.length) return { ok: false, reason: 'invalid' }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()])
    const transaction = transactionSchema.parse(JSON.parse(plain.toString('utf8')))
    if (transaction.expiresAt <= now.getTime()) return { ok: false, reason: 'expired' }
    return { ok: true, transaction }
  } catch {
    return { ok: false, reason: 'invalid' }
  }
}
