import { randomBytes } from 'node:crypto'

import { absoluteUrl, signToken, verifyToken, type TokenCheck } from '@/mail/signedLinks'

export const INVITATION_PURPOSE = 'invitation'

/** A fresh secret for one link: a resent invitation gets a new one, which ends the old link. */
export const newLinkNonce = () => randomBytes(18).toString('base64url')

export function invitationToken(id: number, nonce: string, expiresAt: Date): string {
  return signToken({ purpose: INVITATION_PURPOSE, subject: `invitation:${id}:${nonce}`, expiresAt })
}

export const invitationUrl = (token: string) => absoluteUrl(`/invitation?t=${token}`)

export type InvitationLink =
  | { ok: true; id: number; nonce: string }
  | { ok: false; reason: Exclude<TokenCheck, { ok: true }>['reason'] }

/** Reads an invitation link: signed, for invitations, not expired, naming an invitation. */
export function readInvitationToken(token: unknown, now: Date): InvitationLink {
  const check = verifyToken(token, INVITATION_PURPOSE, now)
  if (!check.ok) return check
  const match = /^invitation:(\d{1,10}):([A-Za-z0-9_-]{10,64})$/.exec(check.subject)
  if (!match) return { ok: false, reason: 'malformed' }
  return { ok: true, id: Number(match[1]), nonce: match[2]! }
}
