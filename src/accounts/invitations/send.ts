import type { Payload, PayloadRequest } from 'payload'

import type { Role } from '@/access/roles'
import { queueMail, type QueueMailResult } from '@/mail/queueMail'

import { invitationToken, invitationUrl } from './link'
import { invitationMail } from './mail'

export type InvitationRow = {
  id: number
  email: string
  name: string
  title?: string | null
  role: Role
  municipality?: unknown
  message?: string | null
  organization?: unknown
  invitedBy?: unknown
  expiresAt: string
  linkNonce: string
  status?: string | null
}

/** The invitation with its link secret (a hidden field), for the system only. */
export async function readInvitation(
  payload: Payload,
  id: number,
  req?: PayloadRequest,
): Promise<InvitationRow | null> {
  // access: system read, the link secret included; never returned to a client.
  return (await payload.findByID({
    collection: 'invitations',
    id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as InvitationRow | null
}

const idOf = (value: unknown): number | null =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? Number((value as { id: unknown }).id)
      : null

/**
 * Queues the invitation mail with its signed one-time link. Inside the creating request (`req`)
 * the mail is queued only if the invitation commits; the dedupe key names the link's secret, so
 * a resend (a new secret) is a new mail and a repeated hook is not.
 */
export async function sendInvitationMail(
  payload: Payload,
  id: number,
  { req, now }: { req?: PayloadRequest; now?: Date } = {},
): Promise<QueueMailResult | 'not-found'> {
  const invitation = await readInvitation(payload, id, req)
  if (!invitation) return 'not-found'
  const inviterId = idOf(invitation.invitedBy)
  const organizationId = idOf(invitation.organization)
  const [inviter, organization] = await Promise.all([
    inviterId
      ? // access: the inviter's name for the mail.
        payload.findByID({
          collection: 'users',
          id: inviterId,
          depth: 0,
          select: { name: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null,
    organizationId
      ? // access: the organization's name for the mail.
        payload.findByID({
          collection: 'organizations',
          id: organizationId,
          depth: 0,
          draft: true,
          select: { name: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null,
  ])
  const expiresAt = new Date(invitation.expiresAt)
  const url = invitationUrl(invitationToken(invitation.id, invitation.linkNonce, expiresAt))
  const mail = invitationMail({
    name: invitation.name,
    role: invitation.role,
    inviterName: (inviter as { name?: string } | null)?.name || 'Sekretariatet',
    organizationName: (organization as { name?: string } | null)?.name,
    message: invitation.message,
    url,
    expiresAt,
  })
  return queueMail(payload, {
    to: invitation.email,
    subject: mail.subject,
    content: mail.content,
    reason: mail.reason,
    dedupeKey: `invitation:${invitation.id}:${invitation.linkNonce}`,
    req,
    now,
  })
}
