import { describe, expect, it } from 'vitest'

import { derivedId, isUuid, keepOrCreateHsdsId, uuidV5 } from '@/hsds/ids'
import {
  compact,
  type ListingRecord,
  locationKeys,
  type Lookups,
  serviceFull,
  serviceSummary,
} from '@/hsds/mapping'
import { FIXED_TERMS, TAXONOMIES } from '@/hsds/vocabulary'

const lookups: Lookups = {
  origin: 'https://videnportal.example.dk',
  topics: new Map([
    [5, { id: 5, hsdsId: '11111111-1111-4111-8111-111111111111', name: 'Angst', slug: 'angst' }],
  ]),
  legalBases: new Map([
    [
      9,
      {
        id: 9,
        externalId: 'bl-32',
        citation: 'Barnets Lov § 32, stk. 1, nr. 3',
        heading: 'Støtte i hjemmet',
        eli: 'https://www.retsinformation.dk/eli/lta/2024/83',
      },
    ],
  ]),
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

const listing = (overrides: Partial<ListingRecord> & Record<string, unknown> = {}): ListingRecord =>
  ({
    id: 1,
    hsdsId: '33333333-3333-4333-8333-333333333333',
    title: 'Børnegrupper',
    summary: 'Samtalegrupper for børn.',
    provider: 3,
    ageMin: 7,
    ageMax: 12,
    topics: [5],
    languages: ['da', 'dts'],
    coverage: [259],
    legalBasis: [9],
    referral: {
      howTo: 'Ring til os.',
      municipalDecisionRequired: false,
      selfReferral: true,
      internalNote: 'INTERN-NOTE-123',
    },
    cost: { type: 'paid', rateDkk: 98765, rateNote: 'INTERN-TAKST-NOTE' },
    capacity: { status: 'waitlist', waitingWeeks: 6, asOf: '2026-11-01T00:00:00.000Z' },
    contacts: [
      {
        id: 'a',
        name: 'Offentlig Person',
        email: 'kontakt@example.dk',
        phone: '70 20 30 40',
        internal: false,
      },
      {
        id: 'b',
        name: 'Hemmelig Person',
        email: 'hemmelig@example.dk',
        phone: '11 22 33 44',
        internal: true,
      },
    ],
    locations: [{ address: 'Torvet 1', postalCode: '4600', city: 'Køge', municipality: 259 }],
    evidence: { level: 'promising' },
    offerType: 'group-course',
    visibility: 'public',
    slug: 'boernegrupper',
    lastVerifiedAt: '2026-10-15T00:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    schedule: null,
    ...overrides,
  }) as ListingRecord

describe('HSDS ids', () => {
  it('derives RFC 9562 version 5 UUIDs (the RFC example) and stable ids of parts', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
    expect(derivedId('x', 'location', 1)).toBe(derivedId('x', 'location', 1))
    expect(derivedId('x', 'location', 1)).not.toBe(derivedId('x', 'location', 2))
    expect(isUuid(derivedId('x'))).toBe(true)
  })

  it('keeps a stored id, takes a given one for a new record, else makes one', () => {
    const hook = keepOrCreateHsdsId as unknown as (args: Record<string, unknown>) => string
    const stored = '44444444-4444-4444-8444-444444444444'
    expect(hook({ value: 'other', originalDoc: { hsdsId: stored } })).toBe(stored)
    expect(hook({ value: undefined, originalDoc: { hsdsId: stored } })).toBe(stored)
    expect(hook({ value: stored.toUpperCase(), originalDoc: undefined })).toBe(stored)
    expect(isUuid(hook({ value: 'not a uuid', originalDoc: undefined }))).toBe(true)
  })

  it('keys locations by address, so a re-import (new rows) keeps their ids', () => {
    expect(
      locationKeys([
        { address: 'Torvet 1 ', postalCode: '4600' },
        { address: 'torvet 1', postalCode: '4600' },
        { address: null, postalCode: null },
      ]),
    ).toEqual(['4600|torvet 1', '4600|torvet 1#1', 'row-2'])
  })
})

