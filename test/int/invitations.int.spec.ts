import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptInvitation } from '@/accounts/invitations/accept'
import { expireInvitations } from '@/accounts/invitations/expire'
import { addDays } from '@/domain/freshness'

import { loginFrom, newLoopbackClient, requestFrom } from '../helpers/clients'
import { sampleIds, uniqueKey } from '../helpers/fixtures'
import { loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Invitations: an admin or a consultant invites by e-mail; the mail's signed link lets the invitee
 * choose a password once, within the invitation's days; nobody sends a password. The link cannot
 * be used twice, after it expired, or after a newer one was sent.
 */
let payload: Payload
let consultantToken: string
let adminToken: string
const PASSWORD = 'en lang nok adgangskode'

const invitee = () => `${uniqueKey('inviteret')}@videnportal.test`

async function api(
  method: string,
  path: string,
  { token, body, form }: { token?: string; body?: unknown; form?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (form) headers['Content-Type'] = 'application/x-www-form-urlencoded'
  return requestFrom(newLoopbackClient(), path, {
    method,
    headers,
    body: form
      ? new URLSearchParams(form).toString()
      : body === undefined
        ? undefined
        : JSON.stringify(body),
  })
}

const invite = (token: string | undefined, data: Record<string, unknown>) =>
  api('POST', '/api/invitations', { token, body: data })

/** The link of the latest invitation mail to `email`, and its token. */
async function linkTo(email: string) {
  const { docs } = await payload.find({
    collection: 'mail-outbox',
    where: { to: { equals: email } },
    sort: '-createdAt',
    depth: 0,
  })
  const mail = docs[0] as { subject: string; text: string } | undefined
  if (!mail) throw new Error(`no mail to ${email}`)
  const match = /(https?:\/\/\S+\/invitation\?t=([A-Za-z0-9_.-]+))/.exec(mail.text)
  if (!match) throw new Error(`no invitation link in: ${mail.text}`)
  return { mail, url: match[1]!, token: match[2]!, count: docs.length }
}

const accept = (t: string, password: string, passwordAgain?: string) =>
  api('POST', '/api/invitation/accept', { body: { t, password, passwordAgain } })

const usersWithEmail = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

let otherMunicipality: number

beforeAll(async () => {
  payload = await getTestPayload()
  consultantToken = await loginToken('konsulent@videnportal.local')
  adminToken = await loginToken('admin@videnportal.local')
  const { koege } = await sampleIds(payload)
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { id: { not_equals: koege } },
    limit: 1,
    depth: 0,
  })
  otherMunicipality = docs[0]!.id as number
})

afterAll(async () => {
  await payload.delete({
    collection: 'invitations',
    where: { email: { like: '@videnportal.test' } },
    overrideAccess: true,
  })
  await payload.delete({
    collection: 'users',
    where: { email: { like: 'inviteret' } },
    overrideAccess: true,
  })
})

