import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { EFFECTIVE_DATE_MESSAGE } from '@/domain/rules'
import type { User } from '@/payload-types'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Every domain rule through Payload (what the admin and the REST API use): one bad value each, a
 * clear Danish message on the right field, and nothing written.
 */
let payload: Payload
let consultant: User

type Collection = 'offers' | 'organizations' | 'legal-bases' | 'legislation-notes'

async function expectRefused(
  collection: Collection,
  data: Record<string, unknown>,
  field: string,
  message: string | RegExp,
) {
  const before = (await payload.count({ collection })).totalDocs
  const error = await payload
    .create({
      collection,
      data: data as never,
      overrideAccess: false,
      user: { ...consultant, collection: 'users' } as never,
    })
    .then(() => undefined)
    .catch(
      (caught: unknown) =>
        caught as { data?: { errors?: Array<{ path: string; message: string }> } },
    )
  expect(error, 'the document was written').toBeDefined()
  const errors = error?.data?.errors ?? []
  const onField = errors.find((entry) => entry.path === field)
  expect(onField, `no error on ${field}: ${JSON.stringify(errors)}`).toBeDefined()
  expect(onField!.message).toMatch(message)
  expect((await payload.count({ collection })).totalDocs).toBe(before)
}

beforeAll(async () => {
  payload = await getTestPayload()
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'konsulent@videnportal.local' } },
    limit: 1,
    depth: 0,
  })
  consultant = docs[0]!
})

describe('listing rules', () => {
  it('ages are 0–30', async () => {
    await expectRefused(
      'offers',
      await offerData(payload, { ageMin: 4, ageMax: 31 }),
      'ageMax',
      'Alderen skal være mellem 0 og 30 år.',
    )
  })

  it('the minimum age is not above the maximum', async () => {
    await expectRefused(
      'offers',
      await offerData(payload, { ageMin: 14, ageMax: 9 }),
      'ageMax',
      'Mindstealderen kan ikke være højere end maksimumalderen.',
    )
  })

  it('phone numbers are Danish', async () => {
    const data = await offerData(payload, { contacts: [{ role: 'Rådgiver', phone: '12 34' }] })
    await expectRefused('offers', data, 'contacts.0.phone', /dansk nummer med 8 cifre/)
  })

  it('e-mail addresses are valid', async () => {
    const data = await offerData(payload, { contacts: [{ role: 'Rådgiver', email: 'raadgiver@' }] })
    await expectRefused('offers', data, 'contacts.0.email', /E-mailadressen er ugyldig/)
  })

  it('postal codes have four digits', async () => {
    const { koege } = await sampleIds(payload)
    const data = await offerData(payload, {
      locations: [{ address: 'Torvet 1', postalCode: '460', city: 'Køge', municipality: koege }],
    })
    await expectRefused(
      'offers',
      data,
      'locations.0.postalCode',
      'Postnummeret skal være fire cifre, fx 4600.',
    )
  })

  it('rates are not negative', async () => {
    const data = await offerData(payload, {
      cost: { type: 'paid', rateDkk: -100, rateUnit: 'hour' },
    })
    await expectRefused('offers', data, 'cost.rateDkk', 'Taksten kan ikke være negativ.')
  })

  it('the capacity date is not in the future', async () => {
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    const data = await offerData(payload, { capacity: { status: 'open', asOf: nextWeek } })
    await expectRefused(
      'offers',
      data,
      'capacity.asOf',
      'Datoen for kapaciteten kan ikke ligge i fremtiden.',
    )
  })

  it('a draft may be incomplete, but it cannot be published like that', async () => {
    const draft = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, { ageMin: 20, ageMax: 10, _status: 'draft' })) as never,
      draft: true,
      overrideAccess: false,
      user: { ...consultant, collection: 'users' } as never,
    })
    expect(draft._status).toBe('draft')
    await expect(
      payload.update({
        collection: 'offers',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: { ...consultant, collection: 'users' } as never,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'ageMax' })] } })
    const anonymous = await payload.find({
      collection: 'offers',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(anonymous.totalDocs).toBe(0)
  })
})

describe('organization rules', () => {
  const organization = (overrides: Record<string, unknown>) => ({
    name: `Testforening ${uniqueKey('o')}`,
    type: 'ngo',
    ...overrides,
  })

  it('CVR numbers pass the modulus-11 check', async () => {
    await expectRefused(
      'organizations',
      organization({ cvr: '12345678' }),
      'cvr',
      'CVR-nummeret findes ikke: kontrolcifferet passer ikke.',
    )
  })

  it('CVR numbers have 8 digits', async () => {
    await expectRefused(
      'organizations',
      organization({ cvr: '1234567' }),
      'cvr',
      'CVR-nummeret skal være 8 cifre uden mellemrum.',
    )
  })

  it('websites are full URLs', async () => {
    await expectRefused(
      'organizations',
      organization({ website: 'www.forening.dk' }),
      'website',
      /begynder med https/,
    )
  })
})

describe('legal basis and note rules', () => {
  it('legal bases link to Retsinformation by ELI', async () => {
    await expectRefused(
      'legal-bases',
      {
        law: 'barnets-lov',
        paragraph: '32',
        heading: 'Støttende indsatser',
        eli: 'https://www.google.com/search?q=barnets+lov',
        validFrom: '2024-01-01',
      },
      'eli',
      /ELI-link til Retsinformation/,
    )
  })

  it('a published note has an effective date', async () => {
    await expectRefused(
      'legislation-notes',
      {
        title: 'Note uden dato',
        summary: 'Resumé.',
        body: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [{ type: 'text', text: 'Tekst', version: 1 }],
                version: 1,
              },
            ],
            version: 1,
          },
        },
        visibility: 'public',
        _status: 'published',
      },
      'effectiveDate',
      EFFECTIVE_DATE_MESSAGE,
    )
  })
})

describe('over REST', () => {
  it('answers 400 with the Danish message, not 500', async () => {
    const token = await loginToken('konsulent@videnportal.local')
    const response = await fetch(`${baseURL()}/api/offers`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(await offerData(payload, { ageMin: 12, ageMax: 3 })),
    })
    const body = (await response.json()) as {
      errors: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>
    }
    expect(response.status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0]?.data?.errors).toContainEqual(
      expect.objectContaining({
        path: 'ageMax',
        message: 'Mindstealderen kan ikke være højere end maksimumalderen.',
      }),
    )
  })
})
