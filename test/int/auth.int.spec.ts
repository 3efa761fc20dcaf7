import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loginFrom, newLoopbackClient, requestFrom } from '../helpers/clients'
import { uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
/** Each test talks from its own machine (a loopback address), so the per-client limits do not interfere. */
const newClient = newLoopbackClient
const login = (email: string, password: string, from: string) => loginFrom(from, email, password)

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
  it('locks an account for one machine after 5 failures and answers exactly as for a wrong password', async () => {
    const email = await newCaseworker()
    const machine = newClient()
    const wrong = await login(email, 'forkert', machine)
    expect(wrong.status).toBe(401)
    for (let i = 0; i < 4; i++) await login(email, 'forkert', machine)
    const locked = await login(email, 'rigtigt-kodeord-1', machine)
    expect(locked).toEqual({ status: wrong.status, token: undefined, message: wrong.message })
    const unknown = await login(`${uniqueKey('findes-ikke')}@videnportal.local`, 'x', machine)
    expect(unknown.message).toBe(wrong.message)
  })

  it('tells every failed login that too many attempts lock an account, and whom to contact', async () => {
    const email = await newCaseworker()
    const machine = newClient()
    const wrong = await login(email, 'forkert', machine)
    expect(wrong.message).toBe(
      'E-mail eller adgangskode er forkert. Efter 5 forkerte forsøg spærres kontoen i 10 minutter, også for den rigtige adgangskode. Kommer du ikke ind, så kontakt sekretariatet.',
    )
    for (let i = 0; i < 4; i++) await login(email, 'forkert', machine)
    // The right password on a locked account: the same words, which now explain the refusal.
    const locked = await login(email, 'rigtigt-kodeord-1', machine)
    expect(locked.status).toBe(401)
    expect(locked.message).toBe(wrong.message)
    // The admin asks in its own language (Accept-Language), with the same content.
    const english = await loginFrom(machine, email, 'rigtigt-kodeord-1', {
      'Accept-Language': 'en',
    })
    expect(english.status).toBe(401)
    expect(english.message).toMatch(/locked for 10 minutes.*contact the secretariat/)
  })

  it('can be unlocked by an admin only', async () => {
    const email = await newCaseworker()
    const machine = newClient()
    for (let i = 0; i < 5; i++) await login(email, 'forkert', machine)
    const unlock = async (token: string) =>
      fetch(`${baseURL()}/api/users/unlock`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
    expect((await unlock(await loginToken('konsulent@videnportal.local'))).status).toBe(403)
    expect((await login(email, 'rigtigt-kodeord-1', machine)).status).toBe(401)
    expect((await unlock(await loginToken('admin@videnportal.local'))).status).toBe(200)
    expect((await login(email, 'rigtigt-kodeord-1', machine)).status).toBe(200)
  })
})

describe('per-client login limit', () => {
  it('stops one machine trying many accounts (password spraying) with a Danish 429', async () => {
    const machine = newClient()
    for (let i = 0; i < 30; i++) {
      const email = `${uniqueKey('spray')}@videnportal.local`
      expect((await login(email, 'forkert', machine)).status).toBe(401)
    }
    const limited = await login(`${uniqueKey('spray')}@videnportal.local`, 'forkert', machine)
    expect(limited.status).toBe(429)
    expect(limited.message).toMatch(/For mange loginforsøg fra denne enhed/)
    // Nobody else is affected: the owner of an account logs in from their own machine.
    const email = await newCaseworker()
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
    const search = (from: string) => requestFrom(from, '/api/search?q=angst&perPage=1')
    let passed = 0
    let limited: Awaited<ReturnType<typeof search>> | undefined
    for (let i = 0; i < 200 && !limited; i++) {
      const response = await search(machine)
      if (response.status === 429) limited = response
      else passed++
    }
    expect(passed).toBe(120)
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/)
    expect(limited!.json<{ errors: Array<{ message: string }> }>().errors[0]!.message).toMatch(
      /For mange søgninger/,
    )
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
