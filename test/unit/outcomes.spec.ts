import { describe, expect, it } from 'vitest'

import { Offers } from '@/collections/Offers'
import { listingInput } from '@/import/sections/listings'
import { diffDocuments, relationKey } from '@/moderation/diff'
import { listingOutcomesItem } from '@/outcomes/importSection'
import { outcomeDocumentFields } from '@/outcomes/searchFields'
import { inputErrors } from '@/plugins/inputChecks/inputErrors'
import { Lookups, type SearchDocument } from '@/search/indexing/documents'
import { listingToDocument } from '@/search/indexing/mappers'
import { filterableNames } from '@/search/indexing/settings'
import { matches, meiliFilters, selection } from '@/search/query/filters'
import { facetNames, parseSearchParams, searchQueryString } from '@/search/query/params'
import type { Offer } from '@/payload-types'

const SCHOOL = 'skolefremmoede-og-laering'

/** Lookups as a batch would load them: one provider, one member municipality, two outcomes. */
const lookups = new (Lookups as unknown as new (...args: unknown[]) => Lookups)(
  new Map([[3, { id: 3, name: 'Foreningen Spor til Skolen' }]]),
  new Map(),
  new Map(),
  new Map([[1, { code: '259', name: 'Køge', member: true }]]),
  new Map([
    [11, 'trivsel'],
    [12, SCHOOL],
  ]),
)

const followUp = (outcome: number, extra: Record<string, unknown> = {}) => ({
  id: `row-${outcome}`,
  outcome,
  method: 'Skolens fraværsregistrering og en fælles fremmødeplan',
  frequency: 'weekly',
  caseworkerReceives: 'En oversigt over fremmødet pr. uge, sendt hver måned.',
  reportWhen: 'monthly',
  ...extra,
})

const offer = (overrides: Partial<Record<keyof Offer, unknown>> = {}) =>
  ({
    id: 41,
    title: 'Familiestøtte ved skolevægring',
    summary: 'En fast voksen ved siden af familien.',
    slug: 'familiestoette-ved-skolevaegring',
    visibility: 'public',
    _status: 'published',
    provider: 3,
    ageMin: 6,
    ageMax: 8,
    coverage: [1],
    wholeNetwork: false,
    topics: [],
    legalBasis: [],
    languages: ['da'],
    referral: { howTo: 'Kontakt os.' },
    cost: { type: 'free' },
    capacity: { status: 'open', asOf: '2026-11-01T00:00:00.000Z' },
    offerType: 'home-support',
    updatedAt: '2026-11-20T10:00:00.000Z',
    outcomes: [followUp(12), followUp(11, { id: 'row-b' })],
    ...overrides,
  }) as unknown as Offer

