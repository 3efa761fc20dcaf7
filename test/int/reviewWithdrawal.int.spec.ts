import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let token: string
let organization: number

const EDITOR = `${uniqueKey('ngo-fortryder')}@videnportal.local`.toLowerCase()

const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** The review state of the newest version, as the consultants' queue reads it. */
async function latestReview() {
  const { docs } = await payload.findVersions({
    collection: 'organizations',
    where: { and: [{ parent: { equals: organization } }, { latest: { equals: true } }] },
    limit: 1,
    depth: 0,
  })
  return (docs[0]!.version as { review?: { status?: string | null } }).review?.status ?? null
}

beforeAll(async () => {
  payload = await getTestPayload()
  // An organization of its own: other test files leave drafts on the sample organizations, and
  // a pending change of someone else's is rightly something to review.
  const own = await payload.create({
    collection: 'organizations',
    data: {
      name: `Forening, der fortryder ${uniqueKey('o')}`,
      type: 'ngo',
      description: 'Det offentliggjorte.',
      _status: 'published',
    } as never,
    depth: 0,
  })
  organization = own.id
  await payload.create({
    collection: 'users',
    data: {
      email: EDITOR,
      password: 'demo1234',
      name: 'Redaktør, der fortryder',
      role: 'ngo-editor',
      organization,
    } as never,
  })
  token = await loginToken(EDITOR)
})

describe('an NGO editor withdrawing a change', () => {
  it('"Tilbagerul til offentliggjort" leaves nothing to review; a real change does', async () => {
    const published = await api('GET', `/organizations/${organization}?depth=0`)
    expect(published.status).toBe(200)

    const change = await api('PATCH', `/organizations/${organization}?draft=true&depth=0`, {
      description: 'En ændring, foreningen fortryder.',
    })
    expect(change.status).toBe(200)
    expect(await latestReview()).toBe('awaiting-review')

    // What the admin's "revert to published" sends: the published document, as it reads it.
    const revert = await api('PATCH', `/organizations/${organization}?depth=0`, published.body)
    expect(revert.status).toBe(200)
    expect(await latestReview()).toBeNull()
    const anonymous = await fetch(`${baseURL()}/api/organizations/${organization}?depth=0`)
    expect(((await anonymous.json()) as { description: string }).description).toBe(
      published.body.description,
    )

    const again = await api('PATCH', `/organizations/${organization}?draft=true&depth=0`, {
      description: 'En ændring, der skal gennemses.',
    })
    expect(again.status).toBe(200)
    expect(await latestReview()).toBe('awaiting-review')

    // Withdrawn again, so the queue holds nothing of this file's.
    await api('PATCH', `/organizations/${organization}?depth=0`, published.body)
    expect(await latestReview()).toBeNull()
  })
})
