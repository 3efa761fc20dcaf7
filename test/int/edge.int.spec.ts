import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginFrom, newLoopbackClient, requestFrom, TRUSTED_PROXY } from '../helpers/clients'
import { uniqueKey } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The front server decides the client address (issue 11, class 2): X-Forwarded-For counts only
 * from TRUSTED_PROXIES (127.0.0.9 on the test server), limits key logged-in users on their account,
 * and malformed percent-escapes end in a 400 before Next (class 3, paths).
 */
let payload: Payload
let municipality: number

beforeAll(async () => {
  payload = await getTestPayload()
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: '259' } },
    limit: 1,
  })
  municipality = docs[0]!.id
})

const PASSWORD = 'rigtigt-kodeord-1'
const created: number[] = []

// The users made here would push the demo users off the first page of other tests' lists.
afterAll(async () => {
  if (created.length) {
    await payload.delete({ collection: 'users', where: { id: { in: created } } })
  }
})

async function newCaseworker(prefix = 'kant') {
  const email = `${uniqueKey(prefix)}@videnportal.local`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: 'Test Sagsbehandler',
      role: 'caseworker',
      municipality,
    },
  })
  created.push(user.id)
  return email
}

let forged = 0
/** A different made-up address on every call. */
const forgedAddress = () => `198.51.100.${(++forged % 250) + 1}`

const searchFrom = (from: string, headers: Record<string, string> = {}) =>
  requestFrom(from, '/api/search?q=angst&perPage=1', { headers })

/** Runs the requests ten at a time; returns how many answered with each status. */
async function statusCounts(requests: Array<() => Promise<{ status: number }>>) {
  const counts: Record<number, number> = {}
  for (let start = 0; start < requests.length; start += 10) {
    const batch = await Promise.all(requests.slice(start, start + 10).map((send) => send()))
    for (const { status } of batch) counts[status] = (counts[status] ?? 0) + 1
  }
  return counts
}

describe('a forged X-Forwarded-For without TRUSTED_PROXIES', () => {
  it('does not bypass the search limit', async () => {
    const machine = newLoopbackClient()
    const counts = await statusCounts(
      Array.from(
        { length: 125 },
        () => () => searchFrom(machine, { 'X-Forwarded-For': forgedAddress() }),
      ),
    )
    expect(counts).toEqual({ 200: 120, 429: 5 })
  }, 120_000)

  it('does not let a stranger lock a caseworker out', async () => {
    const email = await newCaseworker()
    const stranger = newLoopbackClient()
    for (let i = 0; i < 6; i++) {
      const attempt = await loginFrom(stranger, email, 'forkert', {
        'X-Forwarded-For': forgedAddress(),
      })
      expect(attempt.status).toBe(401)
    }
    // The stranger's machine is locked out of the account, forged addresses or not …
    const fromStranger = await loginFrom(stranger, email, PASSWORD, {
      'X-Forwarded-For': forgedAddress(),
    })
    expect(fromStranger.status).toBe(401)
    // … and the caseworker, on their own machine, is not.
    const owner = await loginFrom(newLoopbackClient(), email, PASSWORD)
    expect(owner.status).toBe(200)
    expect(owner.token).toBeTruthy()
  })
})

describe('fifty caseworkers behind one municipal address', () => {
  it('are each limited on their account, not together on the address', async () => {
    const office = newLoopbackClient()
    const emails = await Promise.all(Array.from({ length: 50 }, () => newCaseworker('kontor')))
    const tokens: string[] = []
    for (const email of emails) {
      const result = await loginFrom(office, email, PASSWORD)
      expect(result.status, email).toBe(200)
      tokens.push(result.token!)
    }
    // 150 searches from one address, more than its 120 a minute.
    const counts = await statusCounts(
      [0, 1, 2].flatMap(() =>
        tokens.map((token) => () => searchFrom(office, { Authorization: `JWT ${token}` })),
      ),
    )
    expect(counts).toEqual({ 200: 150 })
    // The session cookie counts as the account too.
    const cookie = await searchFrom(office, { Cookie: `payload-token=${tokens[0]}` })
    expect(cookie.status).toBe(200)
    // A forged token is anonymous and counts on the address, which is untouched.
    const forgedToken = `${tokens[0]!.slice(0, -4)}AAAA`
    expect((await searchFrom(office, { Authorization: `JWT ${forgedToken}` })).status).toBe(200)
  }, 300_000)

  it('still limits one account that searches too much, wherever it comes from', async () => {
    const email = await newCaseworker()
    const { token } = await loginFrom(newLoopbackClient(), email, PASSWORD)
    // A new machine for every request: the account is the key.
    const counts = await statusCounts(
      Array.from(
        { length: 121 },
        () => () => searchFrom(newLoopbackClient(), { Authorization: `JWT ${token}` }),
      ),
    )
    expect(counts).toEqual({ 200: 120, 429: 1 })
  }, 300_000)
})

describe('TRUSTED_PROXIES', () => {
  it('makes the forwarded address the client, and only from the trusted proxy', async () => {
    const email = await newCaseworker()
    const clientBehindProxy = '203.0.113.7'
    for (let i = 0; i < 5; i++) {
      const attempt = await loginFrom(TRUSTED_PROXY, email, 'forkert', {
        // The left part is the client's own word; the proxy appended what it saw.
        'X-Forwarded-For': `10.9.9.9, ${clientBehindProxy}`,
      })
      expect(attempt.status).toBe(401)
    }
    const viaProxy = (forwardedFor: string) =>
      loginFrom(TRUSTED_PROXY, email, PASSWORD, { 'X-Forwarded-For': forwardedFor })
    // That client is locked out of the account …
    expect((await viaProxy(clientBehindProxy)).status).toBe(401)
    // … another client behind the same proxy is not,
    expect((await viaProxy('203.0.113.8')).status).toBe(200)
    // nor is the proxy's own address, nor a direct client claiming to be the locked one.
    expect((await loginFrom(TRUSTED_PROXY, email, PASSWORD)).status).toBe(200)
    const claiming = await loginFrom(newLoopbackClient(), email, PASSWORD, {
      'X-Forwarded-For': clientBehindProxy,
    })
    expect(claiming.status).toBe(200)
  })
})

describe('malformed percent-escapes in paths', () => {
  it.each(['/tilbud/%ZZ', '/tilbud/%E0%A4%A', '/admin/%ZZ', '/en/tilbud/%ZZ'])(
    '%s answers 400 with a Danish page',
    async (path) => {
      const response = await requestFrom('127.0.0.1', path)
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toMatch(/^text\/html/)
      expect(response.text).toContain('<html lang="da">')
      expect(response.text).toContain('Ugyldig adresse')
      expect(response.text).not.toMatch(/at \w+ \(|URIError/)
    },
  )

  it('/api/offers/%ZZ answers 400 with a precise JSON error', async () => {
    const response = await requestFrom('127.0.0.1', '/api/offers/%ZZ')
    expect(response.status).toBe(400)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.json<{ errors: Array<{ message: string }> }>().errors[0]!.message).toMatch(
      /^Malformed request path: "%ZZ" is not a percent-escape/,
    )
  })

  it('leaves well-formed escapes to the portal', async () => {
    const response = await requestFrom('127.0.0.1', '/tilbud/%C3%A6ble-findes-ikke')
    expect(response.status).toBe(404)
    expect(response.text).toContain('Siden findes ikke')
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})
