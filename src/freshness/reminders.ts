import type { Payload, PayloadRequest } from 'payload'

import { copenhagenDay, formatDanishDate } from '@/domain/danishDate'
import { reviewState, type ReviewState } from '@/domain/freshness'
import type { ListingCollection } from '@/domain/options'
import { digestDedupeKey, queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import { ownersOfListing, type Owner } from '@/queries/owners'
import { taskMentions } from '@/reviewTasks/digest'
import type { ReviewTask } from '@/reviewTasks'

import { freshnessOptions } from './options'
import { planReminder, type ReminderMemory } from './plan'
import { confirmPath } from './paths'

export const REMINDERS_COLLECTION = 'review-reminders'

type Listed = {
  collection: ListingCollection
  id: number
  title: string
  review: ReviewState
  reason: 'due' | 'overdue'
}

export type ReminderReport = {
  checked: number
  reminded: number
  escalated: number
  /** Open review tasks mentioned in the digests (src/reviewTasks). */
  tasks: number
  mails: { queued: number; duplicate: number; optedOut: number }
}

const memoryKey = (collection: string, id: number) => `${collection}:${id}`

function itemText(listing: Listed): string {
  const date = formatDanishDate(listing.review.nextReviewAt.toISOString())
  return listing.reason === 'overdue'
    ? `${listing.title} – skulle have været gennemgået ${date}`
    : `${listing.title} – skal gennemgås senest ${date}`
}

/**
 * The daily review reminders (task sendReviewReminders). For every published listing whose review
 * is due within 14 days or overdue, the plan (./plan.ts) says whether its owners are reminded
 * today and whether the secretariat is told. Each owner — the organization's editors and the
 * responsible consultant — gets one digest with all their listings; the outbox's dedupe key
 * (one per person and day) means nobody gets the same reminder twice in a day, however many
 * servers run this. What was sent is remembered in review-reminders, in the same transaction.
 */
export async function sendReviewReminders(
  req: PayloadRequest,
  now: Date = new Date(),
): Promise<ReminderReport> {
  const { payload } = req
  const options = freshnessOptions(payload)
  const today = copenhagenDay(now)
  const report: ReminderReport = {
    checked: 0,
    reminded: 0,
    escalated: 0,
    tasks: 0,
    mails: { queued: 0, duplicate: 0, optedOut: 0 },
  }
  const memories = await readMemories(payload, req)
  const digests = new Map<number, { owner: Owner; listings: Listed[]; tasks: ReviewTask[] }>()
  const escalations: Array<Listed & { owners: Owner[] }> = []
  const remembered: Array<{ key: string; data: Record<string, unknown> }> = []

  for (const collection of options.collections) {
    // access: system work of the jobs runner; nothing read here reaches a reader.
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      select: { title: true, createdAt: true, lastVerifiedAt: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      report.checked++
      const review = reviewState(
        { lastVerifiedAt: doc.lastVerifiedAt, createdAt: doc.createdAt },
        options.intervalMonths[collection],
        now,
      )
      const key = memoryKey(collection, doc.id)
      const memory = memories.get(key)
      const plan = planReminder(review, memory, now)
      if (!plan.remind && !plan.escalate) continue
      const listed: Listed = {
        collection,
        id: doc.id,
        title: doc.title,
        review,
        reason: plan.reason!,
      }
      const owners = await ownersOfListing(payload, collection, doc.id, req)
      const people = [...owners.editors, ...(owners.consultant ? [owners.consultant] : [])]
      if (plan.remind) {
        for (const owner of people) {
          const digest = digests.get(owner.id) ?? { owner, listings: [], tasks: [] }
          digest.listings.push(listed)
          digests.set(owner.id, digest)
        }
        report.reminded++
      }
      // A listing nobody can be reminded of goes to the secretariat at once.
      if (plan.escalate || (plan.remind && people.length === 0)) {
        escalations.push({ ...listed, owners: people })
        report.escalated++
      }
      const sameCycle =
        memory && new Date(memory.cycleDueAt).getTime() === review.nextReviewAt.getTime()
      remembered.push({
        key,
        data: {
          cycleDueAt: review.nextReviewAt.toISOString(),
          lastRemindedAt: plan.remind
            ? now.toISOString()
            : sameCycle
              ? (memory.lastRemindedAt ?? null)
              : null,
          secretariatToldAt: plan.escalate
            ? now.toISOString()
            : sameCycle
              ? (memory.secretariatToldAt ?? null)
              : null,
        },
      })
    }
  }

  const count = (result: 'queued' | 'duplicate' | 'opted-out') => {
    if (result === 'queued') report.mails.queued++
    else if (result === 'duplicate') report.mails.duplicate++
    else report.mails.optedOut++
  }
  // Open review tasks (a repealed provision, a new note, an amended act) join the same digest.
  const mentioned = new Set<number>()
  for (const { owner, tasks } of (await taskMentions(payload, now, req)).values()) {
    const digest = digests.get(owner.id) ?? { owner, listings: [], tasks: [] }
    digest.tasks.push(...tasks)
    digests.set(owner.id, digest)
    for (const task of tasks) mentioned.add(task.id)
  }
  report.tasks = mentioned.size
  for (const { owner, listings, tasks } of digests.values()) {
    count(await queueDigest(req, owner, listings, tasks, today, now))
  }
  if (escalations.length > 0) {
    for (const admin of await secretariat(payload, req)) {
      count(await queueEscalation(req, admin, escalations, today, now))
    }
  }
  for (const { key, data } of remembered) await remember(payload, req, key, data, memories)
  return report
}

const taskPath = (task: ReviewTask) => `/admin/collections/review-tasks/${task.id}`

function digestSubject(listings: Listed[], tasks: ReviewTask[]): string {
  const overdue = listings.filter((listing) => listing.reason === 'overdue').length
  const due = listings.length - overdue
  const parts = [
    overdue > 0 ? `${overdue} ${overdue === 1 ? 'forfalden' : 'forfaldne'}` : '',
    due > 0 ? `${due} forfalder snart` : '',
  ].filter(Boolean)
  const reviews =
    listings.length > 0 ? `${listings.length} opslag skal bekræftes (${parts.join(', ')})` : ''
  const open =
    tasks.length > 0
      ? `${tasks.length} åben${tasks.length === 1 ? '' : 'e'} opgave${tasks.length === 1 ? '' : 'r'}`
      : ''
  return `Videnportal: ${[reviews, open].filter(Boolean).join(' og ')}`
}

async function queueDigest(
  req: PayloadRequest,
  owner: Owner,
  listings: Listed[],
  tasks: ReviewTask[],
  today: string,
  now: Date,
) {
  const reviewItems = listings
    .sort((a, b) => a.review.nextReviewAt.getTime() - b.review.nextReviewAt.getTime())
    .map((listing) => ({
      text: itemText(listing),
      url: absoluteUrl(confirmPath(listing.collection, listing.id)),
    }))
  const taskItems = tasks.map((task) => ({
    text: `Opgave: ${task.title}`,
    url: absoluteUrl(taskPath(task)),
  }))
  return queueMail(req.payload, {
    to: owner.email,
    subject: digestSubject(listings, tasks),
    content: {
      intro: [
        `Hej ${owner.name || owner.email}`,
        ...(listings.length > 0
          ? [
              'Disse opslag i Videnportalen skal gennemgås, så fagpersoner kan stole på dem. Er et opslag stadig korrekt, er én bekræftelse nok: følg linket, log ind og tryk »Opslaget er stadig korrekt«. Er noget ændret, så ret opslaget i stedet – en godkendt ændring tæller også som en bekræftelse.',
            ]
          : []),
        ...(tasks.length > 0
          ? [
              'Portalen har fundet opgaver til dig: opslag der henviser til en ophævet bestemmelse, opslag der skal bekræftes mod ny lovgivning, eller love der er ændret. Følg linket, log ind og markér opgaven som løst, når den er klaret.',
            ]
          : []),
      ],
      items: [...reviewItems, ...taskItems],
      outro:
        listings.length > 0
          ? [
              'Forfaldne opslag vises som »Ikke bekræftet siden …« og rangeres lavere i søgningen, indtil de er bekræftet.',
            ]
          : [],
    },
    reason:
      'Du får denne e-mail, fordi du er redaktør eller konsulent for opslagene eller opgaverne ovenfor.',
    topic: 'reviewReminders',
    recipient: owner.id,
    dedupeKey: digestDedupeKey(`review-digest:${owner.id}:${today}`, [
      ...listings.map((listing) => memoryKey(listing.collection, listing.id)),
      ...tasks.map((task) => `task:${task.id}`),
    ]),
    req,
    now,
  })
}

async function queueEscalation(
  req: PayloadRequest,
  admin: Owner,
  listings: Array<Listed & { owners: Owner[] }>,
  today: string,
  now: Date,
) {
  return queueMail(req.payload, {
    to: admin.email,
    subject: `Videnportal: ${listings.length} opslag har ikke været bekræftet i over 30 dage efter fristen`,
    content: {
      intro: [
        'Disse opslag er ikke blevet bekræftet, selv om deres ejere er blevet mindet om det. Kontakt ejerne, kontrollér opslagene selv, eller afpublicér dem.',
      ],
      items: listings.map((listing) => ({
        text: `${itemText(listing)}${
          listing.owners.length > 0
            ? ` (ejere: ${listing.owners.map((owner) => owner.name || owner.email).join(', ')})`
            : ' (ingen redaktør eller ansvarlig konsulent)'
        }`,
        url: absoluteUrl(`/admin/collections/${listing.collection}/${listing.id}`),
      })),
    },
    reason: 'Du får denne e-mail, fordi du er administrator i sekretariatet.',
    topic: 'secretariatAlerts',
    recipient: admin.id,
    dedupeKey: digestDedupeKey(
      `review-escalation:${admin.id}:${today}`,
      listings.map((listing) => memoryKey(listing.collection, listing.id)),
    ),
    req,
    now,
  })
}

/** The secretariat: every admin. */
async function secretariat(payload: Payload, req: PayloadRequest): Promise<Owner[]> {
  // access: system work; the addresses only go into the outbox.
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    select: { email: true, name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, email: doc.email, name: doc.name ?? '' }))
}

type MemoryRow = ReminderMemory & { id: number; listing: string }

async function readMemories(payload: Payload, req: PayloadRequest) {
  // access: the job's own records.
  const { docs } = await payload.find({
    collection: REMINDERS_COLLECTION,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map((docs as unknown as MemoryRow[]).map((doc) => [doc.listing, doc]))
}

async function remember(
  payload: Payload,
  req: PayloadRequest,
  listing: string,
  data: Record<string, unknown>,
  memories: Map<string, MemoryRow>,
) {
  const existing = memories.get(listing)
  // access: the job's own records.
  if (existing) {
    await payload.update({
      collection: REMINDERS_COLLECTION,
      id: existing.id,
      data,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } else {
    await payload.create({
      collection: REMINDERS_COLLECTION,
      data: { listing, ...data } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
