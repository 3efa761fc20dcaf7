import { createHash } from 'node:crypto'

import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { MAIL_OUTBOX_SLUG } from './plugin/outbox'
import { renderMail, type MailContent } from './render'
import { absoluteUrl, signToken } from './signedLinks'
import type { MailTopic } from './topics'

export type { MailContent } from './render'

export const UNSUBSCRIBE_PURPOSE = 'unsubscribe'

/**
 * The dedupe key of a digest: its base (person and day) plus what it lists. A second run the same
 * day with the same items is a duplicate; one that found new items still mails them, so nothing a
 * run records as told can be lost to the dedupe.
 */
export function digestDedupeKey(base: string, items: Array<string | number>): string {
  const listed = [...new Set(items.map(String))].sort().join('\n')
  return `${base}:${createHash('sha256').update(listed).digest('hex').slice(0, 12)}`
}
/** An unsubscribe link works for half a year: long enough for an old mail in an inbox. */
const UNSUBSCRIBE_DAYS = 183

export type QueueMailArgs = {
  to: string
  subject: string
  content: MailContent
  /** Why this person gets this mail, ending the mail: "Du får denne e-mail, fordi …". */
  reason: string
  /** The kind of mail; with `recipient`, the mail carries a link that stops this kind. */
  topic?: MailTopic
  /** The user the mail is for, when it is one (their opt-outs are honoured). */
  recipient?: number | string
  /** At most one mail per key, on every server (e.g. `review-digest:3:2026-12-01`). */
  dedupeKey?: string
  /** Inside a hook: the request, so the mail is queued only if its transaction commits. */
  req?: PayloadRequest
  now?: Date
}

export type QueueMailResult = 'queued' | 'duplicate' | 'opted-out'

/** The subject of an unsubscribe token: which user stops which kind of mail. */
export const unsubscribeSubject = (recipient: number | string, topic: MailTopic) =>
  `user:${recipient}:${topic}`

export function unsubscribeToken(recipient: number | string, topic: MailTopic, now = new Date()) {
  return signToken({
    purpose: UNSUBSCRIBE_PURPOSE,
    subject: unsubscribeSubject(recipient, topic),
    expiresAt: new Date(now.getTime() + UNSUBSCRIBE_DAYS * 86_400_000),
  })
}

const isDuplicateKey = (error: unknown) =>
  error instanceof ValidationError &&
  error.data.errors.some((problem) => problem.path === 'dedupeKey')

/**
 * Queues one e-mail: renders it (plain text and HTML, in Danish, with why and how to stop), writes
 * it to the outbox and queues the `sendMail` job that delivers it (retried). Never sends inside the
 * caller's request. The same `dedupeKey` is queued once, however many servers or hooks try.
 */
export async function queueMail(payload: Payload, args: QueueMailArgs): Promise<QueueMailResult> {
  const { req, topic, recipient } = args
  const now = args.now ?? new Date()

  if (recipient !== undefined && topic) {
    // access: system read of the recipient's own opt-outs.
    const user = await payload.findByID({
      collection: 'users',
      id: recipient,
      depth: 0,
      select: { mailOptOut: true, deactivatedAt: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const account = user as { mailOptOut?: string[] | null; deactivatedAt?: string | null } | null
    // A closed account (src/accounts) gets no reminders, digests or notices: as if stopped.
    if (account?.deactivatedAt) return 'opted-out'
    if ((account?.mailOptOut ?? []).includes(topic)) return 'opted-out'
  }

  if (args.dedupeKey) {
    // access: system read of the outbox.
    const { totalDocs } = await payload.count({
      collection: MAIL_OUTBOX_SLUG,
      where: { dedupeKey: { equals: args.dedupeKey } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return 'duplicate'
  }

  const unsubscribeUrl =
    recipient !== undefined && topic
      ? absoluteUrl(`/afmeld?t=${unsubscribeToken(recipient, topic, now)}`)
      : undefined
  const rendered = renderMail(args.content, { reason: args.reason, unsubscribeUrl })

  let outboxId: number | string
  try {
    // access: the system writes the outbox; nobody may through the API.
    const mail = await payload.create({
      collection: MAIL_OUTBOX_SLUG,
      data: {
        to: args.to,
        subject: args.subject,
        reason: args.reason,
        text: rendered.text,
        html: rendered.html,
        status: 'queued',
        ...(topic ? { topic } : {}),
        ...(recipient !== undefined ? { recipient } : {}),
        ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
        ...(args.dedupeKey ? { dedupeKey: args.dedupeKey } : {}),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    outboxId = mail.id
  } catch (error) {
    // Another server queued the same key between the count and the insert.
    if (isDuplicateKey(error)) return 'duplicate'
    throw error
  }

  await payload.jobs.queue({ task: 'sendMail', input: { outboxId }, req })
  return 'queued'
}