describe('the outcome search parameter', () => {
  it('reads repeated outcome slugs as one OR filter, and writes them back to the URL', () => {
    const parsed = parseSearchParams(
      new URLSearchParams(`outcome=${SCHOOL}&outcome=trivsel&outcome=${SCHOOL}`),
    )
    expect(parsed.ok && parsed.params.outcome).toEqual([SCHOOL, 'trivsel'])
    if (!parsed.ok) throw new Error('bad params')
    expect(searchQueryString(parsed.params)).toBe(`outcome=${SCHOOL}&outcome=trivsel`)
  })

  it('refuses an outcome that is no slug, naming the parameter', () => {
    const parsed = parseSearchParams(new URLSearchParams('outcome=Skolefremmøde%20og%20læring'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((error) => error.param)).toEqual(['outcome'])
  })

  it('is a facet, filtered on the outcomes attribute in Meilisearch and in the fallback', () => {
    expect(facetNames).toContain('outcome')
    const parsed = parseSearchParams({ outcome: SCHOOL, kind: 'offer' })
    if (!parsed.ok) throw new Error('bad params')
    const chosen = selection(parsed.params)
    expect(meiliFilters(chosen)).toEqual(['kind IN ["offer"]', `outcomes IN ["${SCHOOL}"]`])
    // Its own facet counts leave it out (disjunctive), the others keep it.
    expect(meiliFilters(chosen, 'outcome')).toEqual(['kind IN ["offer"]'])
    const withIt = { kind: 'offer', outcomes: [SCHOOL] } as unknown as SearchDocument
    const without = { kind: 'offer', outcomes: ['trivsel'] } as unknown as SearchDocument
    const none = { kind: 'offer' } as unknown as SearchDocument
    expect(matches(withIt, chosen)).toBe(true)
    expect(matches(without, chosen)).toBe(false)
    expect(matches(none, chosen)).toBe(false)
    expect(matches(without, chosen, 'outcome')).toBe(true)
  })

  it('is filterable in the index settings (applied on start when their hash changes)', () => {
    expect(filterableNames()).toContain('outcomes')
  })
})

describe('a listing’s outcomes in its search document', () => {
  it('carries the slugs of its outcomes, each once, in the editor’s order', () => {
    const document = listingToDocument.toDocument(offer(), {
      collection: 'offers',
      lookups,
      withVariants: false,
    })
    expect(document?.outcomes).toEqual([SCHOOL, 'trivsel'])
  })

  it('leaves out rows whose outcome is unknown, and has none without rows', () => {
    expect(
      outcomeDocumentFields(
        [followUp(12), followUp(99), followUp(12), { outcome: null }],
        new Map([[12, SCHOOL]]),
      ),
    ).toEqual({ outcomes: [SCHOOL] })
    const document = listingToDocument.toDocument(offer({ outcomes: [] }), {
      collection: 'offers',
      lookups,
      withVariants: false,
    })
    expect(document?.outcomes).toEqual([])
  })

  it('reads populated outcome rows too', () => {
    expect(
      outcomeDocumentFields([{ outcome: { id: 11, name: 'Trivsel' } }], lookups.outcomes),
    ).toEqual({ outcomes: ['trivsel'] })
  })
})

describe('the review diff of a listing’s outcomes', () => {
  it('shows a changed follow-up with Danish labels and values', () => {
    const titles = new Map([
      [relationKey('outcomes', 11), 'Trivsel'],
      [relationKey('outcomes', 12), 'Skolefremmøde og læring'],
    ])
    const published = offer({ outcomes: [followUp(12)] }) as unknown as Record<string, unknown>
    const draft = offer({
      outcomes: [
        followUp(12, { frequency: 'monthly', reportWhen: 'follow-up-meeting' }),
        followUp(11, { id: 'row-new', method: 'SDQ-spørgeskema ved start og afslutning' }),
      ],
    }) as unknown as Record<string, unknown>
    const changes = diffDocuments({ fields: Offers.fields, published, draft, titles })
    const byLabel = Object.fromEntries(changes.map((c) => [c.label, [c.before, c.after]]))
    expect(byLabel['Effektmål og opfølgning › 1 › Hvor ofte']).toEqual(['Hver uge', 'Hver måned'])
    expect(byLabel['Effektmål og opfølgning › 1 › Sagsbehandleren får det']).toEqual([
      'Hver måned',
      'Til opfølgningsmødet',
    ])
    const added = changes.find((c) => c.label.startsWith('Effektmål og opfølgning › 2'))
    expect(added?.before).toBe('–')
    expect(added?.after).toContain('Effektmål: Trivsel')
    expect(added?.after).toContain('Metode eller redskab: SDQ-spørgeskema ved start og afslutning')
  })
})

describe('CPR numbers in a listing’s follow-up', () => {
  it('are refused in every free-text field of an outcome row', () => {
    const errors = inputErrors(Offers.fields, {
      outcomes: [
        followUp(12, {
          method: 'Samtale med 010203-1234',
          caseworkerReceives: 'Status om barnet 0102031234.',
        }),
      ],
    })
    expect(errors.map((error) => error.path)).toEqual([
      'outcomes.0.method',
      'outcomes.0.caseworkerReceives',
    ])
    expect(errors[0]!.message).toMatch(/CPR/)
    expect(inputErrors(Offers.fields, { outcomes: [followUp(12)] })).toEqual([])
  })
})

describe('outcomes in the exchange format', () => {
  const base = {
    kind: 'offer',
    externalId: 'tilbud-x',
    title: 'Tilbud',
    summary: 'Kort.',
    provider: 'org-x',
    ageMin: 6,
    ageMax: 12,
    wholeNetwork: true,
    referral: { howTo: 'Ring.', municipalDecisionRequired: false, selfReferral: true },
    cost: { type: 'free' },
    capacity: { status: 'open', asOf: '2026-11-01' },
    visibility: 'public',
    offerType: 'home-support',
  }
  const row = {
    outcome: SCHOOL,
    method: 'Fremmødeplan',
    frequency: 'weekly',
    caseworkerReceives: 'En oversigt over fremmødet.',
    reportWhen: 'monthly',
  }

  it('reads a listing’s outcomes with Danish messages for what is wrong', () => {
    const good = listingInput.safeParse({ ...base, outcomes: [row] })
    expect(good.success && good.data.outcomes).toEqual([row])
    expect(listingInput.safeParse(base).success && true).toBe(true)
    const bad = listingInput.safeParse({
      ...base,
      outcomes: [{ ...row, frequency: 'daily', caseworkerReceives: ' ' }],
    })
    expect(bad.success).toBe(false)
    const messages = bad.error!.issues.map((issue) => [issue.path.join('.'), issue.message])
    expect(messages).toEqual(
      expect.arrayContaining([
        ['outcomes.0.frequency', expect.stringContaining('frequency skal være en af')],
        ['outcomes.0.caseworkerReceives', 'Angiv, hvad sagsbehandleren får.'],
      ]),
    )
  })

  it('exports stored rows as the items it imports', () => {
    const keys = new Map([[12, SCHOOL]])
    const context = {
      key: (_collection: string, id: unknown) => keys.get(Number(id)),
      keys: () => [],
    }
    expect(
      listingOutcomesItem(
        [
          { id: 'x', ...row, outcome: 12 },
          { ...row, outcome: 99 },
        ],
        context,
      ),
    ).toEqual([row])
  })
})
