import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ERROR_REPORT_MESSAGES } from '@/domain/errorReports'
import { issueFormToken } from '@/errorReports/formToken'
import { deleteReporterEmails, escalateErrorReports } from '@/errorReports/daily'

import { newLoopbackClient, requestFrom } from '../helpers/clients'
import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { loginToken } from '../helpers/http'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

/**
 * "Meld en fejl" against the running production build: the API endpoint the form shares its checks
 * with (src/errorReports/submit.ts), what it stores and refuses, who may read and change reports,
 * and the daily task (escalation after 5 working days, deletion of the reporter's address 30 days
 * after closing) driven by an injected clock.
 */

let payload: Payload
let offerId: number
let draftOfferId: number
let internalOfferId: number
let organizationId: number
const created: number[] = []

/** A token for a form shown a minute ago: the time trap lets it through. */
const oldEnoughToken = () => issueFormToken(new Date(Date.now() - 60_000))

type Answer = {
  status: number
  body: { id?: number; errors?: Array<{ field: string; message: string }> }
}

async function submit(
  from: string,
  fields: Record<string, unknown>,
  token?: string,
): Promise<Answer> {
  const response = await requestFrom(from, '/api/error-reports/submit', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(fields),
  })
  const answer = { status: response.status, body: response.json<Answer['body']>() }
  if (answer.body.id) created.push(answer.body.id)
  return answer
}

const report = (marker: string, overrides: Record<string, unknown> = {}) => ({
  targetCollection: 'offers',
  targetId: offerId,
  category: 'wrong-contact',
  text: `Telefonnummeret virker ikke. ${marker}`,
  reporterEmail: 'laeser@example.dk',
  formToken: oldEnoughToken(),
  website: '',
  ...overrides,
})

/** Reports whose text contains the marker, however they got in. */
const storedWith = async (marker: string) =>
  (
    await payload.find({
      collection: 'error-reports',
      where: { text: { contains: marker } },
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  const { provider } = await sampleIds(payload)
  organizationId = provider
  const offer = await payload.create({
    collection: 'offers',
    data: (await offerData(payload)) as never,
    overrideAccess: true,
  })
  offerId = offer.id
  const draft = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, { _status: 'draft' })) as never,
    draft: true,
    overrideAccess: true,
  })
  draftOfferId = draft.id
  const internal = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, { visibility: 'internal' })) as never,
    overrideAccess: true,
  })
  internalOfferId = internal.id
})

afterAll(async () => {
  for (const id of created) {
    await payload.delete({ collection: 'error-reports', id, overrideAccess: true }).catch(() => {})
  }
  for (const id of [offerId, draftOfferId, internalOfferId]) {
    await payload.delete({ collection: 'offers', id, overrideAccess: true }).catch(() => {})
  }
})