describe('an invitation', () => {
  it('lets an invited NGO editor choose a password once and sign in with the role chosen for them', async () => {
    const { provider } = await sampleIds(payload)
    const email = invitee()
    const created = await invite(consultantToken, {
      email: email.toUpperCase(),
      name: 'Ida Inviteret',
      role: 'ngo-editor',
      organization: provider,
      message: 'Velkommen til portalen – du kan nu selv rette jeres opslag.',
    })
    expect(created.status).toBe(201)
    const invitation = created.json<{ doc: Record<string, unknown> }>().doc
    expect(invitation).toMatchObject({ email, status: 'pending' })
    expect('linkNonce' in invitation).toBe(false)

    const { mail, token } = await linkTo(email)
    expect(mail.subject).toBe('Du er inviteret til Videnportalen')
    expect(mail.text).toContain('har inviteret dig til Videnportalen')
    expect(mail.text).toContain('redaktør i organisation')
    expect(mail.text).toContain('»Velkommen til portalen')
    expect(mail.text).toContain('Vi sender aldrig adgangskoder')
    expect(mail.text).not.toContain(PASSWORD)

    // Opening the link changes nothing: the page asks for the password.
    const page = await api('GET', `/invitation?t=${token}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Opret din konto')
    expect(page.text).toContain(email)
    expect(await usersWithEmail(email)).toBe(0)

    const weak = await accept(token, 'kort')
    expect(weak.status).toBe(400)
    expect(weak.json()).toMatchObject({
      errors: [{ problem: 'password-short', message: 'Adgangskoden skal være mindst 10 tegn.' }],
    })
    const mismatch = await accept(token, PASSWORD, `${PASSWORD}!`)
    expect(mismatch.json()).toMatchObject({ errors: [{ problem: 'mismatch' }] })

    const done = await accept(token, PASSWORD, PASSWORD)
    expect(done.status).toBe(201)
    expect(done.json()).toMatchObject({ email })

    const login = await loginFrom(newLoopbackClient(), email, PASSWORD)
    expect(login.status).toBe(200)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      name: 'Ida Inviteret',
      role: 'ngo-editor',
      organization: provider,
    })

    // Used: refused over the API, on the page and by the page's form.
    const twice = await accept(token, 'en anden adgangskode', 'en anden adgangskode')
    expect(twice.status).toBe(400)
    expect(twice.json()).toMatchObject({ errors: [{ problem: 'used' }] })
    expect((await api('GET', `/invitation?t=${token}`)).text).toContain('Linket er allerede brugt')
    const form = await api('POST', '/api/invitation/accept', {
      form: { t: token, password: 'en tredje adgangskode', passwordAgain: 'en tredje adgangskode' },
    })
    expect(form.status).toBe(303)
    expect(form.headers.location).toContain('fejl=used')
    expect((await loginFrom(newLoopbackClient(), email, 'en anden adgangskode')).status).toBe(401)

    const stored = await payload.findByID({
      collection: 'invitations',
      id: invitation.id as number,
      depth: 0,
    })
    expect(stored).toMatchObject({ status: 'accepted', user: docs[0]!.id })
    expect(stored.acceptedAt).toBeTruthy()
  })

  it('works as a form without JavaScript, and names a broken rule by its code', async () => {
    const email = invitee()
    const { koege } = await sampleIds(payload)
    expect(
      (
        await invite(consultantToken, {
          email,
          name: 'Sara Sagsbehandler',
          role: 'caseworker',
          municipality: koege,
        })
      ).status,
    ).toBe(201)
    const { token } = await linkTo(email)
    const short = await api('POST', '/api/invitation/accept', {
      form: { t: token, password: 'kort', passwordAgain: 'kort' },
    })
    expect(short.status).toBe(303)
    expect(short.headers.location).toBe(`/invitation?t=${token}&fejl=password-short`)
    expect((await api('GET', short.headers.location!)).text).toContain(
      'Adgangskoden skal være mindst 10 tegn.',
    )
    const ok = await api('POST', '/api/invitation/accept', {
      form: { t: token, password: PASSWORD, passwordAgain: PASSWORD },
    })
    expect(ok.status).toBe(303)
    expect(ok.headers.location).toContain('oprettet=1')
    expect((await loginFrom(newLoopbackClient(), email, PASSWORD)).status).toBe(200)
  })

  it('cannot be used after it expired', async () => {
    const email = invitee()
    const { provider } = await sampleIds(payload)
    const created = await invite(adminToken, {
      email,
      name: 'For sent',
      role: 'ngo-editor',
      organization: provider,
    })
    const id = created.json<{ doc: { id: number; expiresAt: string } }>().doc.id
    const expiresAt = new Date(created.json<{ doc: { expiresAt: string } }>().doc.expiresAt)
    // Seven days by default.
    expect(Math.round((expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7)
    const { token } = await linkTo(email)

    // The token itself has run out (on a clock past its expiry).
    const late = await acceptInvitation(payload, {
      token,
      password: PASSWORD,
      now: addDays(expiresAt, 1),
    })
    expect(late).toMatchObject({ ok: false, problem: 'expired' })

    // The invitation has run out (the server's real clock): the page and the API say so.
    await payload.db.updateOne({
      collection: 'invitations',
      id,
      data: { expiresAt: addDays(new Date(), -1).toISOString() },
      returning: false,
    })
    const refused = await accept(token, PASSWORD, PASSWORD)
    expect(refused.status).toBe(400)
    expect(refused.json()).toMatchObject({ errors: [{ problem: 'expired' }] })
    expect((await api('GET', `/invitation?t=${token}`)).text).toContain('Invitationen er udløbet')
    expect(await usersWithEmail(email)).toBe(0)

    expect(await expireInvitations(payload, new Date())).toBeGreaterThanOrEqual(1)
    expect((await payload.findByID({ collection: 'invitations', id, depth: 0 })).status).toBe(
      'expired',
    )
  })

  it('sent again gets a new link and ends the old one', async () => {
    const email = invitee()
    const { provider } = await sampleIds(payload)
    const created = await invite(consultantToken, {
      email,
      name: 'Igen',
      role: 'ngo-editor',
      organization: provider,
    })
    const id = created.json<{ doc: { id: number } }>().doc.id
    const old = await linkTo(email)
    expect((await api('POST', `/api/invitations/${id}/resend`)).status).toBe(401)
    const again = await api('POST', `/api/invitations/${id}/resend`, { token: consultantToken })
    expect(again.status).toBe(200)
    const fresh = await linkTo(email)
    expect(fresh.count).toBe(2)
    expect(fresh.token).not.toBe(old.token)
    expect((await accept(old.token, PASSWORD, PASSWORD)).json()).toMatchObject({
      errors: [{ problem: 'withdrawn' }],
    })
    expect((await accept(fresh.token, PASSWORD, PASSWORD)).status).toBe(201)
    const afterUse = await api('POST', `/api/invitations/${id}/resend`, { token: consultantToken })
    expect(afterUse.status).toBe(400)
  })

  it('is taken by exactly one of two simultaneous uses', async () => {
    const email = invitee()
    const { provider } = await sampleIds(payload)
    await invite(adminToken, {
      email,
      name: 'Samtidig',
      role: 'ngo-editor',
      organization: provider,
    })
    const { token } = await linkTo(email)
    const answers = await Promise.all([
      accept(token, PASSWORD, PASSWORD),
      accept(token, `${PASSWORD} 2`, `${PASSWORD} 2`),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400])
    expect(await usersWithEmail(email)).toBe(1)
  })

  it('answers a damaged or foreign link in Danish, never with a 500', async () => {
    expect((await accept('', PASSWORD)).status).toBe(400)
    expect((await accept('abc.def', PASSWORD)).json()).toMatchObject({
      errors: [{ problem: 'signature' }],
    })
    expect((await api('GET', '/invitation?t=abc.def')).text).toContain('Linket er ikke gyldigt')
    expect((await api('GET', '/invitation')).status).toBe(200)
    const garbage = await requestFrom(newLoopbackClient(), '/api/invitation/accept', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"t":',
    })
    expect(garbage.status).toBe(400)
    const wrongTypes = await api('POST', '/api/invitation/accept', {
      body: { t: ['x'], password: 42 },
    })
    expect(wrongTypes.status).toBe(400)
  })
})

describe('who may invite whom', () => {
  it('lets a consultant invite NGO editors and caseworkers of their own municipality only', async () => {
    const { koege, provider } = await sampleIds(payload)
    const refusedRole = await invite(consultantToken, {
      email: invitee(),
      name: 'X',
      role: 'admin',
    })
    expect(refusedRole.status).toBe(400)
    expect(refusedRole.text).toContain('Som udviklingskonsulent kan du invitere')
    expect(
      (
        await invite(consultantToken, {
          email: invitee(),
          name: 'X',
          role: 'consultant',
          municipality: koege,
        })
      ).status,
    ).toBe(400)
    const elsewhere = await invite(consultantToken, {
      email: invitee(),
      name: 'X',
      role: 'caseworker',
      municipality: otherMunicipality,
    })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.text).toContain('Du kan kun invitere sagsbehandlere i din egen kommune.')
    const noOrganization = await invite(consultantToken, {
      email: invitee(),
      name: 'X',
      role: 'ngo-editor',
    })
    expect(noOrganization.status).toBe(400)
    expect(noOrganization.text).toContain('Vælg den organisation')
    expect(
      (
        await invite(consultantToken, {
          email: invitee(),
          name: 'X',
          role: 'ngo-editor',
          organization: provider,
        })
      ).status,
    ).toBe(201)
    // The secretariat invites any role.
    expect(
      (
        await invite(adminToken, {
          email: invitee(),
          name: 'X',
          role: 'consultant',
          municipality: otherMunicipality,
        })
      ).status,
    ).toBe(201)
  })

  it('refuses everybody else, an e-mail that has an account or a pending invitation, and CPR numbers', async () => {
    const { provider } = await sampleIds(payload)
    const data = () => ({ email: invitee(), name: 'X', role: 'ngo-editor', organization: provider })
    expect((await invite(undefined, data())).status).toBe(403)
    expect((await invite(await loginToken('sagsbehandler@videnportal.local'), data())).status).toBe(
      403,
    )
    expect((await invite(await loginToken('ngo@videnportal.local'), data())).status).toBe(403)

    const taken = await invite(adminToken, { ...data(), email: 'sagsbehandler@videnportal.local' })
    expect(taken.status).toBe(400)
    expect(taken.text).toContain('Der findes allerede en konto med denne e-mail')

    const first = data()
    expect((await invite(adminToken, first)).status).toBe(201)
    const twice = await invite(consultantToken, first)
    expect(twice.status).toBe(400)
    expect(twice.text).toContain('Der er allerede sendt en invitation')

    const cpr = await invite(adminToken, { ...data(), message: 'Vedr. 010190-1234' })
    expect(cpr.status).toBe(400)
    expect(cpr.text).toContain('CPR-nummer')
  })
})
