import { _internal_jobSystemGlobals, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deactivateUser, recordSignIn } from '@/accounts/deactivate'
import { accountsOptions } from '@/accounts/options'
import { addDays, addMonths } from '@/domain/freshness'
import { queueMail } from '@/mail/queueMail'

import { loginFrom, newLoopbackClient, requestFrom } from '../helpers/clients'
import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Accounts that end: a closed account's sessions end at once, it cannot sign in (a Danish answer)
 * and no token of it is accepted, whatever way it came; the daily task closes accounts not seen
 * for the configured months (on an injected clock) and warns those about to be closed; an admin
 * closes and opens accounts over the API; what the user wrote stays, attributed.
 */
let payload: Payload
let adminToken: string
const PASSWORD = 'konto-kodeord-1'
const cleanup: Array<() => Promise<unknown>> = []

type Row = {
  id: number
  email: string
  lastSignInAt?: string | null
  deactivatedAt?: string | null
  deactivationReason?: string | null
  sessions?: unknown[] | null
}

async function newUser(role = 'caseworker'): Promise<Row> {
  const { koege, provider } = await sampleIds(payload)
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${uniqueKey('konto')}@videnportal.test`,
      password: PASSWORD,
      name: `Konto ${role}`,
      role,
      ...(role === 'ngo-editor' ? { organization: provider } : { municipality: koege }),
    } as never,
    overrideAccess: true,
  })
  cleanup.push(() => payload.delete({ collection: 'users', id: user.id, overrideAccess: true }))
  return user as unknown as Row
}

const row = async (id: number) =>
  (await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })) as unknown as Row

const me = async (token: string, from = newLoopbackClient()) => {
  const response = await requestFrom(from, '/api/users/me', {
    headers: { Authorization: `JWT ${token}` },
  })
  return response.json<{ user: { id: number } | null }>().user
}

const post = (path: string, token?: string) =>
  requestFrom(newLoopbackClient(), path, {
    method: 'POST',
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })

const outboxTo = async (email: string) =>
  (
    await payload.find({
      collection: 'mail-outbox',
      where: { to: { equals: email } },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs as Array<{ subject: string; text: string; dedupeKey?: string | null }>

/** Runs the daily account task once, as its job, with the job clock at `at` (see jobClock.ts). */
async function runAccountsTaskAt(at: Date) {
  const job = await payload.jobs.queue({
    task: 'closeInactiveAccounts',
    queue: accountsOptions(payload).queue,
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

/** Sets when the account was made and last seen, straight in the database (test set-up). */
async function seen(
  id: number,
  dates: { createdAt: Date; lastSignInAt?: Date; reactivatedAt?: Date },
) {
  await payload.db.updateOne({
    collection: 'users',
    id,
    data: {
      createdAt: dates.createdAt.toISOString(),
      lastSignInAt: dates.lastSignInAt?.toISOString() ?? null,
      reactivatedAt: dates.reactivatedAt?.toISOString() ?? null,
    },
    returning: false,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  adminToken = await loginToken('admin@videnportal.local')
})

afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined)
})

describe('signing in', () => {
  it('records the time of each successful sign-in', async () => {
    const user = await newUser()
    expect((await row(user.id)).lastSignInAt ?? null).toBeNull()
    const before = Date.now()
    const login = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    expect(login.status).toBe(200)
    const at = new Date((await row(user.id)).lastSignInAt ?? 0).getTime()
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
  })
})

describe('deactivation', () => {
  it('ends every session at once, refuses the login in Danish and tells the user by mail', async () => {
    const user = await newUser()
    const first = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    const second = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    expect(await me(first.token!)).toMatchObject({ id: user.id })
    expect(await me(second.token!)).toMatchObject({ id: user.id })

    expect(await deactivateUser(payload, user.id, { reason: 'inactive', now: new Date() })).toBe(
      'deactivated',
    )
    // Both sessions are gone: neither token is accepted on its next request.
    expect(await me(first.token!)).toBeNull()
    expect(await me(second.token!)).toBeNull()
    const closed = await row(user.id)
    expect(closed.sessions ?? []).toEqual([])
    expect(closed.deactivationReason).toBe('inactive')

    // The right password: a clear answer (the wrong one still gets the usual one).
    const refused = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    expect(refused.status).toBe(403)
    expect(refused.token).toBeUndefined()
    expect(refused.message).toBe(
      'Din konto er lukket, fordi den ikke har været brugt i længere tid. Kontakt sekretariatet, hvis du skal bruge den igen.',
    )
    const wrong = await loginFrom(newLoopbackClient(), user.email, 'forkert-kodeord')
    expect(wrong.status).toBe(401)
    expect(wrong.message).toMatch(/^E-mail eller adgangskode er forkert/)
    // A refused login adds no session.
    expect((await row(user.id)).sessions ?? []).toEqual([])

    const mails = await outboxTo(user.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Din konto på Videnportalen er lukket')
    expect(mails[0]!.text).toContain('ikke har logget ind i 6 måneder')
    expect(mails[0]!.text).toContain('bliver stående med dit navn')

    // Idempotent: a second call changes nothing and mails nothing.
    expect(await deactivateUser(payload, user.id, { reason: 'admin', now: new Date() })).toBe(
      'already-deactivated',
    )
    expect(await outboxTo(user.email)).toHaveLength(1)
  })

  it('sends a closed account no more reminders, digests or notices', async () => {
    const user = await newUser('consultant')
    const mail = (subject: string) => ({
      to: user.email,
      subject,
      content: { intro: ['Et opslag venter.'] },
      reason: 'Du får denne e-mail, fordi du er ansvarlig konsulent.',
      topic: 'reviewReminders' as const,
      recipient: user.id,
    })
    expect(await queueMail(payload, mail(`Før ${uniqueKey('m')}`))).toBe('queued')
    await deactivateUser(payload, user.id, { reason: 'admin', now: new Date() })
    const after = `Efter ${uniqueKey('m')}`
    expect(await queueMail(payload, mail(after))).toBe('opted-out')
    expect((await outboxTo(user.email)).map((row) => row.subject)).not.toContain(after)
  })

  it('refuses a closed account in every auth strategy, even with a session left', async () => {
    const user = await newUser()
    const { token } = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    expect(await me(token!)).toMatchObject({ id: user.id })
    // Closed without ending the sessions (as a strategy without sessions would leave it).
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { deactivatedAt: new Date().toISOString(), deactivationReason: 'admin' },
      returning: false,
    })
    expect((await row(user.id)).sessions?.length).toBeGreaterThan(0)
    expect(await me(token!)).toBeNull()
    const page = await requestFrom(newLoopbackClient(), '/api/offers?limit=1&depth=0', {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(page.status).toBe(200)
  })

  it('keeps what the user wrote, attributed to them', async () => {
    const editor = await newUser('consultant')
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        title: `Skrevet af en, der går ${uniqueKey('o')}`,
      })) as never,
      user: {
        ...(await payload.findByID({ collection: 'users', id: editor.id })),
        collection: 'users',
      },
      overrideAccess: true,
    })
    cleanup.push(() => payload.delete({ collection: 'offers', id: offer.id, overrideAccess: true }))
    await deactivateUser(payload, editor.id, { reason: 'admin', now: new Date() })
    const versions = await payload.findVersions({
      collection: 'offers',
      where: { parent: { equals: offer.id } },
      depth: 1,
    })
    const by = versions.docs[0]?.version as { updatedBy?: { id: number; name: string } } | undefined
    expect(by?.updatedBy).toMatchObject({ id: editor.id, name: 'Konto consultant' })
    expect(await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })).toBeTruthy()
  })
})

describe('an admin closes and opens accounts', () => {
  it('closes with POST /api/users/:id/deactivate and opens with /reactivate, admins only', async () => {
    const user = await newUser('ngo-editor')
    const { token } = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    const consultantToken = await loginToken('konsulent@videnportal.local')

    expect((await post(`/api/users/${user.id}/deactivate`)).status).toBe(401)
    expect((await post(`/api/users/${user.id}/deactivate`, consultantToken)).status).toBe(403)
    expect((await post(`/api/users/${user.id}/deactivate`, token)).status).toBe(403)
    expect(await me(token!)).toMatchObject({ id: user.id })

    const closed = await post(`/api/users/${user.id}/deactivate`, adminToken)
    expect(closed.status).toBe(200)
    expect(closed.json()).toMatchObject({ result: 'deactivated' })
    expect(await me(token!)).toBeNull()
    expect((await row(user.id)).deactivationReason).toBe('admin')
    const refused = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    expect(refused.message).toBe(
      'Din konto er lukket af sekretariatet. Kontakt sekretariatet, hvis du skal bruge den igen.',
    )

    expect((await post(`/api/users/${user.id}/reactivate`, consultantToken)).status).toBe(403)
    const opened = await post(`/api/users/${user.id}/reactivate`, adminToken)
    expect(opened.status).toBe(200)
    const reopened = await row(user.id)
    expect(reopened.deactivatedAt ?? null).toBeNull()
    const again = await loginFrom(newLoopbackClient(), user.email, PASSWORD)
    expect(again.status).toBe(200)
    expect(await me(again.token!)).toMatchObject({ id: user.id })
  })

  it('answers bad requests precisely, never with a 500', async () => {
    const admin = await me(adminToken)
    expect((await post(`/api/users/${admin!.id}/deactivate`, adminToken)).json()).toMatchObject({
      errors: [{ message: 'Du kan ikke lukke din egen konto. Bed en anden administrator om det.' }],
    })
    expect((await post('/api/users/abc/deactivate', adminToken)).status).toBe(400)
    expect((await post('/api/users/99999999999/deactivate', adminToken)).status).toBe(400)
    expect((await post('/api/users/2147483000/deactivate', adminToken)).status).toBe(404)
    expect((await post('/api/users/2147483000/reactivate', adminToken)).status).toBe(404)
  })

  it('shows the last sign-in to admins and the user only', async () => {
    const user = await newUser()
    await recordSignIn(payload, user.id, new Date('2026-11-30T08:00:00Z'))
    const read = async (token: string) =>
      (
        await requestFrom(newLoopbackClient(), `/api/users/${user.id}?depth=0`, {
          headers: { Authorization: `JWT ${token}` },
        })
      ).json<Record<string, unknown>>()
    expect((await read(adminToken)).lastSignInAt).toBe('2026-11-30T08:00:00.000Z')
    const colleague = await loginToken('sagsbehandler@videnportal.local')
    const seenByColleague = await read(colleague)
    expect(seenByColleague.name).toBeTruthy()
    expect('lastSignInAt' in seenByColleague).toBe(false)
    // Nobody writes it over the API, not even an admin.
    const patch = await requestFrom(newLoopbackClient(), `/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ lastSignInAt: '2020-01-01T00:00:00.000Z', deactivatedAt: null }),
    })
    expect(patch.status).toBeLessThan(500)
    expect((await row(user.id)).lastSignInAt).toBe('2026-11-30T08:00:00.000Z')
  })
})

