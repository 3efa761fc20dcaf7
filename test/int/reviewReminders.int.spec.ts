import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { runRemindersAt } from '../helpers/jobClock'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

/**
 * The daily review reminders (src/freshness/reminders.ts), run as the job they are, on a clock the
 * test moves: one digest per owner with what is due within 14 days and what is overdue; again
 * weekly while overdue; the secretariat told once after 30 days overdue; never twice a day.
 * Each run is the one reminder job, run by id on the test's clock (test/helpers/jobClock.ts); the
 * test server's own runner delivers the mails.
 */
let payload: Payload
const DAY = 86_400_000
const HOUR = 3_600_000
/** The first run: two hours ahead of the real clock. */
const T0 = new Date(Date.now() + 2 * HOUR)
const monthsBefore = (date: Date, months: number, days: number) => {
  const out = new Date(date.getTime())
  out.setUTCMonth(out.getUTCMonth() - months)
  return new Date(out.getTime() + days * DAY)
}

const people = { editor: '', consultant: '' }
const titles = { due: '', overdue: '', fresh: '', late: '' }
const ids = { due: 0, overdue: 0, fresh: 0, late: 0 }
let listing: (name: keyof typeof titles, lastVerifiedAt: Date) => Promise<void>

const remindAt = (at: Date) => runRemindersAt(payload, at)

/** What the portal sent to one address (the outbox is the record; SMTP is checked below). */
async function outboxTo(email: string) {
  // access: the test reads the outbox.
  const { docs } = await payload.find({
    collection: 'mail-outbox',
    where: { to: { equals: email } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs as unknown as Array<{ subject: string; text: string; dedupeKey?: string | null }>
}

beforeAll(async () => {
  payload = await getTestPayload()
  const { koege } = await sampleIds(payload)
  const key = uniqueKey('paamind')
  people.consultant = `${key}-konsulent@videnportal.local`
  people.editor = `${key}-redaktoer@videnportal.local`
  const consultant = await payload.create({
    collection: 'users',
    data: {
      email: people.consultant,
      password: 'paamindelse-1',
      name: 'Påmindelseskonsulent',
      role: 'consultant',
      municipality: koege,
    },
  })
  const organization = await payload.create({
    collection: 'organizations',
    data: {
      name: `Påmindelsesforeningen ${key}`,
      type: 'ngo',
      responsibleConsultant: consultant.id,
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'users',
    data: {
      email: people.editor,
      password: 'paamindelse-1',
      name: 'Påmindelsesredaktør',
      role: 'ngo-editor',
      organization: organization.id,
    },
  })
  listing = async (name, lastVerifiedAt) => {
    titles[name] = `Påmindelsesopslag ${name} ${key}`
    const doc = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        title: titles[name],
        provider: organization.id,
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
        lastVerifiedAt: lastVerifiedAt.toISOString(),
      })) as never,
      depth: 0,
    })
    ids[name] = doc.id
  }
  // At T0: due in about 10 days; overdue for about 30 days (dates are Copenhagen days, so ±1):
  // the secretariat hears of it at T0 or the day after, and only once; fresh.
  await listing('due', monthsBefore(T0, 6, 10))
  await listing('overdue', monthsBefore(T0, 6, -30))
  await listing('fresh', new Date(T0.getTime() - 10 * DAY))
})

describe('the daily review reminders', () => {
  it('sends each owner one digest of what is due and overdue, with a link per listing, why and how to stop', async () => {
    await remindAt(T0)
    for (const email of [people.editor, people.consultant]) {
      const sent = await outboxTo(email)
      expect(sent, email).toHaveLength(1)
      expect(sent[0]!.subject).toContain('2 opslag skal bekræftes')
      expect(sent[0]!.text).toContain(titles.due)
      expect(sent[0]!.text).toContain(titles.overdue)
      expect(sent[0]!.text).not.toContain(titles.fresh)
    }
    const mail = await mailbox.waitFor(
      (received) => received.to.includes(people.editor) && received.text.includes(titles.due),
      { timeoutMs: 60_000 },
    )
    expect(mail.links.some((link) => link.endsWith(`/bekraeft/tilbud/${ids.due}`))).toBe(true)
    expect(mail.links.some((link) => link.endsWith(`/bekraeft/tilbud/${ids.overdue}`))).toBe(true)
    expect(mail.text).toContain('Du får denne e-mail, fordi du er redaktør')
    expect(mail.links.some((link) => link.includes('/afmeld'))).toBe(true)
  })

  it('never sends a second one the same day, however often the job runs', async () => {
    await remindAt(new Date(T0.getTime() + 3 * HOUR))
    await remindAt(new Date(T0.getTime() + 4 * HOUR))
    expect(await outboxTo(people.editor)).toHaveLength(1)
    expect(await outboxTo(people.consultant)).toHaveLength(1)
  })

  it('tells the secretariat once a listing has been overdue for 30 days, and the owners nothing new', async () => {
    await remindAt(new Date(T0.getTime() + DAY))
    expect(await outboxTo(people.editor)).toHaveLength(1)
    const told = (await outboxTo('admin@videnportal.local')).filter((mail) =>
      mail.text.includes(titles.overdue),
    )
    expect(told).toHaveLength(1)
    expect(told[0]!.text).toContain('Påmindelsesredaktør')
    expect(told[0]!.text).not.toContain(titles.due)
  })

  it('reminds again weekly while overdue, and of that listing only', async () => {
    await remindAt(new Date(T0.getTime() + 7 * DAY))
    const sent = await outboxTo(people.editor)
    expect(sent).toHaveLength(2)
    expect(sent[1]!.subject).toContain('1 opslag skal bekræftes')
    expect(sent[1]!.text).toContain(titles.overdue)
    expect(sent[1]!.text).not.toContain(titles.due)
    const told = (await outboxTo('admin@videnportal.local')).filter((mail) =>
      mail.text.includes(titles.overdue),
    )
    expect(told).toHaveLength(1)
  })

  it('still mails what a later run the same day finds, though that day’s digest went out', async () => {
    const later = new Date(T0.getTime() + 7 * DAY + 60_000)
    await listing('late', monthsBefore(later, 6, 10))
    await remindAt(later)
    const sent = await outboxTo(people.editor)
    expect(sent).toHaveLength(3)
    expect(sent[2]!.text).toContain(titles.late)
    expect(sent[2]!.text).not.toContain(titles.overdue)
    // The run remembered the listing as reminded: the next run that day sends nothing more.
    await remindAt(new Date(later.getTime() + 60_000))
    expect(await outboxTo(people.editor)).toHaveLength(3)
  })
})
