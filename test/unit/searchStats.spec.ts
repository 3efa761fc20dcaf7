import { describe, expect, it } from 'vitest'

import {
  daySalt,
  filtersKey,
  normalizeQuery,
  saltedHash,
  statsDay,
  storableText,
} from '@/search/stats/normalize'
import { retentionStart } from '@/search/stats/scrub'

describe('search statistics', () => {
  it('count a query by its normalised words', () => {
    expect(normalizeQuery('  Mentor, EUD!  ')).toBe('mentor eud')
    expect(normalizeQuery('Barnets lov § 32')).toBe('barnets lov § 32')
  })

  it('never store CPR-like text, written together, with a hyphen or with spaces', () => {
    expect(storableText('angst 010190-1234')).toBe(false)
    expect(storableText('0101901234')).toBe(false)
    expect(storableText('010190 1234')).toBe(false)
    expect(storableText('010 190 1234')).toBe(false)
    expect(storableText('angst 7-14 år')).toBe(true)
    expect(storableText('ring 43 21 00 00')).toBe(true)
  })

  it('compare filters whatever their order, without words, page or sort', () => {
    expect(filtersKey('q=angst&kind=offer&age=7&page=2&sort=title')).toBe('age=7&kind=offer')
    expect(filtersKey('age=7&kind=offer')).toBe(filtersKey('kind=offer&age=7'))
    expect(filtersKey('q=angst')).toBe('')
    expect(filtersKey('near=55.4580%2C12.1850&sort=distance&radius=10')).toBe('radius=10')
  })

  it('use the Copenhagen day, and a salt that changes with it', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(statsDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    const today = daySalt('secret-0123456789', '2026-12-01')
    const tomorrow = daySalt('secret-0123456789', '2026-12-02')
    expect(saltedHash(today, 'q:angst')).not.toBe(saltedHash(tomorrow, 'q:angst'))
    expect(saltedHash(today, 'q:angst')).toBe(
      saltedHash(daySalt('secret-0123456789', '2026-12-01'), 'q:angst'),
    )
  })

  it('keep 13 months by default', () => {
    expect(retentionStart(new Date('2027-03-15T12:00:00Z'), 13)).toBe('2026-02-15')
  })
})
