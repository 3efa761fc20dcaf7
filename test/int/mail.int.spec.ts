import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '@/jobs/runner'
import { sendMailTask } from '@/mail/plugin/sendMail'
import { queueMail, unsubscribeToken } from '@/mail/queueMail'
import { ownersOfListing } from '@/queries/owners'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const cleanup: Array<() => Promise<unknown>> = []

async function userWith(role: string, extra: Record<string, unknown> = {}) {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${uniqueKey('mail')}@videnportal.test`,
      password: 'demo1234-long-enough',
      name: `Mailtest ${role}`,
      role,
      ...extra,
    } as never,
    overrideAccess: true,
  })
  cleanup.push(() => payload.delete({ collection: 'users', id: user.id, overrideAccess: true }))
  return user
}

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined)
})

describe('queueMail', () => {
  it('delivers a Danish mail with a plain-text part, the reason and a one-click way to stop', async () => {
    const user = await userWith('consultant', { municipality: (await sampleIds(payload)).koege })
    const subject = `Påmindelse ${uniqueKey('s')}`
    const result = await queueMail(payload, {
      to: user.email,
      subject,
      content: { intro: ['Hej', 'Et opslag venter på dig.'] },
      reason: 'Du får denne e-mail, fordi du er ansvarlig konsulent for opslaget.',
      topic: 'reviewReminders',
      recipient: user.id,
    })
    expect(result).toBe('queued')
    await runDueJobs(payload, { now: new Date() })

    const mail = await mailbox.waitFor((m) => m.subject === subject)
    expect(mail.to).toEqual([user.email])
    expect(mail.from).toBe('noreply@videnportal.test')
    expect(mail.text).toContain('Et opslag venter på dig.')
    expect(mail.text).toContain('fordi du er ansvarlig konsulent')
    expect(mail.html).toContain('Et opslag venter på dig.')
    const stopLink = mail.links.find((link) => link.includes('/afmeld?t='))
    expect(stopLink).toBeTruthy()
    // mailparser reads List-* headers into `list`.
    expect(JSON.stringify(mail.headers.get('list'))).toContain('/api/mail/unsubscribe?t=')

    const { docs } = await payload.find({
      collection: 'mail-outbox',
      where: { subject: { equals: subject } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('queues one mail per dedupe key, however often it is asked', async () => {
    const key = uniqueKey('digest')
    const args = {
      to: 'dublet@videnportal.test',
      subject: `Dublet ${key}`,
      content: { intro: ['Én gang.'] },
      reason: 'Du får denne e-mail, fordi den er en test.',
      dedupeKey: key,
    }
    const results = await Promise.all([queueMail(payload, args), queueMail(payload, args)])
    expect(results.sort()).toEqual(['duplicate', 'queued'])
    expect(await queueMail(payload, args)).toBe('duplicate')
    const { totalDocs } = await payload.count({
      collection: 'mail-outbox',
      where: { dedupeKey: { equals: key } },
    })
    expect(totalDocs).toBe(1)
  })

  it('keeps mail in the outbox when no SMTP server is configured', async () => {
    const mail = await payload.create({
      collection: 'mail-outbox',
      data: {
        to: 'demo@videnportal.test',
        subject: 'Demo',
        reason: 'Fordi.',
        text: 'Tekst',
        html: '<p>Tekst</p>',
        status: 'queued',
      },
      overrideAccess: true,
    })
    cleanup.push(() => payload.delete({ collection: 'mail-outbox', id: mail.id }))
    const task = sendMailTask({ smtpConfigured: false })
    const handler = task.handler as (args: unknown) => Promise<{ output: { status: string } }>
    const req = { payload } as never
    expect((await handler({ input: { outboxId: mail.id }, req })).output.status).toBe('kept')
    const after = await payload.findByID({ collection: 'mail-outbox', id: mail.id, depth: 0 })
    expect(after.status).toBe('kept')
    expect(await mailbox.to('demo@videnportal.test')).toHaveLength(0)
  })
})

describe('unsubscribe', () => {
  it('shows a button on GET, changes nothing until it is pressed, then stops that kind of mail', async () => {
    const user = await userWith('caseworker', { municipality: (await sampleIds(payload)).koege })
    const token = unsubscribeToken(user.id, 'moderationDecisions')

    const page = await fetch(`${baseURL()}/afmeld?t=${token}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Stop disse e-mails')
    expect(html).toContain('Besked når en ændring er udgivet eller sendt retur')
    const untouched = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(untouched.mailOptOut ?? []).toEqual([])

    const pressed = await fetch(`${baseURL()}/api/mail/unsubscribe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `t=${encodeURIComponent(token)}`,
      redirect: 'manual',
    })
    expect(pressed.status).toBe(303)
    expect(pressed.headers.get('location')).toBe('/afmeld?stoppet=moderationDecisions')

    const after = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(after.mailOptOut).toEqual(['moderationDecisions'])
    const args = {
      to: user.email,
      subject: 'Udgivet',
      content: { intro: ['Din ændring er udgivet.'] },
      reason: 'Fordi.',
      recipient: user.id,
    }
    expect(await queueMail(payload, { ...args, topic: 'moderationDecisions' })).toBe('opted-out')
    // Other kinds still arrive.
    expect(
      await queueMail(payload, { ...args, topic: 'reviewReminders', dedupeKey: uniqueKey('k') }),
    ).toBe('queued')
  })

  it('answers a one-click request from a mail program, and refuses a forged token precisely', async () => {
    const user = await userWith('consultant', { municipality: (await sampleIds(payload)).koege })
    const token = unsubscribeToken(user.id, 'reviewDigest')
    const oneClick = await fetch(`${baseURL()}/api/mail/unsubscribe?t=${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(after.mailOptOut).toEqual(['reviewDigest'])

    const forged = await fetch(`${baseURL()}/api/mail/unsubscribe?t=${token.slice(0, -3)}xyz`, {
      method: 'POST',
    })
    expect(forged.status).toBe(400)
    expect(((await forged.json()) as { errors: Array<{ reason: string }> }).errors[0]!.reason).toBe(
      'signature',
    )
  })
})