describe('POST /api/error-reports/submit', () => {
  it('stores a good report with its organization and no address of the reader', async () => {
    const marker = uniqueKey('ok')
    const answer = await submit(newLoopbackClient(), report(marker))
    expect(answer.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'error-reports',
      id: answer.body.id!,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      category: 'wrong-contact',
      status: 'new',
      reporterEmail: 'laeser@example.dk',
      organization: organizationId,
      target: { relationTo: 'offers', value: offerId },
    })
    // No column holds an IP address.
    const { rows } = await (
      payload.db as unknown as {
        pool: { query: (sql: string) => Promise<{ rows: Array<{ column_name: string }> }> }
      }
    ).pool.query(
      "select column_name from information_schema.columns where table_name in ('error_reports', 'error_reports_rels')",
    )
    expect(
      rows.map((row) => row.column_name).filter((name) => /ip|addr|client/i.test(name)),
    ).toEqual([])
  })

  const badInput: Array<[string, (marker: string) => Record<string, unknown>, string, string]> = [
    [
      'CPR-like text',
      (marker) => ({ text: `Drengen med CPR 010190-1234 går der. ${marker}` }),
      'text',
      ERROR_REPORT_MESSAGES.cpr,
    ],
    [
      '10,000 characters',
      (marker) => ({ text: `${marker} ${'x'.repeat(10_000 - marker.length - 1)}` }),
      'text',
      ERROR_REPORT_MESSAGES.tooLong(10_000),
    ],
    [
      'a script',
      (marker) => ({ text: `<script>alert(1)</script> ${marker}` }),
      'text',
      ERROR_REPORT_MESSAGES.markup,
    ],
    [
      'a filled honeypot',
      () => ({ website: 'https://spam.example' }),
      'website',
      ERROR_REPORT_MESSAGES.honeypot,
    ],
    [
      'a form sent at once',
      () => ({ formToken: issueFormToken() }),
      'form',
      ERROR_REPORT_MESSAGES.tooFast,
    ],
    ['no form token', () => ({ formToken: undefined }), 'form', ERROR_REPORT_MESSAGES.staleForm],
    [
      'a bad e-mail',
      () => ({ reporterEmail: 'nej' }),
      'reporterEmail',
      ERROR_REPORT_MESSAGES.email,
    ],
    [
      'an unknown category',
      () => ({ category: 'spam' }),
      'category',
      ERROR_REPORT_MESSAGES.category,
    ],
  ]

  it.each(badInput)(
    'refuses %s with a Danish answer and stores nothing',
    async (_name, change, field, message) => {
      const marker = uniqueKey('bad')
      const answer = await submit(newLoopbackClient(), report(marker, change(marker)))
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toContainEqual({ field, message })
      expect(await storedWith(marker)).toBe(0)
    },
  )

  it('refuses a report about a draft or, for an anonymous reader, an internal listing', async () => {
    for (const targetId of [draftOfferId, internalOfferId, 2147483647]) {
      const marker = uniqueKey('target')
      const answer = await submit(newLoopbackClient(), report(marker, { targetId }))
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toEqual([
        { field: 'targetId', message: ERROR_REPORT_MESSAGES.target },
      ])
      expect(await storedWith(marker)).toBe(0)
    }
    // A caseworker reads internal listings, so may report on one.
    const caseworker = await loginToken('sagsbehandler@videnportal.local')
    const marker = uniqueKey('internal')
    const answer = await submit(
      newLoopbackClient(),
      report(marker, { targetId: internalOfferId }),
      caseworker,
    )
    expect(answer.status).toBe(201)
  })

  it('takes a report about an organization, not about one still in draft', async () => {
    const answer = await submit(
      newLoopbackClient(),
      report(uniqueKey('org'), { targetCollection: 'organizations', targetId: organizationId }),
    )
    expect(answer.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'error-reports',
      id: answer.body.id!,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.organization).toBe(organizationId)
    expect(stored.target).toEqual({ relationTo: 'organizations', value: organizationId })

    const draft = await payload.create({
      collection: 'organizations',
      data: { name: `Kladdeforening ${uniqueKey('o')}`, type: 'ngo', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    const marker = uniqueKey('draft-org')
    const refused = await submit(
      newLoopbackClient(),
      report(marker, { targetCollection: 'organizations', targetId: draft.id }),
    )
    await payload.delete({ collection: 'organizations', id: draft.id, overrideAccess: true })
    expect(refused.status).toBe(400)
    expect(await storedWith(marker)).toBe(0)
  })

  it('answers 50 reports a minute from one client with a Danish 429 after the first 10', async () => {
    const client = newLoopbackClient()
    const marker = uniqueKey('flood')
    const statuses: number[] = []
    let refusal: Answer | undefined
    for (let n = 0; n < 50; n++) {
      const answer = await submit(client, report(`${marker} nr ${n}`))
      statuses.push(answer.status)
      if (answer.status === 429) refusal ??= answer
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(10)
    expect(statuses.filter((status) => status === 429)).toHaveLength(40)
    expect(refusal?.body.errors?.[0]?.message).toMatch(
      /^Du har sendt mange fejlmeldinger på kort tid/,
    )
    expect(await storedWith(marker)).toBe(10)
    // Another client is not affected.
    expect((await submit(newLoopbackClient(), report(uniqueKey('other')))).status).toBe(201)
  })

  it('refuses a body that is not a JSON object, and nobody creates reports over REST', async () => {
    const client = newLoopbackClient()
    const broken = await requestFrom(client, '/api/error-reports/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[1,2]',
    })
    expect(broken.status).toBe(400)
    const consultant = await loginToken('konsulent@videnportal.local')
    const direct = await requestFrom(client, '/api/error-reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${consultant}` },
      body: JSON.stringify({
        target: { relationTo: 'offers', value: offerId },
        category: 'other',
        text: 'Direkte',
      }),
    })
    expect(direct.status).toBe(403)
  })
})

describe('handling a report', () => {
  async function newReport(overrides: Record<string, unknown> = {}) {
    const answer = await submit(newLoopbackClient(), report(uniqueKey('handle'), overrides))
    expect(answer.status).toBe(201)
    return answer.body.id!
  }

  it('lets a consultant set the status and answer, never the reader’s text; closing needs an answer', async () => {
    const id = await newReport()
    const consultant = await loginToken('konsulent@videnportal.local')
    const patch = (data: Record<string, unknown>) =>
      requestFrom(newLoopbackClient(), `/api/error-reports/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${consultant}` },
        body: JSON.stringify(data),
      })
    const withoutNote = await patch({ status: 'fixed' })
    expect(withoutNote.status).toBe(400)
    expect(withoutNote.text).toContain('før meldingen lukkes')
    // The input checks cover this collection's text too.
    const withCpr = await patch({
      status: 'fixed',
      resolutionNote: 'Barnet 010190-1234 er flyttet.',
    })
    expect(withCpr.status).toBe(400)
    expect(withCpr.text).toContain('CPR-nummer')

    const closed = await patch({
      status: 'fixed',
      resolutionNote: 'Telefonnummeret er rettet.',
      text: 'Omskrevet af konsulenten',
      closedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(closed.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'error-reports',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.status).toBe('fixed')
    expect(stored.text).toMatch(/^Telefonnummeret virker ikke/)
    expect(new Date(stored.closedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)

    // Reopened: no longer closed.
    expect((await patch({ status: 'in-progress' })).status).toBe(200)
    const reopened = await payload.findByID({
      collection: 'error-reports',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(reopened.closedAt).toBeNull()
  })

  it('shows an NGO editor the reports about their organization, without the reporter’s address', async () => {
    const id = await newReport()
    const ngo = await loginToken('ngo@videnportal.local')
    const read = await requestFrom(newLoopbackClient(), `/api/error-reports/${id}?depth=0`, {
      headers: { Authorization: `JWT ${ngo}` },
    })
    expect(read.status).toBe(200)
    const doc = read.json<Record<string, unknown>>()
    expect(doc.text).toBeTruthy()
    expect(doc).not.toHaveProperty('reporterEmail')
    const change = await requestFrom(newLoopbackClient(), `/api/error-reports/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${ngo}` },
      body: JSON.stringify({ status: 'rejected', resolutionNote: 'Nej' }),
    })
    expect(change.status).toBe(403)
    const anonymous = await requestFrom(newLoopbackClient(), `/api/error-reports/${id}`)
    expect(anonymous.status).toBe(403)
  })
})

describe('the daily task', () => {
  const DAY = 24 * 60 * 60 * 1000
  const pool = () =>
    (
      payload.db as unknown as {
        pool: { query: (sql: string, values: unknown[]) => Promise<unknown> }
      }
    ).pool

  it('escalates a report open longer than 5 working days (holidays are none), once', async () => {
    const id = (
      await submit(newLoopbackClient(), report(uniqueKey('escalate'), { reporterEmail: '' }))
    ).body.id!
    // Reported Monday 30 March 2026, 11:00 in Copenhagen. Five weekdays later is Monday 6 April,
    // but Maundy Thursday, Good Friday and Easter Monday are holidays: the fifth working day
    // ends Thursday 9 April.
    await pool().query('update error_reports set created_at = $1 where id = $2', [
      '2026-03-30T09:00:00.000Z',
      id,
    ])
    const escalatedAt = async () =>
      (await payload.findByID({ collection: 'error-reports', id, depth: 0, overrideAccess: true }))
        .escalatedAt
    await escalateErrorReports(payload, new Date('2026-04-08T10:00:00.000Z'))
    expect(await escalatedAt()).toBeFalsy()
    await escalateErrorReports(payload, new Date('2026-04-09T10:00:00.000Z'))
    expect(await escalatedAt()).toBe('2026-04-09T10:00:00.000Z')
    await escalateErrorReports(payload, new Date('2026-04-14T10:00:00.000Z'))
    expect(await escalatedAt()).toBe('2026-04-09T10:00:00.000Z')
  })

  it('deletes the reporter’s e-mail address 30 days after the report was closed', async () => {
    const reporter = `${uniqueKey('slettes')}@example.dk`
    const id = (
      await submit(newLoopbackClient(), report(uniqueKey('purge'), { reporterEmail: reporter }))
    ).body.id!
    await payload.update({
      collection: 'error-reports',
      id,
      data: { status: 'rejected', resolutionNote: 'Opslaget er korrekt.' },
      overrideAccess: true,
    })
    const closedAt = new Date(
      (await payload.findByID({ collection: 'error-reports', id, overrideAccess: true })).closedAt!,
    )
    const emailAfter = async (days: number) => {
      await deleteReporterEmails(payload, new Date(closedAt.getTime() + days * DAY))
      return (await payload.findByID({ collection: 'error-reports', id, overrideAccess: true }))
        .reporterEmail
    }
    const outboxRows = async () =>
      (
        await payload.count({
          collection: 'mail-outbox',
          where: { to: { equals: reporter } },
          overrideAccess: true,
        })
      ).totalDocs
    // The answer went to the outbox (the address with it).
    expect(await outboxRows()).toBe(1)
    expect(await emailAfter(29)).toBe(reporter)
    expect(await outboxRows()).toBe(1)
    expect(await emailAfter(30)).toBeFalsy()
    expect(await outboxRows()).toBe(0)
  })

  it('is a scheduled task of the jobs runner', () => {
    const task = payload.config.jobs.tasks?.find(
      (candidate) => candidate.slug === 'errorReportsDaily',
    )
    expect(task?.schedule?.[0]?.cron).toBe('0 5 * * *')
  })
})

describe('the admin navigation', () => {
  const open = async () =>
    (
      await payload.count({
        collection: 'error-reports',
        where: { status: { in: ['new', 'in-progress'] } },
        overrideAccess: true,
      })
    ).totalDocs
  const shown = async (token: string) => {
    const page = await requestFrom(newLoopbackClient(), '/admin', {
      headers: { Cookie: `payload-token=${token}` },
    })
    const match = page.text.match(/data-error-reports-waiting="(\d+)"/)
    return match ? Number(match[1]) : null
  }

  it('shows consultants how many reports wait, and NGO editors nothing', async () => {
    const consultant = await loginToken('konsulent@videnportal.local')
    expect((await submit(newLoopbackClient(), report(uniqueKey('nav')))).status).toBe(201)
    const before = await open()
    const count = await shown(consultant)
    const after = await open()
    expect(before).toBeGreaterThan(0)
    expect(count).toBeGreaterThanOrEqual(Math.min(before, after))
    expect(count).toBeLessThanOrEqual(Math.max(before, after))
    expect(await shown(await loginToken('ngo@videnportal.local'))).toBeNull()
  })
})

// The test server's jobs runner sends these mails: it wakes when the transaction that queued them
// commits. Running the same jobs from here as well raced it (two runners on one job crash inside
// Payload, when one deletes the job the other is finishing).
describe('mails', () => {
  const outboxTo = async (to: string) =>
    (
      await payload.find({
        collection: 'mail-outbox',
        where: { to: { equals: to } },
        depth: 0,
        limit: 20,
        overrideAccess: true,
      })
    ).docs

  it('tells the organization’s editor and the responsible consultant of a new report, once each', async () => {
    const marker = uniqueKey('mail')
    const answer = await submit(newLoopbackClient(), report(marker))
    expect(answer.status).toBe(201)
    for (const owner of ['ngo@videnportal.local', 'konsulent@videnportal.local']) {
      const mail = await mailbox.waitFor(
        (candidate) => candidate.to.includes(owner) && candidate.text.includes(marker),
        { timeoutMs: 60_000 },
      )
      expect(mail.subject).toMatch(/^Fejlmelding: /)
      expect(mail.text).toContain('Hvad er forkert: Forkerte kontaktoplysninger.')
      expect(mail.text).toMatch(/Du får denne e-mail, fordi du er (redaktør|ansvarlig konsulent)/)
      expect(
        mail.links.some((link) =>
          link.includes(`/admin/collections/error-reports/${answer.body.id}`),
        ),
      ).toBe(true)
      // A one-click way to stop this kind of mail.
      expect(mail.links.some((link) => link.includes('/afmeld?t='))).toBe(true)
    }
    const outbox = await payload.find({
      collection: 'mail-outbox',
      where: { dedupeKey: { like: `error-report:${answer.body.id}:owner:` } },
      depth: 0,
      overrideAccess: true,
    })
    expect(outbox.totalDocs).toBe(2)
    // The reader is told nothing yet.
    expect(
      await outboxTo('laeser@example.dk').then((docs) =>
        docs.some((doc) => doc.text.includes(marker)),
      ),
    ).toBe(false)
  })

  it('answers the reporter once when the report is closed, and nobody who gave no address', async () => {
    const reporter = `${uniqueKey('svar')}@example.dk`
    const id = (
      await submit(newLoopbackClient(), report(uniqueKey('answer'), { reporterEmail: reporter }))
    ).body.id!
    const consultant = await loginToken('konsulent@videnportal.local')
    const patch = (data: Record<string, unknown>) =>
      requestFrom(newLoopbackClient(), `/api/error-reports/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${consultant}` },
        body: JSON.stringify(data),
      })
    expect((await patch({ status: 'in-progress' })).status).toBe(200)
    expect(await outboxTo(reporter)).toHaveLength(0)
    expect((await patch({ status: 'fixed', resolutionNote: 'Nummeret er rettet.' })).status).toBe(
      200,
    )
    // Fixed → rejected is still closed: no second answer.
    expect((await patch({ status: 'rejected', resolutionNote: 'Alligevel ikke.' })).status).toBe(
      200,
    )
    const mail = await mailbox.waitFor((candidate) => candidate.to.includes(reporter), {
      timeoutMs: 60_000,
    })
    expect(mail.subject).toMatch(/^Svar på din fejlmelding om »/)
    expect(mail.text).toContain('Vi har rettet opslaget.')
    expect(mail.text).toContain('Svar: Nummeret er rettet.')
    expect(mail.text).toContain('slettes 30 dage efter')
    expect(mail.text).toContain('Du får denne e-mail, fordi du meldte en fejl')
    expect(await outboxTo(reporter)).toHaveLength(1)

    const silent = (
      await submit(newLoopbackClient(), report(uniqueKey('silent'), { reporterEmail: '' }))
    ).body.id!
    await payload.update({
      collection: 'error-reports',
      id: silent,
      data: { status: 'fixed', resolutionNote: 'Rettet.' },
      overrideAccess: true,
    })
    const outbox = await payload.find({
      collection: 'mail-outbox',
      where: { dedupeKey: { like: `error-report-answer:${silent}:` } },
      overrideAccess: true,
    })
    expect(outbox.totalDocs).toBe(0)
  })

  it('tells the secretariat of an escalated report, one mail per person a day', async () => {
    const marker = uniqueKey('late')
    const id = (await submit(newLoopbackClient(), report(marker, { reporterEmail: '' }))).body.id!
    await (
      payload.db as unknown as {
        pool: { query: (sql: string, values: unknown[]) => Promise<unknown> }
      }
    ).pool.query('update error_reports set created_at = $1 where id = $2', [
      '2026-05-04T08:00:00.000Z',
      id,
    ])
    // Monday 4 May 2026; Ascension Day (14 May) is later: five working days end Monday 11 May.
    await escalateErrorReports(payload, new Date('2026-05-11T09:00:00.000Z'))
    await escalateErrorReports(payload, new Date('2026-05-11T15:00:00.000Z'))
    const admin = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'admin@videnportal.local' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!
    const outbox = await payload.find({
      collection: 'mail-outbox',
      where: { dedupeKey: { equals: `error-report-escalation:${admin.id}:2026-05-11` } },
      overrideAccess: true,
    })
    expect(outbox.totalDocs).toBe(1)
    const mail = await mailbox.waitFor(
      (candidate) =>
        candidate.to.includes('admin@videnportal.local') &&
        candidate.subject.includes('ventet mere end 5 arbejdsdage') &&
        candidate.links.some((link) => link.includes(`/admin/collections/error-reports/${id}`)),
      { timeoutMs: 60_000 },
    )
    expect(mail.text).toContain('Du får denne e-mail, fordi du er i sekretariatet')
  })
})
