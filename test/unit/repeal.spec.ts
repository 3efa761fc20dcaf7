import { describe, expect, it } from 'vitest'

import { moveRequestSchema } from '@/legislation/repeal/schema'
import {
  hasExpired,
  movedCitations,
  repealedCitedByListing,
  repealedCitedByNote,
  repealedProvisions,
  type Provision,
} from '@/legislation/repeal/provisions'

/** Serviceloven § 52, stk. 3 (ran until 31 December 2023) and its two successors in Barnets Lov. */
const register: Provision[] = [
  { id: 1, citation: 'Serviceloven § 52, stk. 3', validTo: '2023-12-31T12:00:00.000Z' },
  { id: 2, citation: 'Barnets Lov § 32', replaces: 1 },
  { id: 3, citation: 'Barnets Lov § 46', replaces: 1 },
  // Ran out with nothing in its place: nowhere to move to, so it flags nothing.
  { id: 4, citation: 'Serviceloven § 18', validTo: '2023-12-31T12:00:00.000Z' },
  // Has a successor, but its last day is still to come.
  { id: 5, citation: 'Serviceloven § 11', validTo: '2027-06-30T12:00:00.000Z' },
  { id: 6, citation: 'Barnets Lov § 30', replaces: 5 },
]

describe('hasExpired', () => {
  it('is repealed from midnight Danish time after its last day, not before', () => {
    const last = '2023-12-31T12:00:00.000Z'
    // 23:59 on 31 December in Copenhagen is 22:59 UTC.
    expect(hasExpired(last, new Date('2023-12-31T22:59:00Z'))).toBe(false)
    // 00:00 on 1 January in Copenhagen is 23:00 UTC on 31 December.
    expect(hasExpired(last, new Date('2023-12-31T23:00:00Z'))).toBe(true)
    expect(hasExpired(last, new Date('2026-12-02T08:00:00Z'))).toBe(true)
  })

  it('never expires without a last day, or with one it cannot read', () => {
    expect(hasExpired(null, new Date())).toBe(false)
    expect(hasExpired(undefined, new Date())).toBe(false)
    expect(hasExpired('not a date', new Date())).toBe(false)
  })
})

describe('repealedProvisions', () => {
  it('lists only provisions past their last day that a successor replaces, with every successor', () => {
    const repealed = repealedProvisions(register, new Date('2026-12-02T08:00:00Z'))
    expect([...repealed.keys()]).toEqual([1])
    expect(repealed.get(1)).toMatchObject({
      validTo: '2023-12-31',
      successors: [
        { id: 2, citation: 'Barnets Lov § 32' },
        { id: 3, citation: 'Barnets Lov § 46' },
      ],
    })
  })

  it('picks up a provision on the day after its last day', () => {
    expect(repealedProvisions(register, new Date('2027-06-30T20:00:00Z')).has(5)).toBe(false)
    expect(repealedProvisions(register, new Date('2027-06-30T22:00:00Z')).has(5)).toBe(true)
  })
})

describe('what is flagged', () => {
  const repealed = repealedProvisions(register, new Date('2026-12-02T08:00:00Z'))

  it('flags a listing that still cites a repealed provision, even next to its successor', () => {
    expect(repealedCitedByListing([1], repealed)).toEqual([1])
    expect(repealedCitedByListing([2, 1], repealed)).toEqual([1])
    expect(repealedCitedByListing([2, 4, 5], repealed)).toEqual([])
  })

  it('flags a note only when it cites the repealed provision without any successor', () => {
    expect(repealedCitedByNote([1], repealed)).toEqual([1])
    expect(repealedCitedByNote([1, 3], repealed)).toEqual([])
    expect(repealedCitedByNote([1, 2], repealed)).toEqual([])
    expect(repealedCitedByNote([4, 6], repealed)).toEqual([])
  })
})

describe('movedCitations', () => {
  it('puts the successor in the old provision’s place, once', () => {
    expect(movedCitations([7, 1, 8], 1, 2)).toEqual([7, 2, 8])
    expect(movedCitations([2, 1], 1, 2)).toEqual([2])
    expect(movedCitations([7], 1, 2)).toEqual([7])
  })
})

describe('the bulk move request', () => {
  it('takes a successor and a list of listings, or nothing', () => {
    expect(moveRequestSchema.safeParse({}).success).toBe(true)
    expect(
      moveRequestSchema.safeParse({ to: 2, listings: [{ collection: 'offers', id: 4 }] }).success,
    ).toBe(true)
  })

  it('refuses what it cannot use, in Danish', () => {
    const bad = moveRequestSchema.safeParse({ to: 'x', listings: [{ collection: 'users', id: 1 }] })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      'Et id skal være et helt tal.',
      'Samlingen skal være en af: offers, mentors, school-options.',
    ])
    expect(moveRequestSchema.safeParse({ listings: [] }).success).toBe(false)
    expect(moveRequestSchema.safeParse({ extra: 1 }).success).toBe(false)
    expect(moveRequestSchema.safeParse({ to: 2 ** 31 }).success).toBe(false)
  })
})
