import type { Payload, PayloadRequest } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import { queueMail, type QueueMailResult } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { changeLabel, followedChanges, loadSubscriptions, type FollowedChange } from './changes'
import { SUBSCRIPTIONS_SLUG } from './collections/subscriptions'
import { FOLLOW_VISITS_SLUG } from './collections/followVisits'
import { followPaths } from './paths'
import { subscriptionToken } from './unsubscribe'
import { isoWeek } from './week'

/** A first digest looks back at most this far (a subscription older than the feature). */
const MAX_LOOKBACK_DAYS = 31

export type DigestReport = {
  people: number
  queued: number
  duplicate: number
  optedOut: number
  empty: number
}

/** The dedupe key of a person's digest: one per person and ISO week, on every server. */
export const digestKey = (userId: number, now: Date) =>
  `follow-digest:${userId}:${isoWeek(now).key}`

type State = { id: number; digestedUntil?: string | null }

async function readStates(payload: Payload, userIds: number[], req: PayloadRequest) {
  // access: the system's own memory of the follow feature.
  const { docs } = await payload.find({
    collection: FOLLOW_VISITS_SLUG as 'follow-visits',
    where: { user: { in: userIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((doc) => {
      const row = doc as unknown as State & { user: unknown }
      return [relationId(row.user)!, row] as const
    }),
  )
}

async function rememberDigest(
  payload: Payload,
  userId: number,
  state: State | undefined,
  until: Date,
  req: PayloadRequest,
) {
  const data = { digestedUntil: until.toISOString() }
  // access: the system's own memory of the follow feature.
  if (state) {
    await payload.update({
      collection: FOLLOW_VISITS_SLUG as 'follow-visits',
      id: state.id,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } else {
    await payload.create({
      collection: FOLLOW_VISITS_SLUG as 'follow-visits',
      data: { user: userId, ...data } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

const itemOf = (change: FollowedChange) => ({
  text: `${changeLabel(change)}: ${change.title}${
    change.effectiveDate ? ` (gælder fra ${formatDanishDate(change.effectiveDate)})` : ''
  }`,
  url: absoluteUrl(change.path),
})

/**
 * The weekly digest (task sendFollowDigest): for every person who follows topics or laws, one
 * e-mail with the legislation notes published or changed in their topics and laws, and the
 * listings changed in their topics that can be used in their municipality, since their previous
 * digest (their first: since they began to follow, at most a month back). Nothing new, no mail.
 * What they read is what they may read (their own access). One mail per person per ISO week
 * (the outbox's dedupe key), however many servers or runs; each subscription has its own signed
 * stop link, and the footer's link stops the digest as a whole.
 */
export async function sendFollowDigests(
  req: PayloadRequest,
  now: Date = new Date(),
  scope: { users?: number[] } = {},
): Promise<DigestReport> {
  const { payload } = req
  const report: DigestReport = { people: 0, queued: 0, duplicate: 0, optedOut: 0, empty: 0 }
  // access: the jobs runner reads who follows what; nothing read here reaches another reader.
  const { docs: rows } = await payload.find({
    collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
    ...(scope.users ? { where: { user: { in: scope.users } } } : {}),
    select: { user: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const firstFollowed = new Map<number, number>()
  for (const row of rows as unknown as Array<{ user: unknown; createdAt: string }>) {
    const user = relationId(row.user)
    if (user === undefined) continue
    const at = Date.parse(row.createdAt)
    firstFollowed.set(user, Math.min(at, firstFollowed.get(user) ?? at))
  }
  if (firstFollowed.size === 0) return report
  const states = await readStates(payload, [...firstFollowed.keys()], req)
  const week = isoWeek(now)

  for (const [userId, followedSince] of firstFollowed) {
    // access: the recipient's own account, to read as them and to address the mail.
    const user = (await payload.findByID({
      collection: 'users',
      id: userId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as (User & { deactivatedAt?: string | null }) | null
    if (!user?.email || user.deactivatedAt) continue
    report.people++
    const state = states.get(userId)
    const floor = now.getTime() - MAX_LOOKBACK_DAYS * 86_400_000
    const from = new Date(
      Math.max(state?.digestedUntil ? Date.parse(state.digestedUntil) : followedSince, floor),
    )
    if (from.getTime() >= now.getTime()) continue
    const subscriptions = await loadSubscriptions(payload, userId, req)
    const changes = await followedChanges(payload, {
      user,
      subscriptions,
      period: { from, to: now },
      limit: 25,
      req,
    })
    const count = changes.notes.length + changes.listings.length
    if (count === 0) {
      report.empty++
      await rememberDigest(payload, userId, state, now, req)
      continue
    }
    const followed = subscriptions.map((s) => s.label).join(', ')
    const result: QueueMailResult = await queueMail(payload, {
      to: user.email,
      subject: `Videnportal uge ${week.week}: ${describeCount(changes.notes.length, changes.listings.length)} i det, du følger`,
      content: {
        intro: [
          `Hej ${user.name || user.email}`,
          `Her er det nye siden ${formatDanishDate(from, { withTime: true })} i de emner og love, du følger: ${followed}.`,
        ],
        items: [...changes.notes, ...changes.listings].map(itemOf),
        action: { label: 'Se og ret, hvad du følger', url: absoluteUrl(followPaths.manage) },
        outro: [
          'Opslag vises, når de kan bruges i din kommune eller i hele netværket. Du ser det samme, som når du er logget ind på portalen.',
        ],
        more: {
          heading: 'Stop ét af dine abonnementer (uden at logge ind):',
          links: subscriptions.map((subscription) => ({
            text: `Stop ${subscription.kind === 'topic' ? 'emnet' : 'loven'} »${subscription.label}«`,
            url: absoluteUrl(
              `${followPaths.stop}?t=${subscriptionToken(userId, subscription, now)}`,
            ),
          })),
        },
      },
      reason: `Du får denne e-mail hver uge, hvor der er nyt, fordi du følger ${followed} på Videnportalen.`,
      topic: 'followDigest',
      recipient: userId,
      dedupeKey: digestKey(userId, now),
      req,
      now,
    })
    if (result === 'queued') report.queued++
    else if (result === 'duplicate') report.duplicate++
    else report.optedOut++
    // A digest already sent this week leaves the period open: its news come next week.
    if (result !== 'duplicate') await rememberDigest(payload, userId, state, now, req)
  }
  return report
}

function describeCount(notes: number, listings: number): string {
  const parts: string[] = []
  if (notes > 0) parts.push(`${notes} ${notes === 1 ? 'lovgivningsnote' : 'lovgivningsnoter'}`)
  if (listings > 0) parts.push(`${listings} ${listings === 1 ? 'opslag' : 'opslag'}`)
  return parts.join(' og ')
}