describe('ownership', () => {
  it("uses a listing's own consultant, else its organization's, and lets only staff set it", async () => {
    const { provider } = await sampleIds(payload)
    const [orgConsultant, ownConsultant] = [
      await userWith('consultant', { municipality: (await sampleIds(payload)).koege }),
      await userWith('consultant', { municipality: (await sampleIds(payload)).koege }),
    ]
    const organization = await payload.findByID({ collection: 'organizations', id: provider })
    cleanup.push(() =>
      payload.update({
        collection: 'organizations',
        id: provider,
        data: { responsibleConsultant: organization.responsibleConsultant ?? null },
        overrideAccess: true,
      }),
    )
    await payload.update({
      collection: 'organizations',
      id: provider,
      data: { responsibleConsultant: orgConsultant.id },
      overrideAccess: true,
    })
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload)) as never,
      overrideAccess: true,
    })
    cleanup.push(() => payload.delete({ collection: 'offers', id: offer.id }))

    const inherited = await ownersOfListing(payload, 'offers', offer.id)
    expect(inherited.consultant?.id).toBe(orgConsultant.id)
    expect(inherited.organizationId).toBe(provider)
    expect(inherited.editors.map((e) => e.email)).toContain('ngo@videnportal.local')

    await payload.update({
      collection: 'offers',
      id: offer.id,
      data: { responsibleConsultant: ownConsultant.id },
      overrideAccess: true,
    })
    expect((await ownersOfListing(payload, 'offers', offer.id)).consultant?.id).toBe(
      ownConsultant.id,
    )

    // An NGO editor's save keeps the consultant, whatever it sends.
    const editor = await userWith('ngo-editor', { organization: provider })
    await payload.update({
      collection: 'offers',
      id: offer.id,
      data: { responsibleConsultant: editor.id, summary: 'Ændret af redaktøren.' },
      draft: true,
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
    })
    const draft = await payload.findByID({
      collection: 'offers',
      id: offer.id,
      draft: true,
      depth: 0,
    })
    expect(draft.responsibleConsultant).toBe(ownConsultant.id)
  })

  it('lets a consultant name a consultant, never a caseworker or an NGO editor', async () => {
    const { koege, provider } = await sampleIds(payload)
    const consultant = await userWith('consultant', { municipality: koege })
    const colleague = await userWith('consultant', { municipality: koege })
    const caseworker = await userWith('caseworker', { municipality: koege })
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload)) as never,
      overrideAccess: true,
    })
    cleanup.push(() => payload.delete({ collection: 'offers', id: offer.id }))
    const name = (id: number) =>
      payload.update({
        collection: 'offers',
        id: offer.id,
        data: { responsibleConsultant: id },
        overrideAccess: false,
        user: { ...consultant, collection: 'users' },
        depth: 0,
      })
    await expect(name(caseworker.id)).rejects.toThrow(/Ansvarlig konsulent|responsibleConsultant/)
    const editor = await userWith('ngo-editor', { organization: provider })
    await expect(name(editor.id)).rejects.toThrow(/Ansvarlig konsulent|responsibleConsultant/)
    expect((await name(colleague.id)).responsibleConsultant).toBe(colleague.id)
  })
})
