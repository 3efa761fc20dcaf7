import { describe, expect, it } from 'vitest'

import { ageTable, bucketOf, freshnessTable, toCsv, type ListingFact } from '@/overview/tables'

const now = new Date('2026-12-01T10:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000)

const listing = (
  id: number,
  providerId: number,
  state: ListingFact['state'],
  municipalityIds: number[] = [],
) =>
  ({
    collection: 'offers',
    id,
    title: `Opslag ${id}`,
    providerId,
    municipalityIds,
    state,
    nextReviewAt: now,
  }) satisfies ListingFact

describe('freshnessTable', () => {
  const table = freshnessTable({
    key: 'organisationer',
    title: 'Pr. organisation',
    groupLabel: 'Organisation',
    groups: [
      { id: 1, name: 'Alfa' },
      { id: 2, name: 'Beta' },
      { id: 3, name: 'Uden opslag' },
    ],
    listings: [
      listing(1, 1, 'fresh'),
      listing(2, 1, 'fresh'),
      listing(3, 1, 'due'),
      listing(4, 1, 'overdue'),
      listing(5, 2, 'overdue'),
    ],
    groupsOf: (entry) => [entry.providerId!],
    drill: (id, state) => `/x?organisation=${id}${state ? `&tilstand=${state}` : ''}`,
  })

  it('counts and shares per group, the most overdue first, groups without listings left out', () => {
    expect(table.rows.map((row) => row.name!.value)).toEqual(['Beta', 'Alfa'])
    const alfa = table.rows[1]!
    expect(alfa.total!.value).toBe(4)
    expect(alfa.fresh!.value).toBe(2)
    expect(alfa.freshShare!.value).toBe('50 %')
    expect(alfa.dueShare!.value).toBe('25 %')
    expect(alfa.overdue!.value).toBe(1)
    expect(table.rows[0]!.overdueShare!.value).toBe('100 %')
  })

  it('links every count to the listings behind it', () => {
    expect(table.rows[1]!.overdue!.href).toBe('/x?organisation=1&tilstand=overdue')
    expect(table.rows[1]!.total!.href).toBe('/x?organisation=1')
  })
})

describe('ageTable', () => {
  it('puts items in age buckets by row and leaves out empty rows', () => {
    expect(bucketOf(daysAgo(1), now).key).toBe('d0')
    expect(bucketOf(daysAgo(2), now).key).toBe('d2')
    expect(bucketOf(daysAgo(45), now).key).toBe('d30')
    const table = ageTable({
      key: 'gennemsyn',
      title: 'Efter ventetid',
      rowLabel: 'Slags',
      rowKinds: [
        { key: 'offers', label: 'Tilbud' },
        { key: 'mentors', label: 'Mentorordninger' },
      ],
      items: [
        { kind: 'offers', since: daysAgo(0.5) },
        { kind: 'offers', since: daysAgo(10) },
        { kind: 'offers', since: daysAgo(40) },
      ],
      now,
      link: (row, bucket) => `/l/${row}/${bucket?.key ?? 'alle'}`,
      empty: 'Ingen.',
    })
    expect(table.rows).toHaveLength(1)
    expect(table.rows[0]).toMatchObject({
      name: { value: 'Tilbud' },
      d0: { value: 1 },
      d2: { value: 0 },
      d7: { value: 1 },
      d30: { value: 1, href: '/l/offers/d30' },
      total: { value: 3, href: '/l/offers/alle' },
    })
  })
})

describe('toCsv', () => {
  it('writes what Danish Excel opens: BOM, semicolons, CRLF, quoted cells, no formulas', () => {
    const csv = toCsv({
      key: 't',
      title: 'T',
      columns: [
        { key: 'name', label: 'Navn' },
        { key: 'n', label: 'Antal' },
      ],
      rows: [
        { name: { value: 'Foreningen; "Lyset"' }, n: { value: 3, href: '/x' } },
        { name: { value: '=HYPERLINK("x")' }, n: { value: 0 } },
      ],
    })
    expect(csv).toBe('\uFEFFNavn;Antal\r\n"Foreningen; ""Lyset""";3\r\n"\'=HYPERLINK(""x"")";0\r\n')
  })
})

describe('the review interval the overview counts with', () => {
  it("is the freshness plugin's per kind when configured, else 6 months", async () => {
    const { defaultIntervalFor } = await import('@/overview/builtins')
    const configured = { config: { custom: { freshness: { intervalMonths: { offers: 3 } } } } }
    expect(defaultIntervalFor('offers', configured as never)).toBe(3)
    expect(defaultIntervalFor('mentors', configured as never)).toBe(6)
    expect(defaultIntervalFor('offers', { config: {} } as never)).toBe(6)
  })
})
