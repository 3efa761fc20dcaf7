import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { countWaitingChanges } from '@/moderation/waiting'
import { isDigestTime, sendReviewDigests } from '@/moderation/reviewDigest'
import type { User } from '@/payload-types'

import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

/*
 * The mails are delivered by the test server's own jobs runner (woken by the queueing commit's
 * NOTIFY). Running jobs from this process as well races it on the same job: Payload's job update
 * then crashes on a job the other runner has completed and deleted.
 */
let payload: Payload
let ngoToken: string
let consultantToken: string
let consultant: User

const api = async (path: string, token: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseURL()}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const toIncludes = (message: { to?: unknown }, address: string) =>
  JSON.stringify(message.to ?? '')
    .toLowerCase()
    .includes(address)

/** A published offer of the NGO editor's own organization (made here), with a change of theirs pending. */
async function pendingOwnChange() {
  const title = `Mailtilbud ${uniqueKey('m')}`
  const offer = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, { title })) as never,
  })
  const patch = await api(`/offers/${offer.id}`, ngoToken, {
    method: 'PATCH',
    body: JSON.stringify({ schedule: `Nye tider ${uniqueKey('s')}` }),
  })
  expect(patch.status).toBe(200)
  return { id: offer.id, title }
}

beforeAll(async () => {
  payload = await getTestPayload()
  ngoToken = await loginToken('ngo@videnportal.local')
  consultantToken = await loginToken('konsulent@videnportal.local')
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'konsulent@videnportal.local' } },
    limit: 1,
  })
  consultant = docs[0]!
})

describe('moderation mails', () => {
  it('tells the NGO editor when a consultant publishes their change', async () => {
    const change = await pendingOwnChange()
    const decided = await api(`/offers/${change.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(decided.status).toBe(200)
    const mail = await mailbox.waitFor(
      (message) =>
        toIncludes(message, 'ngo@videnportal.local') &&
        message.subject === `Din ændring er offentliggjort: ${change.title}`,
      { timeoutMs: 20_000 },
    )
    expect(mail.text).toContain('offentliggjort')
    expect(mail.text).toContain('Du får denne e-mail, fordi du har indsendt en ændring af tilbud')
    expect(mail.text).toMatch(/\/tilbud\//)
    expect(mail.html).toBeTruthy()
  })

  it('sends the consultant’s comment to the NGO editor when a change is sent back, once', async () => {
    const change = await pendingOwnChange()
    const comment = `Skriv også, hvem der leder gruppen (${uniqueKey('c')}).`
    const decided = await api(`/offers/${change.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'return', comment }),
    })
    expect(decided.status).toBe(200)
    const subject = `Din ændring er sendt tilbage: ${change.title}`
    const mail = await mailbox.waitFor(
      (message) => toIncludes(message, 'ngo@videnportal.local') && message.subject === subject,
      { timeoutMs: 20_000 },
    )
    expect(mail.text).toContain(comment)
    expect(mail.text).toContain(`/admin/collections/offers/${change.id}`)
    // A consultant's later save of the draft that decides nothing mails nobody.
    await payload.update({
      collection: 'offers',
      id: change.id,
      data: { summary: `Konsulentens egen kladde ${uniqueKey('k')}` },
      draft: true,
      user: consultant,
      overrideAccess: false,
    })
    const all = await mailbox.all()
    expect(all.filter((message) => message.subject === subject)).toHaveLength(1)
  })

  it('tells the NGO editor when their organization change is published', async () => {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { externalId: { equals: 'org-pusterummet' } },
      limit: 1,
      depth: 0,
    })
    const org = docs[0]!
    const patch = await api(`/organizations/${org.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({ description: `${org.description ?? ''} ${uniqueKey('d')}`.trim() }),
    })
    expect(patch.status).toBe(200)
    const decided = await api(`/organizations/${org.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const mail = await mailbox.waitFor(
      (message) =>
        toIncludes(message, 'ngo@videnportal.local') &&
        message.subject === `Din ændring er offentliggjort: ${org.name}`,
      { timeoutMs: 20_000 },
    )
    expect(mail.text).toContain('organisation »')
    expect(mail.text).not.toContain('tæller som en bekræftelse')
    expect(mail.text).toContain('/organisationer/')
  })

  it('counts the changes waiting for review, for reviewers only', async () => {
    const ngo = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'ngo@videnportal.local' } },
        limit: 1,
      })
    ).docs[0]!
    const before = await countWaitingChanges(payload, { ...consultant, collection: 'users' })
    await pendingOwnChange()
    const after = await countWaitingChanges(payload, { ...consultant, collection: 'users' })
    expect(after).toBeGreaterThanOrEqual(1)
    expect(after).toBeGreaterThanOrEqual(before)
    expect(await countWaitingChanges(payload, { ...ngo, collection: 'users' })).toBe(0)
  })
})

describe('the consultants’ morning digest of the review queue', () => {
  // Monday 7 December 2026, 07:30 and 09:00 in Copenhagen (UTC+1).
  const mondayMorning = new Date('2026-12-07T06:30:00Z')
  const mondayLater = new Date('2026-12-07T08:00:00Z')

  it('is sent only from 07:00 on working days', () => {
    expect(isDigestTime(mondayMorning)).toBe(true)
    expect(isDigestTime(new Date('2026-12-07T05:30:00Z'))).toBe(false) // 06:30
    expect(isDigestTime(new Date('2026-12-05T09:00:00Z'))).toBe(false) // Saturday
    expect(isDigestTime(new Date('2027-03-29T09:00:00Z'))).toBe(false) // Easter Monday
  })

  it('reaches every consultant once a day, listing what waits', async () => {
    const change = await pendingOwnChange()
    // The task's own work at a chosen time (runDueJobs with a future clock would move the real
    // schedule of every task into the future for the test files after this one).
    const first = await sendReviewDigests(payload, mondayMorning)
    expect(first.items).toBeGreaterThanOrEqual(1)
    expect(first.queued).toBeGreaterThanOrEqual(1)
    const isDigest = (message: { to?: unknown; subject?: string; text?: string }) =>
      toIncludes(message, 'konsulent@videnportal.local') &&
      /venter på gennemsyn$/.test(message.subject ?? '') &&
      Boolean(message.text?.includes(change.title))
    const mail = await mailbox.waitFor(isDigest, { timeoutMs: 20_000 })
    expect(mail.text).toContain('/admin/review')
    expect(mail.text).toContain('Du får denne e-mail, fordi du er udviklingskonsulent')
    // Later the same morning, on another server or a retry: no second digest.
    expect((await sendReviewDigests(payload, mondayLater)).queued).toBe(0)
    // One outbox row for the consultant and that day (the server's own hourly run may send
    // today's digest besides, under today's key).
    const { totalDocs } = await payload.count({
      collection: 'mail-outbox',
      where: { dedupeKey: { equals: `review-queue-digest:${consultant.id}:2026-12-07` } },
    })
    expect(totalDocs).toBe(1)
    // Not at the weekend.
    expect((await sendReviewDigests(payload, new Date('2026-12-05T09:00:00Z'))).reason).toBe(
      'not-digest-time',
    )
  })

  it('is a scheduled task of the jobs runner', () => {
    const task = payload.config.jobs.tasks?.find((entry) => entry.slug === 'reviewQueueDigest')
    expect(task?.schedule?.[0]?.cron).toBe('5 * * * *')
  })
})
