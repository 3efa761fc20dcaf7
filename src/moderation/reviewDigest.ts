import type { Payload, PayloadRequest } from 'payload'

import { copenhagenDay, copenhagenParts } from '@/domain/danishDate'
import { isWorkingDay } from '@/domain/workingDays'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import { relationId } from '@/utilities/relationId'

import { danishLabel } from './diff'
import { reviewDigestMail, type QueuedChange } from './mail/digestMail'
import { moderatedCollections } from './options'

/** The digest goes out with the first run from this hour (Danish time) on a working day. */
export const DIGEST_HOUR = 7

/** Whether `now` is within a working day's morning digest window (from DIGEST_HOUR, Danish time). */
export const isDigestTime = (now: Date) =>
  isWorkingDay(now) && copenhagenParts(now).hour >= DIGEST_HOUR

/** Every change awaiting review, read by the system (a job has no reader). */
export async function queuedChanges(
  payload: Payload,
  req?: PayloadRequest,
): Promise<QueuedChange[]> {
  const items: QueuedChange[] = []
  for (const collection of moderatedCollections(payload)) {
    // access: system job; the digest goes only to consultants, who may read the whole queue.
    const { docs } = await payload.findVersions({
      collection,
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.review.status': { equals: 'awaiting-review' } },
        ],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) continue
    const ids = docs.map((doc) => relationId(doc.parent)!)
    // access: system job, as above; only which of them are published is read.
    const { docs: published } = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      select: { updatedAt: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const publishedIds = new Set(published.map((doc) => doc.id))
    const kind = danishLabel(
      { label: payload.collections[collection].config.labels?.singular },
      collection,
    )
    type Version = {
      title?: string
      name?: string
      provider?: unknown
      review?: { submittedAt?: string | null }
      responsibleConsultant?: unknown
    }
    // A listing without a responsible consultant of its own has its organization's.
    const providers = [
      ...new Set(
        docs
          .map((doc) => relationId((doc.version as unknown as Version).provider))
          .filter((id): id is number => id !== undefined),
      ),
    ]
    const consultantOfProvider = new Map<number, number | undefined>()
    if (providers.length > 0) {
      // access: system job, as above; only the organizations' responsible consultants are read.
      const { docs: organizations } = await payload.find({
        collection: 'organizations',
        where: { id: { in: providers } },
        select: { responsibleConsultant: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const organization of organizations) {
        consultantOfProvider.set(organization.id, relationId(organization.responsibleConsultant))
      }
    }
    docs.forEach((doc, index) => {
      const version = doc.version as unknown as Version
      const provider = relationId(version.provider)
      items.push({
        collection,
        id: ids[index]!,
        kind,
        title: String(version.title ?? version.name ?? ids[index]),
        submittedAt: new Date(version.review?.submittedAt ?? doc.updatedAt),
        isNew: !publishedIds.has(ids[index]!),
        responsibleConsultant:
          relationId(version.responsibleConsultant) ??
          (provider === undefined ? undefined : consultantOfProvider.get(provider)) ??
          null,
      })
    })
  }
  return items
}

export type DigestReport = { consultants: number; items: number; queued: number; reason?: string }

/**
 * The consultants' morning digest of the review queue: on a working day, from DIGEST_HOUR Danish
 * time, each consultant gets one mail listing the changes that wait (none when the queue is
 * empty). The dedupe key (consultant and day) makes it once a day however often the task runs and
 * however many servers run it; a consultant who stopped it (topic reviewDigest) gets none.
 */
export async function sendReviewDigests(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<DigestReport> {
  if (!isDigestTime(now)) return { consultants: 0, items: 0, queued: 0, reason: 'not-digest-time' }
  const items = await queuedChanges(payload, req)
  if (items.length === 0) return { consultants: 0, items: 0, queued: 0, reason: 'empty-queue' }
  // access: system job; the consultants' own addresses, for mail to them.
  const { docs: consultants } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'consultant' } },
    select: { email: true, name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const day = copenhagenDay(now)
  let queued = 0
  for (const consultant of consultants) {
    if (!consultant.email) continue
    const mail = reviewDigestMail({
      consultantId: consultant.id,
      items,
      now,
      queueUrl: absoluteUrl('/admin/review'),
      link: (item) => absoluteUrl(`/admin/review#review-${item.collection}-${item.id}`),
    })
    const result = await queueMail(payload, {
      to: consultant.email,
      subject: mail.subject,
      content: mail.content,
      reason: mail.reason,
      topic: 'reviewDigest',
      recipient: consultant.id,
      dedupeKey: `review-queue-digest:${consultant.id}:${day}`,
      req,
    })
    if (result === 'queued') queued += 1
  }
  return { consultants: consultants.length, items: items.length, queued }
}
