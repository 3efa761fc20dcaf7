import { describe, expect, it } from 'vitest'

import { baseURL } from '../helpers/http'

/** What a visitor gets from the REST API after the seed: the sample content is there, and public. */
async function total(collection: string, token?: string) {
  const response = await fetch(`${baseURL()}/api/${collection}?limit=1&depth=0`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

describe('sample content over REST, as an anonymous visitor', () => {
  it('has at least 80 public listings across the three kinds', async () => {
    const [offers, mentors, schools] = await Promise.all([
      total('offers'),
      total('mentors'),
      total('school-options'),
    ])
    expect(offers).toBeGreaterThan(0)
    expect(mentors).toBeGreaterThan(0)
    expect(schools).toBeGreaterThan(0)
    expect(offers + mentors + schools).toBeGreaterThanOrEqual(80)
  })

  it('has the organizations, notes, topics and municipalities', async () => {
    expect(await total('organizations')).toBeGreaterThanOrEqual(12)
    expect(await total('legislation-notes')).toBeGreaterThanOrEqual(10)
    expect(await total('topics')).toBeGreaterThanOrEqual(25)
    expect(await total('municipalities')).toBe(98)
  })

  it('spreads the listings over at least six network municipalities', async () => {
    const response = await fetch(
      `${baseURL()}/api/offers?limit=0&depth=1&select[coverage]=true&select[wholeNetwork]=true`,
    )
    const { docs } = (await response.json()) as {
      docs: Array<{ coverage?: Array<{ code: string }> }>
    }
    const codes = new Set(docs.flatMap((doc) => (doc.coverage ?? []).map((m) => m.code)))
    expect(codes.size).toBeGreaterThanOrEqual(6)
  })

  it('shows no drafts and no internal listings', async () => {
    const response = await fetch(
      `${baseURL()}/api/offers?limit=0&depth=0&select[visibility]=true&select[_status]=true`,
    )
    const { docs } = (await response.json()) as {
      docs: Array<{ visibility: string; _status: string }>
    }
    expect(docs.every((doc) => doc.visibility === 'public' && doc._status === 'published')).toBe(
      true,
    )
  })
})
