import { describe, expect, it } from 'vitest'

import { addMonths, reviewState } from '@/domain/freshness'
import {
  addWorkingDays,
  easterSunday,
  isDanishHoliday,
  isWorkingDay,
  workingDaysBetween,
} from '@/domain/workingDays'

const at = (iso: string) => new Date(iso)

describe('reviewState', () => {
  const verified = '2026-06-01T12:00:00.000Z'

  it('is fresh, then due 14 days before the review date, then overdue on it', () => {
    const listing = { lastVerifiedAt: verified, createdAt: '2025-01-01T00:00:00Z' }
    expect(reviewState(listing, 6, at('2026-11-01T12:00:00Z'))).toMatchObject({
      state: 'fresh',
      overdueSince: null,
    })
    const due = reviewState(listing, 6, at('2026-11-20T12:00:00Z'))
    expect(due.state).toBe('due')
    expect(due.nextReviewAt.toISOString()).toBe('2026-12-01T12:00:00.000Z')
    const overdue = reviewState(listing, 6, at('2026-12-01T12:00:00Z'))
    expect(overdue.state).toBe('overdue')
    expect(overdue.overdueSince?.toISOString()).toBe('2026-12-01T12:00:00.000Z')
  })

  it('honours the interval of the kind', () => {
    const listing = { lastVerifiedAt: verified }
    expect(reviewState(listing, 3, at('2026-09-02T12:00:00Z')).state).toBe('overdue')
    expect(reviewState(listing, 6, at('2026-09-02T12:00:00Z')).state).toBe('fresh')
  })

  it('counts a listing never confirmed as due 30 days after it arrived, never overdue at once', () => {
    const listing = { lastVerifiedAt: null, createdAt: '2026-12-01T09:00:00Z' }
    expect(reviewState(listing, 6, at('2026-12-01T09:00:00Z')).state).toBe('fresh')
    expect(reviewState(listing, 6, at('2026-12-20T09:00:00Z')).state).toBe('due')
    expect(reviewState(listing, 6, at('2026-12-31T09:00:01Z')).state).toBe('overdue')
  })

  it('adds months without spilling into the next month', () => {
    expect(addMonths(at('2026-08-31T12:00:00Z'), 6).toISOString()).toBe('2027-02-28T12:00:00.000Z')
    expect(addMonths(at('2027-08-31T12:00:00Z'), 6).toISOString()).toBe('2028-02-29T12:00:00.000Z')
  })
})

describe('Danish working days', () => {
  it('finds Easter', () => {
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
    expect(easterSunday(2024)).toBe('2024-03-31')
  })

  it('knows the holidays, and that Store Bededag is gone from 2024', () => {
    expect(isDanishHoliday(at('2026-04-02T10:00:00Z'))).toBe(true) // skærtorsdag
    expect(isDanishHoliday(at('2026-05-14T10:00:00Z'))).toBe(true) // Kristi himmelfart
    expect(isDanishHoliday(at('2026-06-05T10:00:00Z'))).toBe(true) // grundlovsdag
    expect(isDanishHoliday(at('2026-05-01T10:00:00Z'))).toBe(false) // store bededag 2026: gone
    expect(isDanishHoliday(at('2023-05-05T10:00:00Z'))).toBe(true) // store bededag 2023
    expect(isWorkingDay(at('2026-12-05T10:00:00Z'))).toBe(false) // Saturday
  })

  it('counts five working days over Easter and Christmas', () => {
    // Wednesday 1 April 2026 + 5 working days: Thu–Mon are holidays, so Tuesday 7 … Monday 13.
    expect(addWorkingDays(at('2026-04-01T10:00:00Z'), 5).toISOString()).toBe(
      '2026-04-13T10:00:00.000Z',
    )
    // Monday 21 December 2026: 22, 23, 28, 29, 30 (24–27 and 31 are off).
    expect(addWorkingDays(at('2026-12-21T10:00:00Z'), 5).toISOString()).toBe(
      '2026-12-30T10:00:00.000Z',
    )
    expect(workingDaysBetween(at('2026-12-21T10:00:00Z'), at('2026-12-30T10:00:00Z'))).toBe(5)
    expect(workingDaysBetween(at('2026-12-21T10:00:00Z'), at('2026-12-21T09:00:00Z'))).toBe(0)
  })
})
