import { _internal_jobSystemGlobals, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { calendarToken, issueCalendarLink } from '@/network/calendar/links'
import type { User } from '@/payload-types'

import { sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Networks (issue 18) against the real services: who edits (leader, secretariat) and who reads
 * (member municipalities), a part moved into a network one does not edit, CPR-like text refused in
 * every free-text field, "start from a copy", the daily reminders (evaluation date to the leader,
 * follow-ups to the responsible person) run as the job they are on a moved clock, and the
 * iCalendar feed: public, refused without a link, a personal signed link, revoked.
 */
let payload: Payload
const DAY = 86_400_000
const PASSWORD = 'netvaerk-kode-1'
const key = uniqueKey('net')
const people = {} as Record<'leader' | 'secretary' | 'member' | 'outsider' | 'stranger', User>
let koege = 0
let roskilde = 0
let internalId = 0
let publicId = 0
let publicSlug = ''
let internalSlug = ''

async function makeUser(name: string, role: string, municipality?: number) {
  const email = `${key}-${name}@videnportal.local`
  return (await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: `Netværk ${name}`,
      title: 'Testperson',
      role,
      municipality,
    } as never,
    depth: 0,
  })) as User
}

const asUser = (user: User) => ({ user: { ...user, collection: 'users' as const } })

async function rest(user: User | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (user) headers.Authorization = `JWT ${await loginToken(user.email, PASSWORD)}`
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as any }
}

/** Runs the network reminders once, as the job they are, with the job clock at `at`. */
async function runRemindersAt(at: Date) {
  const job = await payload.jobs.queue({
    task: 'networkReminders',
    input: {},
    waitUntil: new Date(at.getTime() - 60_000),
  })
  const restore = _internal_jobSystemGlobals.getCurrentDate
  _internal_jobSystemGlobals.getCurrentDate = () => at
  try {
    await payload.jobs.runByID({ id: job.id, silent: { info: true } })
  } finally {
    _internal_jobSystemGlobals.getCurrentDate = restore
  }
}

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
  koege = (await sampleIds(payload)).koege
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: '265' } },
    depth: 0,
    limit: 1,
  })
  roskilde = docs[0]!.id
  people.leader = await makeUser('leder', 'consultant', roskilde)
  people.secretary = await makeUser('sekretariat', 'consultant', roskilde)
  people.member = await makeUser('medlem', 'caseworker', koege)
  people.outsider = await makeUser('udenfor', 'caseworker', roskilde)
  people.stranger = await makeUser('fremmed', 'consultant', roskilde)

  const internal = await payload.create({
    collection: 'networks',
    data: {
      name: `Internt netværk ${key}`,
      formality: 'formal',
      task: 'open',
      visibility: 'internal',
      memberMunicipalities: [koege],
      leader: people.leader.id,
      secretariat: [{ user: people.secretary.id }, { name: 'Ekstern Konsulent', title: 'VIVE' }],
      kommissorium: {
        purpose: 'At styrke samarbejdet.',
        evaluation: { text: 'Efter fire møder.' },
      },
    },
    depth: 0,
  })
  internalId = internal.id
  internalSlug = String(internal.slug)
  const open = await payload.create({
    collection: 'networks',
    data: {
      name: `Offentligt netværk ${key}`,
      formality: 'informal',
      task: 'closed',
      visibility: 'public',
      leader: people.leader.id,
    },
    depth: 0,
  })
  publicId = open.id
  publicSlug = String(open.slug)
})

