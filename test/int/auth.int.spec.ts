import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let client = 0
/** Each test talks from its own "machine", so the per-client limits do not interfere. */
const newClient = () => `10.${process.pid % 250}.${Math.floor(++client / 250)}.${client % 250}`

async function login(email: string, password: string, from: string) {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; errors?: Array<{ message: string }> }
  return { status: response.status, token: body.token, message: body.errors?.[0]?.message }
}

async function newCaseworker() {
  const email = `${uniqueKey('laas')}@videnportal.local`
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: '259' } },
    limit: 1,
  })
  await payload.create({
    collection: 'users',
    data: {
      email,
      password: 'rigtigt-kodeord-1',
      name: 'Test Sagsbehandler',
      role: 'caseworker',
      municipality: docs[0]!.id,
    },
  })
  return email
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('account lockout', () => {
  it('locks after 5 failures and answers exactly as for a wrong password', async () => {
    const email = await newCaseworker()
    const wrong = await login(email, 'forkert', newClient())
    expect(wrong.status).toBe(401)
    for (let i = 0; i < 4; i++) await login(email, 'forkert', newClient())
    const locked = await login(email, 'rigtigt-kodeord-1', newClient())
    expect(locked).toEqual({ status: wrong.status, token: undefined, message: wrong.message })
    const unknown = await login(`${uniqueKey('findes-ikke')}@videnportal.local`, 'x', newClient())
    expect(unknown.message).toBe(wrong.message)
  })

  it('tells every failed login that too many attempts lock an account, and whom to contact', async () => {
    const email = await newCaseworker()
    const wrong = await login(email, 'forkert', newClient())
    expect(wrong.message).toBe(
      'E-mail eller adgangskode er forkert. Efter 5 forkerte forsøg spærres kontoen i 10 minutter, også for den rigtige adgangskode. Kommer du ikke ind, så kontakt sekretariatet.',
    )
    for (let i = 0; i < 4; i++) await login(email, 'forkert', newClient())
    // The right password on a locked account: the same words, which now explain the refusal.
    const locked = await login(email, 'rigtigt-kodeord-1', newClient())
    expect(locked.status).toBe(401)
    expect(locked.message).toBe(wrong.message)
    // The admin asks in its own language (Accept-Language), with the same content.
    const english = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
        'X-Forwarded-For': newClient(),
      },
      body: JSON.stringify({ email, password: 'rigtigt-kodeord-1' }),
    })
    const body = (await english.json()) as { errors: Array<{ message: string }> }
    expect(english.status).toBe(401)
    expect(body.errors[0]!.message).toMatch(/locked for 10 minutes.*contact the secretariat/)
  })

  it('can be unlocked by an admin only', async () => {
    const email = await newCaseworker()
    for (let i = 0; i < 5; i++) await login(email, 'forkert', newClient())
    const unlock = async (token: string) =>
      fetch(`${baseURL()}/api/users/unlock`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
    expect((await unlock(await loginToken('konsulent@videnportal.local'))).status).toBe(403)
    expect((await login(email, 'rigtigt-kodeord-1', newClient())).status).toBe(401)
    expect((await unlock(await loginToken('admin@videnportal.local'))).status).toBe(200)
    expect((await login(email, 'rigtigt-kodeord-1', newClient())).status).toBe(200)
  })
})

describe('per-client login limit', () => {
  it('stops one machine before it can lock an account, with a Danish 429', async () => {
    const email = await newCaseworker()
    const machine = newClient()
    for (let i = 0; i < 4; i++) expect((await login(email, 'forkert', machine)).status).toBe(401)
    const limited = await login(email, 'forkert', machine)
    expect(limited.status).toBe(429)
    expect(limited.message).toMatch(/For mange loginforsøg fra denne enhed/)
    // The account itself is not locked: the owner logs in from their own machine.
    expect((await login(email, 'rigtigt-kodeord-1', newClient())).status).toBe(200)
  })

  it('does not count successful logins', async () => {
    const email = await newCaseworker()
    const machine = newClient()
    for (let i = 0; i < 6; i++)
      expect((await login(email, 'rigtigt-kodeord-1', machine)).status).toBe(200)
  })
})

describe('sessions', () => {
  it('issues tokens that live at most two hours', async () => {
    const { token } = await login('sagsbehandler@videnportal.local', 'demo1234', newClient())
    const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString()) as {
      iat: number
      exp: number
    }
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(2 * 60 * 60)
  })

  it('ends the session on the server at logout', async () => {
    const { token } = await login('sagsbehandler@videnportal.local', 'demo1234', newClient())
    const me = async () =>
      (
        (await (
          await fetch(`${baseURL()}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
        ).json()) as {
          user: { email?: string } | null
        }
      ).user
    expect((await me())?.email).toBe('sagsbehandler@videnportal.local')
    const logout = await fetch(`${baseURL()}/api/users/logout`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(logout.status).toBe(200)
    expect(await me()).toBeNull()
  })

  it('has GraphQL switched off', async () => {
    const response = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(response.status).toBe(404)
  })
})

describe('per-client search limit', () => {
  it('answers 429 with Retry-After once one client passes SEARCH_REQUESTS_PER_MINUTE, and only for that client', async () => {
    const machine = newClient()
    const search = (from: string) =>
      fetch(`${baseURL()}/api/search?q=angst`, { headers: { 'X-Forwarded-For': from } })
    let passed = 0
    let limited: Response | undefined
    for (let i = 0; i < 200 && !limited; i++) {
      const response = await search(machine)
      if (response.status === 429) limited = response
      else passed++
    }
    expect(passed).toBe(120)
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(
      ((await limited!.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
    ).toMatch(/For mange søgninger/)
    expect((await search(newClient())).status).not.toBe(429)
  })
})

describe('security headers', () => {
  it.each(['/', '/admin/login', '/api/health', '/api/offers?limit=1'])(
    'are on %s',
    async (path) => {
      const response = await fetch(`${baseURL()}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("default-src 'self'")
      expect(csp).not.toContain('unsafe-eval')
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
    },
  )
})
