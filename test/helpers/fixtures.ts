import type { Payload } from 'payload'

import { todayInDenmark } from '@/domain/rules'

let counter = 0
/** A key no other test uses. */
export const uniqueKey = (prefix: string) =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`

/** A valid offer in the import format, referring to the sample content. */
export function offerInput(overrides: Record<string, unknown> = {}) {
  const key = uniqueKey('test-tilbud')
  return {
    externalId: key,
    kind: 'offer',
    status: 'published',
    title: `Testforløb for unge med angst ${key}`,
    summary: 'Et gruppeforløb om angst for unge i Køge.',
    description: 'Første afsnit.\n\nAndet afsnit.',
    provider: 'org-pusterummet',
    ageMin: 13,
    ageMax: 17,
    topics: ['angst', 'unge'],
    languages: ['da'],
    coverage: ['259'],
    wholeNetwork: false,
    legalBasis: [],
    referral: {
      howTo: 'Ring til koordinatoren.',
      municipalDecisionRequired: false,
      selfReferral: true,
    },
    cost: { type: 'paid', rateDkk: 1200, rateUnit: 'session', rateNote: 'Inkl. materialer.' },
    capacity: { status: 'open', asOf: todayInDenmark() },
    contacts: [
      {
        role: 'Koordinator',
        email: 'koordinator@pusterummet.example',
        phone: '70 20 31 45',
        internal: false,
      },
    ],
    locations: [{ address: 'Torvet 1', postalCode: '4600', city: 'Køge', municipality: '259' }],
    visibility: 'public',
    offerType: 'group-course',
    ...overrides,
  }
}

type Ids = { provider: number; koege: number; angst: number }
let ids: Ids | undefined

/** Ids of sample-content documents the Payload-level fixtures point at. */
export async function sampleIds(payload: Payload): Promise<Ids> {
  if (ids) return ids
  const one = async (
    collection: 'organizations' | 'municipalities' | 'topics',
    field: string,
    value: string,
  ) => {
    const { docs } = await payload.find({
      collection,
      where: { [field]: { equals: value } },
      depth: 0,
      limit: 1,
    })
    if (!docs[0]) throw new Error(`sample content lacks ${collection} ${value}`)
    return docs[0].id as number
  }
  ids = {
    provider: await one('organizations', 'externalId', 'org-pusterummet'),
    koege: await one('municipalities', 'code', '259'),
    angst: await one('topics', 'slug', 'angst'),
  }
  return ids
}

/** A valid, published offer as Payload data (ids instead of keys). */
export async function offerData(payload: Payload, overrides: Record<string, unknown> = {}) {
  const { provider, koege, angst } = await sampleIds(payload)
  return {
    title: `Testtilbud ${uniqueKey('t')}`,
    summary: 'Kort beskrivelse.',
    provider,
    ageMin: 6,
    ageMax: 12,
    topics: [angst],
    languages: ['da'],
    coverage: [koege],
    referral: {
      howTo: 'Kontakt rådgiveren.',
      municipalDecisionRequired: true,
      selfReferral: false,
    },
    cost: { type: 'free' },
    capacity: { status: 'open', asOf: new Date().toISOString() },
    visibility: 'public',
    offerType: 'counselling',
    _status: 'published',
    ...overrides,
  } as Record<string, unknown>
}