describe('the daily task closes unused accounts', () => {
  it('closes accounts not seen for 6 months, warns those closing within 14 days, and leaves the rest', async () => {
    // Two days ahead of the real clock: the server's own runner does not reach it meanwhile.
    const at = addDays(new Date(), 2)
    const months = accountsOptions(payload).inactiveMonths
    expect(months).toBe(6)
    const gone = await newUser()
    const neverSignedIn = await newUser('ngo-editor')
    const soon = await newUser()
    const active = await newUser()
    const reopened = await newUser()
    await seen(gone.id, {
      createdAt: addMonths(at, -12),
      lastSignInAt: addDays(addMonths(at, -months), -1),
    })
    await seen(neverSignedIn.id, { createdAt: addDays(addMonths(at, -months), -3) })
    await seen(soon.id, {
      createdAt: addMonths(at, -12),
      lastSignInAt: addDays(addMonths(at, -months), 5),
    })
    await seen(active.id, { createdAt: addMonths(at, -12), lastSignInAt: addDays(at, -3) })
    await seen(reopened.id, {
      createdAt: addMonths(at, -24),
      lastSignInAt: addMonths(at, -20),
      reactivatedAt: addDays(at, -10),
    })
    const { token } = await loginFrom(newLoopbackClient(), gone.email, PASSWORD)
    // The login just now counts as seen: put the last sign-in back where the test wants it.
    await seen(gone.id, {
      createdAt: addMonths(at, -12),
      lastSignInAt: addDays(addMonths(at, -months), -1),
    })

    await runAccountsTaskAt(at)

    expect(await row(gone.id)).toMatchObject({ deactivationReason: 'inactive', sessions: [] })
    expect(new Date((await row(gone.id)).deactivatedAt!).getTime()).toBe(at.getTime())
    expect(await me(token!)).toBeNull()
    expect((await row(neverSignedIn.id)).deactivationReason).toBe('inactive')
    for (const open of [soon, active, reopened]) {
      expect((await row(open.id)).deactivatedAt ?? null).toBeNull()
    }
    expect((await outboxTo(gone.email)).map((mail) => mail.subject)).toEqual([
      'Din konto på Videnportalen er lukket',
    ])
    const warning = await outboxTo(soon.email)
    expect(warning.map((mail) => mail.subject)).toEqual(['Din konto på Videnportalen lukkes snart'])
    expect(warning[0]!.text).toMatch(/din lukkes \d+\. \w+ \d{4}/)
    expect(await outboxTo(active.email)).toEqual([])
    expect(await outboxTo(reopened.email)).toEqual([])

    // The next day: no second mail to anyone, nothing else closed.
    await runAccountsTaskAt(addDays(at, 1))
    expect(await outboxTo(gone.email)).toHaveLength(1)
    expect(await outboxTo(soon.email)).toHaveLength(1)
    expect((await row(soon.id)).deactivatedAt ?? null).toBeNull()
  })
})
