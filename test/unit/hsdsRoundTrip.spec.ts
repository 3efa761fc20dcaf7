import { describe, expect, it } from 'vitest'

import { convertHsds } from '@/hsds/import/fromHsds'
import { mergeListing, mergeOrganization, stableJson } from '@/hsds/import/reconcile'
import { type ListingRecord, type Lookups, serviceFull } from '@/hsds/mapping'
import { listingInput, type ListingInput } from '@/import/sections/listings'
import { organizationInput } from '@/import/sections/organizations'

/**
 * Issue 17's round trip, the pure parts: our HSDS output read back by the importer gives an item
 * the Danish rules take (a school option's grades and admission, a paid listing whose rate the
 * open data never carry), and a record that comes home updates only the public part of its
 * document (the rate, internal contacts and notes, the whole-network flag stay).
 */

const lookups: Lookups = {
  origin: 'https://videnportal.example.dk',
  topics: new Map([
    [5, { id: 5, hsdsId: '11111111-1111-4111-8111-111111111111', name: 'Angst', slug: 'angst' }],
  ]),
  legalBases: new Map(),
  municipalities: new Map([[259, { id: 259, code: '259', name: 'Køge', networkMember: true }]]),
  organizations: new Map([
    [
      3,
      {
        id: 3,
        hsdsId: '22222222-2222-4222-8222-222222222222',
        name: 'Pusterummet',
        updatedAt: '2026-01-01T00:00:00Z',
      },
    ],
  ]),
}
const names = new Map([['køge', '259']])

const school = {
  id: 1,
  hsdsId: '33333333-3333-4333-8333-333333333333',
  title: 'Specialklassen ved Torvet',
  summary: 'En lille klasse med faste voksne.',
  provider: 3,
  ageMin: 6,
  ageMax: 16,
  topics: [5],
  languages: ['da'],
  coverage: [259],
  referral: { howTo: 'Via PPR.', municipalDecisionRequired: true, selfReferral: false },
  cost: { type: 'paid' },
  capacity: { status: 'open', asOf: '2026-11-01T00:00:00.000Z' },
  contacts: [{ name: 'Skolen', email: 'skole@example.dk', internal: false }],
  locations: [{ address: 'Torvet 1', postalCode: '4600', city: 'Køge', municipality: 259 }],
  schoolType: 'special-class',
  gradeFrom: 3,
  gradeTo: 9,
  admissionViaPPR: true,
  visibility: 'public',
  updatedAt: '2026-11-20T10:00:00.000Z',
} as unknown as ListingRecord

function readBack(record: ListingRecord, kind: 'school-option' | 'offer') {
  const service = serviceFull(kind, record, lookups, [])
  const converted = convertHsds([{ service, path: [] }], names)
  return {
    converted,
    parsed: listingInput.safeParse({ ...converted.listings[0]!.raw, provider: 'org-x' }),
  }
}

describe('our HSDS output read back', () => {
  it("gives a school option its grades and admission, and a paid listing no rate but the rules' consent", () => {
    const { parsed } = readBack(school, 'school-option')
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(parsed.data).toMatchObject({
      kind: 'school-option',
      schoolType: 'special-class',
      gradeFrom: 3,
      gradeTo: 9,
      admissionViaPPR: true,
      cost: { type: 'paid', rateUnknown: true },
      hsdsId: school.hsdsId,
    })
    expect(parsed.data!.cost.rateDkk).toBeUndefined()
    // A location without a name of its own is not named after the service.
    expect(parsed.data!.locations[0]!.name).toBeUndefined()
  })

  it('still refuses a paid service whose amount is not in kroner', () => {
    const service = {
      ...serviceFull(
        'offer',
        { ...school, offerType: 'counselling' } as ListingRecord,
        lookups,
        [],
      ),
      cost_options: [{ id: 'x', option: 'Betalt', amount: 25, currency: 'GBP' }],
    }
    const raw = convertHsds([{ service, path: [] }], names).listings[0]!.raw
    const parsed = listingInput.safeParse({ ...raw, provider: 'org-x' })
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('cost.rateDkk')
  })
})

