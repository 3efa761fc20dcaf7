import type { Payload } from 'payload'

import { UNSUBSCRIBE_PURPOSE } from './queueMail'
import { verifyToken, type TokenCheck } from './signedLinks'
import { isMailTopic, MAIL_TOPICS, type MailTopic } from './topics'

export type UnsubscribeTarget = { userId: string; topic: MailTopic }

export type UnsubscribeCheck =
  { ok: true; target: UnsubscribeTarget; expiresAt: Date } | Extract<TokenCheck, { ok: false }>

/** Reads an unsubscribe token: which user stops which kind of mail. */
export function readUnsubscribeToken(token: unknown, now = new Date()): UnsubscribeCheck {
  const check = verifyToken(token, UNSUBSCRIBE_PURPOSE, now)
  if (!check.ok) return check
  const match = /^user:([^:]+):([a-zA-Z]+)$/.exec(check.subject)
  if (!match || !isMailTopic(match[2])) return { ok: false, reason: 'malformed' }
  return { ok: true, target: { userId: match[1]!, topic: match[2] }, expiresAt: check.expiresAt }
}

/** Stops one kind of mail for one user; doing it twice changes nothing. */
export async function unsubscribe(
  payload: Payload,
  target: UnsubscribeTarget,
): Promise<{ topicLabel: string } | null> {
  // access: the signed token is the authority here (the user follows a link from their mail).
  const user = (await payload.findByID({
    collection: 'users',
    id: target.userId,
    depth: 0,
    select: { mailOptOut: true },
    overrideAccess: true,
    disableErrors: true,
  })) as { mailOptOut?: string[] | null } | null
  if (!user) return null
  const current = user.mailOptOut ?? []
  if (!current.includes(target.topic)) {
    await payload.update({
      collection: 'users',
      id: target.userId,
      data: { mailOptOut: [...current, target.topic] } as never,
      depth: 0,
      overrideAccess: true,
    })
  }
  return { topicLabel: MAIL_TOPICS[target.topic].da }
}
