import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { CardFacts } from '@/app/(frontend)/[locale]/soeg/CardFacts'
import { getDictionary } from '@/i18n'
import type { ReferenceData } from '@/queries/reference'
import { waitingWeeksOf } from '@/search/indexing/mappers'
import { filterableNames, indexSettings } from '@/search/indexing/settings'
import { facetAttribute } from '@/search/query/filters'
import { cardFacts } from '@/search/query/hits'
import { parseSearchParams, searchQueryString } from '@/search/query/params'
import { sortOf } from '@/search/query/search'
import type { CardFacts as Facts } from '@/search/query/types'

const params = (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.params
}

describe('sort by waiting time', () => {
  it('is a search parameter that survives the URL state', () => {
    expect(params('sort=waiting').sort).toBe('waiting')
    expect(searchQueryString(params('q=angst&sort=waiting'))).toBe('q=angst&sort=waiting')
  })

  it('orders by the waiting weeks, then by relevance with words or the newest without', () => {
    expect(sortOf(params('sort=waiting'))).toEqual(['waitingWeeks:asc', 'updatedAt:desc'])
    expect(sortOf(params('q=angst&sort=waiting'))).toEqual(['waitingWeeks:asc'])
  })

  it('counts open for referral as no wait and an unknown wait as none at all', () => {
    expect(waitingWeeksOf({ status: 'open', waitingWeeks: 7 })).toBe(0)
    expect(waitingWeeksOf({ status: 'waitlist', waitingWeeks: 6 })).toBe(6)
    expect(waitingWeeksOf({ status: 'waitlist', waitingWeeks: null })).toBeNull()
    expect(waitingWeeksOf({ status: 'full' })).toBeNull()
    expect(waitingWeeksOf({ status: 'full', waitingWeeks: 20 })).toBe(20)
    expect(waitingWeeksOf(null)).toBeNull()
  })

  it('is sortable in the index, and a chosen order comes right after matching every word', () => {
    const settings = indexSettings()
    expect(settings.sortableAttributes).toContain('waitingWeeks')
    expect(settings.rankingRules?.slice(0, 2)).toEqual(['words', 'sort'])
  })

  it('can filter on every facet and on what the reader may see', () => {
    const names = filterableNames()
    for (const attribute of [...Object.values(facetAttribute), 'visibility', 'collection', 'key'])
      expect(names).toContain(attribute)
  })
})

const reference = {
  municipalityByCode: new Map(
    [
      ['259', 'Køge'],
      ['265', 'Roskilde'],
      ['253', 'Greve'],
      ['336', 'Stevns'],
      ['350', 'Lejre'],
      ['329', 'Ringsted'],
    ].map(([code, name]) => [code, { code, name }]),
  ),
  legalBasisByKey: new Map([['sel-52-3-3', { citation: 'SEL § 52, stk. 3, nr. 3' }]]),
} as unknown as ReferenceData

const facts = (overrides: Partial<Facts> = {}): Facts => ({
  ...cardFacts({
    kind: 'offer',
    listingType: 'family-treatment',
    ages: [12, 13, 14, 15, 16, 17],
    wholeNetwork: false,
    municipalities: ['259', '265'],
    cost: 'paid',
    capacity: 'waitlist',
    waitingWeeks: 5,
    capacityAsOf: Date.parse('2026-11-03T00:00:00.000Z'),
    legalBases: ['sel-52-3-3', 'unknown-basis'],
    lastVerifiedAt: Date.parse('2026-10-01T00:00:00.000Z'),
  })!,
  ...overrides,
})

async function render(props: Partial<Parameters<typeof CardFacts>[0]> & { facts: Facts }) {
  const t = await getDictionary('da')
  return renderToStaticMarkup(
    createElement(CardFacts, { overdue: false, reference, locale: 'da', t, ...props }),
  )
}

describe('a result card’s facts', () => {
  it('come from the search document, and legislation notes have none', () => {
    expect(facts()).toMatchObject({
      ageMin: 12,
      ageMax: 17,
      capacityAsOf: '2026-11-03T00:00:00.000Z',
      lastVerifiedAt: '2026-10-01T00:00:00.000Z',
    })
    expect(cardFacts({ kind: 'legislation-note' })).toBeNull()
    // A document indexed before the facts existed: what is missing is left out, not invented.
    expect(cardFacts({ kind: 'offer' })).toMatchObject({
      ageMin: null,
      waitingWeeks: null,
      capacityAsOf: null,
      listingType: null,
    })
  })

  it('show ages, places, cost, capacity with its weeks and date, legal basis and freshness', async () => {
    const html = await render({ facts: facts() })
    expect(html).toContain('12–17 år')
    expect(html).toContain('Køge, Roskilde')
    expect(html).toContain('Betalt')
    expect(html).toContain('Venteliste, ca. 5 uger (pr. 3. november 2026)')
    expect(html).toContain('SEL § 52, stk. 3, nr. 3')
    expect(html).not.toContain('unknown-basis')
    expect(html).toContain('1. oktober 2026')
    expect(html).not.toContain('data-internal-field')
  })

  it('name a few places and count the rest, or say the whole network', async () => {
    const many = await render({
      facts: facts({ municipalities: ['259', '265', '253', '336', '350', '329'] }),
    })
    expect(many).toContain('Greve, Køge, Lejre og 3 flere')
    const whole = await render({ facts: facts({ wholeNetwork: true }) })
    expect(whole).toContain('Hele netværket')
  })

  it('leave freshness to the overdue badge, and say when never verified', async () => {
    expect(await render({ facts: facts(), overdue: true })).not.toContain('data-fact="freshness"')
    expect(await render({ facts: facts({ lastVerifiedAt: null }) })).toContain(
      'Ikke kontrolleret endnu',
    )
  })

  it('show internal facts only when given, marked internal', async () => {
    const html = await render({
      facts: facts(),
      internal: {
        rateDkk: 1250,
        rateUnit: 'hour',
        rateNote: null,
        referralNote: 'Ring til koordinator først',
      },
    })
    expect(html).toContain('data-internal-field="cost.rateDkk"')
    expect(html).toMatch(/1\.250\s*kr\.\s*pr\. time/)
    expect(html).toContain('Ring til koordinator først')
    expect(html).toContain('Interne oplysninger')
  })
})