describe('a record that comes home', () => {
  const stored = listingInput.parse({
    externalId: 'own-offer',
    hsdsId: '44444444-4444-4444-8444-444444444444',
    kind: 'offer',
    offerType: 'group-course',
    title: 'Eget forløb',
    summary: 'Kort.',
    provider: 'org-pusterummet',
    ageMin: 10,
    ageMax: 14,
    topics: ['angst'],
    coverage: [],
    wholeNetwork: true,
    referral: {
      howTo: 'Ring.',
      municipalDecisionRequired: false,
      selfReferral: true,
      internalNote: 'Intern note',
    },
    cost: { type: 'paid', rateDkk: 1200, rateUnit: 'session' },
    capacity: { status: 'open', asOf: '2026-11-01' },
    contacts: [
      { role: 'Koordinator', email: 'k@example.dk', internal: false },
      { name: 'Intern', email: 'intern@example.dk', internal: true },
    ],
    visibility: 'public',
  }) as ListingInput
  // What our output of it gives back: the public part only, the network's municipalities listed.
  const incoming = listingInput.parse({
    ...stored,
    externalId: 'hsds:44444444-4444-4444-8444-444444444444',
    wholeNetwork: false,
    coverage: ['259', '265'],
    referral: { howTo: 'Ring.', municipalDecisionRequired: false, selfReferral: true },
    cost: { type: 'paid', rateUnknown: true },
    contacts: [{ role: 'Koordinator', email: 'k@example.dk' }],
  }) as ListingInput

  it('changes nothing when the public part is the same', () => {
    expect(stableJson(mergeListing(stored, incoming, ['265', '259']))).toBe(stableJson(stored))
  })

  it('updates the public part and keeps the rate, internal contacts and notes', () => {
    const merged = mergeListing(
      stored,
      {
        ...incoming,
        title: 'Nyt navn',
        contacts: [{ role: 'Ny', internal: false }],
      } as ListingInput,
      ['259', '265'],
    )
    expect(merged).toMatchObject({
      externalId: 'own-offer',
      title: 'Nyt navn',
      wholeNetwork: true,
      cost: { type: 'paid', rateDkk: 1200, rateUnit: 'session' },
      referral: { internalNote: 'Intern note' },
      contacts: [
        { role: 'Ny', internal: false },
        { name: 'Intern', email: 'intern@example.dk', internal: true },
      ],
    })
  })
})

describe('an organization that comes home inside its services', () => {
  const stored = organizationInput.parse({
    externalId: 'org-own',
    name: 'Foreningen Eget',
    type: 'ngo',
    cvr: '29154104',
    website: 'https://eget.example',
    phone: '72 14 88 30',
    address: { street: 'Søndre Allé 7', postalCode: '4600', city: 'Køge', municipality: '259' },
    agreements: [
      {
        municipality: '259',
        parties: 'Køge Kommune og Foreningen Eget',
        periodFrom: '2026-01-01',
        purpose: 'Samarbejde om grupper.',
      },
    ],
  })
  // A service's nested organization: no phone, no address, the website as a URL.
  const incoming = organizationInput.parse({
    externalId: 'hsds:55555555-5555-4555-8555-555555555555',
    name: 'Foreningen Eget',
    type: 'ngo',
    cvr: '29154104',
    website: 'https://eget.example/',
  })

  it('keeps what the nested record does not carry, so nothing changes', () => {
    expect(stableJson(mergeOrganization(stored, incoming))).toBe(stableJson(stored))
  })

  it('takes a new name and keeps the agreements', () => {
    const merged = mergeOrganization(stored, { ...incoming, name: 'Foreningen Nyt Navn' })
    expect(merged).toMatchObject({
      externalId: 'org-own',
      name: 'Foreningen Nyt Navn',
      phone: '72 14 88 30',
      agreements: [{ municipality: '259' }],
    })
  })
})
