import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { completeReviewTasks, openReviewTask, openReviewTasks } from '@/reviewTasks'

import { offerData, uniqueKey } from '../helpers/fixtures'
import { runRemindersAt } from '../helpers/jobClock'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

/**
 * Review tasks (src/reviewTasks): opened once per key by the system, seen and closed by the
 * listing's NGO editors (their organization only) and the consultants, and listed in the owners'
 * daily digest the day after they open and weekly while open.
 */
let payload: Payload
const DAY = 86_400_000
const people = { editor: 0, editorEmail: '', outsider: 0 }
let offer = 0
let organization = 0
const key = uniqueKey('opgave')

beforeAll(async () => {
  payload = await getTestPayload()
  const org = await payload.create({
    collection: 'organizations',
    data: { name: `Opgaveforeningen ${key}`, type: 'ngo', _status: 'published' } as never,
  })
  organization = org.id
  const other = await payload.create({
    collection: 'organizations',
    data: { name: `Andenforeningen ${key}`, type: 'ngo', _status: 'published' } as never,
  })
  people.editorEmail = `${key}-redaktoer@videnportal.local`
  people.editor = (
    await payload.create({
      collection: 'users',
      data: {
        email: people.editorEmail,
        password: 'opgave-kode-1',
        name: 'Opgaveredaktør',
        role: 'ngo-editor',
        organization: org.id,
      },
    })
  ).id
  people.outsider = (
    await payload.create({
      collection: 'users',
      data: {
        email: `${key}-anden@videnportal.local`,
        password: 'opgave-kode-1',
        name: 'Anden redaktør',
        role: 'ngo-editor',
        organization: other.id,
      },
    })
  ).id
  offer = (
    await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        title: `Opgaveopslag ${key}`,
        provider: org.id,
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
        lastVerifiedAt: new Date().toISOString(),
      })) as never,
      depth: 0,
    })
  ).id
})

const asUser = async (id: number) => ({
  user: { ...(await payload.findByID({ collection: 'users', id, depth: 0 })), collection: 'users' },
})

describe('review tasks', () => {
  it('are opened once per key, on the listing’s organization', async () => {
    const args = {
      kind: 'repealed-provision' as const,
      dedupeKey: `${key}:a`,
      assignee: 'owners' as const,
      title: `Opslaget henviser til en ophævet bestemmelse ${key}`,
      listing: { collection: 'offers' as const, id: offer },
    }
    expect(await openReviewTask(payload, args)).toBe('opened')
    expect(await openReviewTask(payload, args)).toBe('exists')
    const open = await openReviewTasks(payload, { dedupeKey: `${key}:a` })
    expect(open).toHaveLength(1)
    expect(open[0]).toMatchObject({
      organization,
      listing: { collection: 'offers', id: offer },
      status: 'open',
    })
  })

  it('are seen and closed by the organization’s editor, who can change nothing else', async () => {
    const [task] = await openReviewTasks(payload, { dedupeKey: `${key}:a` })
    const outsider = await payload.find({
      collection: 'review-tasks',
      where: { id: { equals: task!.id } },
      overrideAccess: false,
      ...(await asUser(people.outsider)),
    })
    expect(outsider.docs).toHaveLength(0)
    const done = await payload.update({
      collection: 'review-tasks',
      id: task!.id,
      data: { status: 'done', title: 'Omdøbt af redaktøren' },
      overrideAccess: false,
      depth: 0,
      ...(await asUser(people.editor)),
    })
    expect(done.status).toBe('done')
    expect(done.title).toBe(task!.title)
    expect(done.completedBy).toBe(people.editor)
    expect(done.completedAt).toBeTruthy()
    // Found again by the same job: stays closed.
    expect(
      await openReviewTask(payload, {
        kind: 'repealed-provision',
        dedupeKey: `${key}:a`,
        assignee: 'owners',
        title: 'Igen',
        listing: { collection: 'offers', id: offer },
      }),
    ).toBe('exists')
    expect(await openReviewTasks(payload, { dedupeKey: `${key}:a` })).toHaveLength(0)
  })

  it('are closed by filter, only the matching ones', async () => {
    for (const suffix of ['b', 'c']) {
      await openReviewTask(payload, {
        kind: suffix === 'b' ? 'legislation-note' : 'repealed-provision',
        dedupeKey: `${key}:${suffix}`,
        assignee: 'owners',
        title: `Opgave ${suffix} ${key}`,
        listing: { collection: 'offers', id: offer },
      })
    }
    const closed = await completeReviewTasks(
      payload,
      { kind: 'legislation-note', listing: { collection: 'offers', id: offer } },
      { by: null },
    )
    expect(closed).toBe(1)
    const left = await openReviewTasks(payload, { listing: { collection: 'offers', id: offer } })
    expect(left.map((task) => task.dedupeKey)).toEqual([`${key}:c`])
  })

  it('reach the owners in the daily digest the day after they open, then weekly', async () => {
    const title = `Opgave c ${key}`
    const mentionsOn = async (at: Date) => {
      await runRemindersAt(payload, at)
      // access: the test reads the outbox.
      const { docs } = await payload.find({
        collection: 'mail-outbox',
        where: { to: { equals: people.editorEmail } },
        depth: 0,
        pagination: false,
      })
      return docs.filter((doc) => (doc as { text: string }).text.includes(title)).length
    }
    // Days 15, 16 and 22 after it opened: weeks after day 1, and no day the reminder tests use
    // (the secretariat's escalation is one mail per admin and day across all tests).
    const now = Date.now()
    expect(await mentionsOn(new Date(now + 15 * DAY))).toBe(1)
    expect(await mentionsOn(new Date(now + 16 * DAY))).toBe(1)
    expect(await mentionsOn(new Date(now + 22 * DAY))).toBe(2)
    const mail = await mailbox.waitFor(
      (received) => received.to.includes(people.editorEmail) && received.text.includes(title),
      { timeoutMs: 60_000 },
    )
    expect(mail.subject).toContain('1 åben opgave')
    expect(mail.links.some((link) => /\/admin\/collections\/review-tasks\/\d+$/.test(link))).toBe(
      true,
    )
  })
})
