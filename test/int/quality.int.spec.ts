import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { ANSWER_EXISTS_MESSAGE } from '@/network/quality/scale'

import { refusal } from '../helpers/documents'
import { uniqueKey } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * Cooperation quality (issue 18, after seed 002): one answer per member municipality, set and year,
 * written by the network's editors or a consultant for their own municipality; members read the
 * development as an SVG chart with a table; nobody outside the network sees any of it.
 */

let payload: Payload
const created: Array<{
  collection: 'networks' | 'quality-indicator-sets' | 'quality-answers'
  id: number
}> = []
const people = {} as Record<'admin' | 'consultant' | 'caseworker' | 'ngo', User>
let koege = 0
let greve = 0
let roskilde = 0
let network: { id: number; slug: string }
let setId = 0

const as = (who: keyof typeof people) => ({
  overrideAccess: false as const,
  user: { ...people[who], collection: 'users' as const },
})

async function answer(who: keyof typeof people | null, data: Record<string, unknown>) {
  const doc = await payload.create({
    collection: 'quality-answers',
    data: { indicatorSet: setId, ...data } as never,
    depth: 0,
    ...(who ? as(who) : { overrideAccess: true }),
  })
  created.push({ collection: 'quality-answers', id: doc.id })
  return doc
}

beforeAll(async () => {
  payload = await getTestPayload()
  const user = async (email: string) =>
    (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as User
  people.admin = await user('admin@videnportal.local')
  people.consultant = await user('konsulent@videnportal.local')
  people.caseworker = await user('sagsbehandler@videnportal.local')
  people.ngo = await user('ngo@videnportal.local')
  const code = async (value: string) =>
    (
      await payload.find({
        collection: 'municipalities',
        where: { code: { equals: value } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!.id
  koege = await code('259')
  greve = await code('253')
  roskilde = await code('265')
  const doc = await payload.create({
    collection: 'networks',
    data: {
      name: `Kvalitetsnetværk ${uniqueKey('kv')}`,
      formality: 'formal',
      task: 'open',
      visibility: 'public',
      memberMunicipalities: [koege, greve],
      leader: people.admin.id,
      kommissorium: { purpose: 'At styrke samarbejdet.' },
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  created.push({ collection: 'networks', id: doc.id })
  network = { id: doc.id, slug: String(doc.slug) }
  const set = await payload.create({
    collection: 'quality-indicator-sets',
    data: {
      network: network.id,
      title: 'Samarbejdets kvalitet',
      themes: [
        {
          theme: 'Forankring',
          indicators: [
            { statement: 'Ledelsen efterspørger samarbejdet.' },
            { key: 'faelles-maal', statement: 'Vi har fælles mål.' },
          ],
        },
        {
          theme: 'Koordinering',
          indicators: [{ key: 'tovholder', statement: 'Der er én tovholder.' }],
        },
      ],
    },
    depth: 0,
    ...as('admin'),
  })
  created.push({ collection: 'quality-indicator-sets', id: set.id })
  setId = set.id
  expect(set.themes[0]!.indicators[0]!.key).toBe('ledelsen-efterspoerger-samarbejdet')
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
})

describe('answers: one per member municipality and year, by whom may answer for it', () => {
  it("lets a consultant answer for their own municipality, and fills in the set's network", async () => {
    const doc = await answer('consultant', {
      municipality: koege,
      year: 2025,
      scores: [
        { indicator: 'ledelsen-efterspoerger-samarbejdet', score: 2 },
        { indicator: 'faelles-maal', score: 3, comment: 'Målene er skrevet ned i år.' },
      ],
    })
    expect(doc.network).toBe(network.id)
    expect(doc.title).toBe('Køge 2025')
  })

  it('refuses a second answer for the same municipality and year, with a Danish message', async () => {
    expect(
      await refusal(answer('consultant', { municipality: koege, year: 2025, scores: [] })),
    ).toContain(ANSWER_EXISTS_MESSAGE)
  })

  it("refuses a consultant's answer for another municipality, and anybody's for a non-member", async () => {
    await expect(answer('consultant', { municipality: greve, year: 2025 })).rejects.toMatchObject({
      status: 403,
    })
    expect(await refusal(answer('admin', { municipality: roskilde, year: 2025 }))).toMatch(
      /ikke medlem af netværket/,
    )
  })

  it('refuses caseworkers and NGO editors outright', async () => {
    for (const who of ['caseworker', 'ngo'] as const)
      await expect(answer(who, { municipality: koege, year: 2026 })).rejects.toMatchObject({
        status: 403,
      })
  })

  it('refuses unknown indicators, scores outside 1–5 and CPR numbers in comments', async () => {
    const refused = (scores: unknown[]) =>
      refusal(answer('admin', { municipality: greve, year: 2026, scores }))
    expect(await refused([{ indicator: 'findes-ikke', score: 3 }])).toMatch(
      /findes ikke i indikatorsættet/,
    )
    expect(await refused([{ indicator: 'tovholder', score: 6 }])).toMatch(/helt tal fra 1 til 5/)
    expect(
      await refused([{ indicator: 'tovholder', score: 3, comment: 'Se sagen om 010190-1234.' }]),
    ).toMatch(/CPR/)
  })
})