describe('networks: who edits and who reads', () => {
  it('lets the leader and the secretariat edit, members read, and nobody else see an internal network', async () => {
    for (const [who, canEdit] of [
      ['leader', true],
      ['secretary', true],
      ['member', false],
      ['stranger', false],
    ] as const) {
      const attempt = await payload
        .update({
          collection: 'networks',
          id: internalId,
          data: { summary: `Ændret af ${who}.` },
          overrideAccess: false,
          ...asUser(people[who]),
        })
        .then(() => true)
        .catch(() => false)
      expect(attempt, who).toBe(canEdit)
    }
    const read = async (user: User | null) =>
      (await rest(user, 'GET', `/networks/${internalId}?depth=0`)).status
    expect(await read(people.member)).toBe(200)
    expect(await read(people.outsider)).toBe(404)
    expect(await read(null)).toBe(404)
    expect((await rest(null, 'GET', `/networks/${publicId}?depth=0`)).status).toBe(200)
  })

  it('refuses to put an activity into a network its writer does not edit', async () => {
    const activity = {
      network: internalId,
      title: 'Temadag',
      purpose: 'Fælles viden om skolefravær.',
      genre: 'temadag',
      expectedProduct: 'Et notat.',
      startsAt: '2027-03-01T08:00:00.000Z',
    }
    const mine = await rest(people.leader, 'POST', '/network-activities', activity)
    expect(mine.status).toBe(201)
    expect((await rest(people.stranger, 'POST', '/network-activities', activity)).status).toBe(403)
    // The leader of both moves it into the public one: allowed; the secretary edits only one.
    const moved = await rest(people.secretary, 'PATCH', `/network-activities/${mine.json.doc.id}`, {
      network: publicId,
    })
    expect(moved.status).toBe(403)
    expect(
      (
        await rest(people.leader, 'PATCH', `/network-activities/${mine.json.doc.id}`, {
          network: publicId,
        })
      ).status,
    ).toBe(200)
  })

  it('refuses CPR-like numbers in the name, the kommissorium, agendas and follow-ups', async () => {
    const cpr = '010203-1234'
    const network = await rest(people.leader, 'POST', '/networks', {
      name: `Netværk ${cpr}`,
      formality: 'formal',
      task: 'open',
      visibility: 'internal',
    })
    expect(network.status).toBe(400)
    const kommissorium = await rest(people.leader, 'PATCH', `/networks/${internalId}`, {
      kommissorium: { background: `Sagen om barnet ${cpr}` },
    })
    expect(kommissorium.status).toBe(400)
    const meeting = await rest(people.leader, 'POST', '/network-meetings', {
      network: internalId,
      title: 'Møde',
      startsAt: '2027-03-01T08:00:00.000Z',
      agenda: [{ title: `Sag ${cpr}`, purpose: 'droeftelse', minutes: 20 }],
    })
    expect(meeting.status).toBe(400)
    const followUp = await rest(people.leader, 'POST', '/network-meetings', {
      network: internalId,
      title: 'Møde',
      startsAt: '2027-03-01T08:00:00.000Z',
      minutes: {
        followUps: [{ what: `Ring om ${cpr}`, responsibleName: 'Anne', due: '2027-04-01' }],
      },
    })
    expect(followUp.status).toBe(400)
  })

  it('refuses an agenda item without purpose or with an impossible time, precisely', async () => {
    const answer = await rest(people.leader, 'POST', '/network-meetings', {
      network: internalId,
      title: 'Møde',
      startsAt: '2027-03-01T08:00:00.000Z',
      agenda: [{ title: 'Punkt', purpose: 'snak', minutes: 0 }],
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toMatch(/agenda/)
  })
})

describe('reserved slugs', () => {
  it('refuses a network whose slug would be hidden by a page under /netvaerk/, with a Danish message', async () => {
    for (const data of [
      { name: `Netværk ${key}`, slug: 'opfoelgning' },
      // A slug made from the name is checked too.
      { name: 'Opfølgning' },
    ]) {
      const response = await rest(people.leader, 'POST', '/networks', {
        ...data,
        formality: 'formal',
        task: 'open',
        visibility: 'internal',
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toContain('optaget af en side i portalen')
    }
  })
})

describe('start from a copy', () => {
  it('copies type and kommissorium into a new internal network led by whoever copies it', async () => {
    const copy = await rest(people.stranger, 'POST', `/networks/${publicId}/copy`, {
      name: `Kopi ${key}`,
    })
    expect(copy.status).toBe(201)
    expect(copy.json.doc).toMatchObject({
      name: `Kopi ${key}`,
      formality: 'informal',
      task: 'closed',
      visibility: 'internal',
      leader: people.stranger.id,
      copiedFrom: publicId,
    })
    // An internal network the copier may not read is not found; a caseworker may not copy.
    expect((await rest(people.stranger, 'POST', `/networks/${internalId}/copy`, {})).status).toBe(
      404,
    )
    expect((await rest(people.member, 'POST', `/networks/${internalId}/copy`, {})).status).toBe(403)
    expect((await rest(null, 'POST', `/networks/${publicId}/copy`, {})).status).toBe(401)
    const bad = await rest(people.stranger, 'POST', `/networks/${publicId}/copy`, { name: 'x' })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toMatch(/navn/)
  })
})

describe('reminders', () => {
  it('reminds the leader of the evaluation 30 days ahead and on the day, each once', async () => {
    const evaluation = new Date(Date.now() + 60 * DAY)
    await payload.update({
      collection: 'networks',
      id: internalId,
      data: { kommissorium: { evaluation: { date: evaluation.toISOString() } } } as never,
      depth: 0,
    })
    await runRemindersAt(new Date(evaluation.getTime() - 40 * DAY))
    expect(await outboxTo(people.leader.email)).toHaveLength(0)
    await runRemindersAt(new Date(evaluation.getTime() - 29 * DAY))
    await runRemindersAt(new Date(evaluation.getTime() - 28 * DAY))
    let mails = await outboxTo(people.leader.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toMatch(/^Evaluering af Internt netværk/)
    expect(mails[0]!.text).toMatch(/Efter fire møder/)
    await runRemindersAt(new Date(evaluation.getTime() + 2 * 3_600_000))
    mails = await outboxTo(people.leader.email)
    expect(mails).toHaveLength(2)
    expect(mails[1]!.subject).toMatch(/^I dag: evaluering/)
  })

  it('reminds the responsible person of an open follow-up a week ahead, and not once it is done', async () => {
    const due = new Date(Date.now() + 30 * DAY)
    const meeting = await payload.create({
      collection: 'network-meetings',
      data: {
        network: internalId,
        title: `Opfølgningsmøde ${key}`,
        startsAt: new Date().toISOString(),
        minutes: {
          followUps: [
            {
              what: 'Send skabelonen rundt.',
              responsible: people.member.id,
              due: due.toISOString(),
              status: 'open',
            },
            {
              what: 'Book lokale.',
              responsibleName: 'Ekstern',
              due: due.toISOString(),
              status: 'open',
            },
          ],
        },
      },
      depth: 0,
    })
    await runRemindersAt(new Date(due.getTime() - 10 * DAY))
    expect(await outboxTo(people.member.email)).toHaveLength(0)
    await runRemindersAt(new Date(due.getTime() - 6 * DAY))
    const mails = await outboxTo(people.member.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toMatch(/Send skabelonen rundt/)
    // Done: no reminder on the day.
    const followUps = meeting.minutes!.followUps!.map((f) => ({ ...f, status: 'done' }))
    await payload.update({
      collection: 'network-meetings',
      id: meeting.id,
      data: { minutes: { followUps } } as never,
      depth: 0,
    })
    await runRemindersAt(new Date(due.getTime() + 3_600_000))
    expect(await outboxTo(people.member.email)).toHaveLength(1)
  })
})

describe('the annual plan as iCalendar', () => {
  const feed = (slug: string, token?: string) =>
    fetch(`${baseURL()}/netvaerk/${slug}/aarsplan.ics${token ? `?t=${token}` : ''}`)

  it('serves a public plan to anyone, with its activities as events', async () => {
    await payload.create({
      collection: 'network-activities',
      data: {
        network: publicId,
        title: `Sagsaudit, ${key}`,
        purpose: 'Lære af egne sager.',
        genre: 'sagsaudit',
        expectedProduct: 'Fælles læringspunkter.',
        startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
        status: 'confirmed',
      },
      depth: 0,
    })
    const response = await feed(publicSlug)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
    const body = await response.text()
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(body.replace(/\r\n /g, '')).toContain(`SUMMARY:Sagsaudit\\, ${key}`)
    expect(body).toContain('STATUS:CONFIRMED')
  })

  it('refuses an internal plan without a link, serves it with a personal link, and not once revoked', async () => {
    await payload.create({
      collection: 'network-activities',
      data: {
        network: internalId,
        title: `Intern temadag ${key}`,
        purpose: 'Fælles sprog.',
        genre: 'temadag',
        expectedProduct: 'Et fælles begrebskatalog.',
        startsAt: new Date(Date.now() + 40 * DAY).toISOString(),
        status: 'planned',
      },
      depth: 0,
    })
    expect((await feed(internalSlug)).status).toBe(401)
    expect((await feed(internalSlug, 'forfalsket.token')).status).toBe(403)

    const token = await issueCalendarLink(payload, people.member.id, internalId)
    const served = await feed(internalSlug, token)
    expect(served.status).toBe(200)
    expect((await served.text()).replace(/\r\n /g, '')).toContain(`Intern temadag ${key}`)
    // The same person's link to another network is no key to this one.
    expect((await feed(publicSlug, token)).status).toBe(403)

    // A new link revokes the old one.
    const renewed = await issueCalendarLink(payload, people.member.id, internalId)
    expect((await feed(internalSlug, token)).status).toBe(403)
    expect((await feed(internalSlug, renewed)).status).toBe(200)

    // A link of someone who no longer may read the network (moved municipality) ends too.
    const outsiderLink = await payload.create({
      collection: 'network-calendar-links',
      data: { user: people.outsider.id, network: internalId },
      depth: 0,
    })
    expect((await feed(internalSlug, calendarToken(outsiderLink))).status).toBe(403)
  })
})
