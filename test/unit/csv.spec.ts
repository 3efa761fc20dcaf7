import { describe, expect, it } from 'vitest'

import { listingsToCsv, parseCsv, rowToListing, unknownColumns } from '@/import/csv'

describe('parseCsv', () => {
  it('reads semicolons, quotes, doubled quotes and newlines inside quotes, with line numbers', () => {
    const text =
      '\uFEFFexternalId;title;summary\r\na;"Mor; far og ""børn""";"to\nlinjer"\r\nb;Enkel;Kort\r\n'
    const { header, rows, delimiter } = parseCsv(text)
    expect(delimiter).toBe(';')
    expect(header).toEqual(['externalId', 'title', 'summary'])
    expect(rows).toEqual([
      { line: 2, cells: ['a', 'Mor; far og "børn"', 'to\nlinjer'] },
      { line: 4, cells: ['b', 'Enkel', 'Kort'] },
    ])
  })

  it('reads comma-separated files too and skips blank lines', () => {
    const { rows, delimiter } = parseCsv('externalId,title\n\nx,Y\n')
    expect(delimiter).toBe(',')
    expect(rows).toEqual([{ line: 3, cells: ['x', 'Y'] }])
  })
})

describe('rowToListing', () => {
  it('builds the nested listing from the documented columns', () => {
    const header = [
      'externalId',
      'kind',
      'ageMin',
      'topics',
      'wholeNetwork',
      'costRateDkk',
      'contactEmail',
      'locationPostalCode',
    ]
    const listing = rowToListing(header, [
      't-1',
      'offer',
      '6',
      'adhd|angst',
      'ja',
      '1 250,50',
      'a@b.dk',
      '4600',
    ])
    expect(listing).toEqual({
      externalId: 't-1',
      kind: 'offer',
      ageMin: 6,
      topics: ['adhd', 'angst'],
      wholeNetwork: true,
      cost: { rateDkk: 1250.5 },
      contacts: [{ email: 'a@b.dk' }],
      locations: [{ postalCode: '4600' }],
    })
  })

  it('names unknown columns', () => {
    expect(unknownColumns(['externalId', 'titel', 'kind'])).toEqual(['titel'])
  })
})

describe('listingsToCsv', () => {
  it('writes what rowToListing reads back', () => {
    const listing = {
      externalId: 'x',
      kind: 'mentor',
      title: 'Mentor; "ung"',
      topics: ['unge', 'angst'],
      wholeNetwork: false,
      referral: { howTo: 'Ring\nog spørg', municipalDecisionRequired: true, selfReferral: false },
    }
    const { header, rows } = parseCsv(listingsToCsv([listing]))
    expect(rowToListing(header, rows[0]!.cells)).toEqual(listing)
  })
})
