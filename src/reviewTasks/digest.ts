import type { Payload, PayloadRequest } from 'payload'

import { copenhagenDay } from '@/domain/danishDate'
import { ownersOfListing, type Owner } from '@/queries/owners'

import { openReviewTasks, type ReviewTask } from './index'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Whether an open task is mentioned in today's digest: the day after it opened (the first morning
 * digest that can know it), then once a week while it stays open, so an open task is neither
 * forgotten nor repeated every day.
 */
export function mentionToday(task: Pick<ReviewTask, 'createdAt'>, now: Date): boolean {
  const opened = Date.parse(`${copenhagenDay(new Date(task.createdAt))}T00:00:00Z`)
  const today = Date.parse(`${copenhagenDay(now)}T00:00:00Z`)
  const days = Math.round((today - opened) / DAY_MS)
  return days >= 1 && days % 7 === 1
}

async function consultants(payload: Payload, req?: PayloadRequest): Promise<Owner[]> {
  // access: system read of who to tell; the addresses only go into the outbox.
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'consultant' } },
    select: { email: true, name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, email: doc.email, name: doc.name ?? doc.email }))
}

/**
 * The open tasks to mention in today's digests, per person: an owners' task goes to the listing's
 * NGO editors and responsible consultant, a consultants' task to every consultant.
 */
export async function taskMentions(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<Map<number, { owner: Owner; tasks: ReviewTask[] }>> {
  const mentions = new Map<number, { owner: Owner; tasks: ReviewTask[] }>()
  const add = (owner: Owner, task: ReviewTask) => {
    const entry = mentions.get(owner.id) ?? { owner, tasks: [] }
    entry.tasks.push(task)
    mentions.set(owner.id, entry)
  }
  const due = (await openReviewTasks(payload, {}, req)).filter((task) => mentionToday(task, now))
  let everyConsultant: Owner[] | undefined
  for (const task of due) {
    if (task.assignee === 'consultants') {
      everyConsultant ??= await consultants(payload, req)
      for (const owner of everyConsultant) add(owner, task)
    } else if (task.listing) {
      const owners = await ownersOfListing(payload, task.listing.collection, task.listing.id, req)
      for (const owner of [...owners.editors, ...(owners.consultant ? [owners.consultant] : [])]) {
        add(owner, task)
      }
    }
  }
  return mentions
}
