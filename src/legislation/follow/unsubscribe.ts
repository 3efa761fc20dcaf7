import type { Payload, Where } from 'payload'

import { lawLabel, lawValues } from '@/domain/options'
import { signToken, verifyToken, type TokenCheck } from '@/mail/signedLinks'

import { SUBSCRIPTIONS_SLUG, type SubscriptionKind } from './collections/subscriptions'
import type { Followed } from './changes'

export const FOLLOW_UNSUBSCRIBE_PURPOSE = 'follow-unsubscribe'
/** As long as the mail's general unsubscribe link: an old digest in an inbox still works. */
const UNSUBSCRIBE_DAYS = 183

/** What one stop link ends: this subscription of this user, following this topic or law. */
export type SubscriptionTarget = {
  subscription: number
  user: number
  kind: SubscriptionKind
  value: number | string
}

export type SubscriptionTokenCheck =
  { ok: true; target: SubscriptionTarget } | Extract<TokenCheck, { ok: false }>

const subjectOf = (t: SubscriptionTarget) => `sub:${t.subscription}:${t.user}:${t.kind}:${t.value}`

/** The signed link's token for one subscription: good for stopping that one and nothing else. */
export function subscriptionToken(
  userId: number,
  subscription: Pick<Followed, 'id' | 'kind' | 'value'>,
  now = new Date(),
): string {
  return signToken({
    purpose: FOLLOW_UNSUBSCRIBE_PURPOSE,
    subject: subjectOf({
      subscription: subscription.id,
      user: userId,
      kind: subscription.kind,
      value: subscription.value,
    }),
    expiresAt: new Date(now.getTime() + UNSUBSCRIBE_DAYS * 86_400_000),
  })
}

export function readSubscriptionToken(token: unknown, now = new Date()): SubscriptionTokenCheck {
  const check = verifyToken(token, FOLLOW_UNSUBSCRIBE_PURPOSE, now)
  if (!check.ok) return check
  const match = /^sub:(\d{1,10}):(\d{1,10}):(topic|law):([a-z0-9-]{1,60})$/.exec(check.subject)
  if (!match) return { ok: false, reason: 'malformed' }
  const kind = match[3] as SubscriptionKind
  const raw = match[4]!
  if (kind === 'topic' && !/^\d{1,10}$/.test(raw)) return { ok: false, reason: 'malformed' }
  if (kind === 'law' && !(lawValues as readonly string[]).includes(raw))
    return { ok: false, reason: 'malformed' }
  return {
    ok: true,
    target: {
      subscription: Number(match[1]),
      user: Number(match[2]),
      kind,
      value: kind === 'topic' ? Number(raw) : raw,
    },
  }
}

/** Danish name of what a stop link is about: »emnet »ADHD«« or »Barnets Lov«. */
export async function describeTarget(payload: Payload, target: SubscriptionTarget) {
  if (target.kind === 'law') return `loven »${lawLabel(String(target.value))}«`
  // access: topics are readable by anyone.
  const topic = await payload
    .findByID({
      collection: 'topics',
      id: Number(target.value),
      depth: 0,
      select: { name: true },
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  return topic?.name ? `emnet »${topic.name}«` : 'et emne, der ikke findes længere'
}

/**
 * Ends the one subscription a signed link names, without a login: only when it still belongs to
 * that user and follows that topic or law. Doing it twice changes nothing ('gone').
 */
export async function stopSubscription(
  payload: Payload,
  target: SubscriptionTarget,
): Promise<'stopped' | 'gone'> {
  const where: Where = {
    and: [
      { id: { equals: target.subscription } },
      { user: { equals: target.user } },
      { kind: { equals: target.kind } },
      target.kind === 'topic'
        ? { topic: { equals: target.value } }
        : { law: { equals: target.value } },
    ],
  }
  // access: the signed token is the authority (the person follows a link from their mail); the
  // where clause keeps it to the one subscription the token names.
  const { docs } = await payload.delete({
    collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
    where,
    depth: 0,
    overrideAccess: true,
  })
  return docs.length > 0 ? 'stopped' : 'gone'
}