describe('HSDS mapping', () => {
  it('leaves out empty values instead of sending null', () => {
    expect(compact({ a: null, b: undefined, c: '', d: [], e: 0, f: false, g: 'x' })).toEqual({
      e: 0,
      f: false,
      g: 'x',
    })
  })

  it('never outputs the rate, its note, the internal referral note or an internal contact', () => {
    const text = JSON.stringify(serviceFull('offer', listing(), lookups, []))
    for (const secret of [
      '98765',
      'INTERN-TAKST-NOTE',
      'INTERN-NOTE-123',
      'Hemmelig Person',
      'hemmelig@example.dk',
      '11 22 33 44',
    ])
      expect(text).not.toContain(secret)
    expect(text).toContain('kontakt@example.dk')
  })

  it('maps our concepts to HSDS: ages, areas, legal basis with ELI, cost, capacity, assured date', () => {
    const service = serviceFull('offer', listing(), lookups, [])
    expect(service).toMatchObject({
      id: '33333333-3333-4333-8333-333333333333',
      organization_id: '22222222-2222-4222-8222-222222222222',
      name: 'Børnegrupper',
      status: 'active',
      minimum_age: 7,
      maximum_age: 12,
      assured_date: '2026-10-15',
      wait_time: 'Venteliste: ca. 6 uger (opgjort 2026-11-01)',
      url: 'https://videnportal.example.dk/tilbud/boernegrupper',
      service_areas: [
        expect.objectContaining({ name: 'Køge Kommune', description: 'Kommunekode 259' }),
      ],
      cost_options: [expect.objectContaining({ option: 'Betalt (takst)', currency: 'DKK' })],
    })
    expect(service.cost_options[0]).not.toHaveProperty('amount')
    const attributes = service.attributes as Array<Record<string, unknown>>
    const legal = attributes.find(
      (a) =>
        (a.taxonomy_term as Record<string, unknown>).taxonomy_id === TAXONOMIES['legal-bases'].id,
    )
    expect(legal).toMatchObject({ value: 'https://www.retsinformation.dk/eli/lta/2024/83' })
    const codes = attributes.map((a) => (a.taxonomy_term as Record<string, unknown>).code)
    expect(codes).toEqual(
      expect.arrayContaining([
        'offer',
        'offer/group-course',
        'angst',
        'evidence/promising',
        'capacity/waitlist',
        'referral/self-referral',
      ]),
    )
    expect(service.languages).toEqual([
      expect.objectContaining({ code: 'da', name: 'Dansk' }),
      expect.objectContaining({ code: 'dsl', name: 'Dansk tegnsprog' }),
    ])
  })

  it('gives a free listing an amount of 0 and a whole-network listing every member municipality', () => {
    const service = serviceFull(
      'offer',
      listing({ cost: { type: 'free' }, wholeNetwork: true, coverage: [] }),
      lookups,
      [
        { id: 259, code: '259', name: 'Køge' },
        { id: 253, code: '253', name: 'Greve' },
      ],
    )
    expect(service.cost_options).toEqual([expect.objectContaining({ option: 'Gratis', amount: 0 })])
    expect((service.service_areas as unknown[]).length).toBe(2)
  })

  it('keeps the list shape to one-to-one fields', () => {
    const summary = serviceSummary('mentor', listing({ mentorType: 'volunteer' }), lookups)
    expect(Object.keys(summary)).not.toContain('contacts')
    expect(summary.url).toBe('https://videnportal.example.dk/mentorordninger/boernegrupper')
  })

  it('has fixed terms with unique ids in known taxonomies', () => {
    const ids = FIXED_TERMS.map((term) => term.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const term of FIXED_TERMS) expect(Object.keys(TAXONOMIES)).toContain(term.taxonomy)
  })
})
