import { describe, expect, it } from 'vitest'

import {
  copenhagenWallTimeToInstant,
  formatDanishDate,
  parseDanishDate,
  storedInstantOfDay,
} from '@/domain/danishDate'

const dayOf = (input: unknown, withTime = false) => {
  const result = parseDanishDate(input, { withTime })
  return result.ok ? result.day : `refused:${result.reason}`
}

describe('parseDanishDate: day before month, always', () => {
  it.each([
    ['01.08.2027', '2027-08-01'],
    ['1.8.2027', '2027-08-01'],
    ['15.01.2027', '2027-01-15'],
    ['1/8/2027', '2027-08-01'],
    ['08/01/2027', '2027-01-08'],
    ['1-8-2027', '2027-08-01'],
    ['1. august 2027', '2027-08-01'],
    ['1 august 2027', '2027-08-01'],
    ['1. aug. 2027', '2027-08-01'],
    ['1. AUG 2027', '2027-08-01'],
    ['3. marts 2027', '2027-03-03'],
    ['3. mar 2027', '2027-03-03'],
    ['24. dec. 2026', '2026-12-24'],
    ['2. sept. 2027', '2027-09-02'],
    ['17. maj 2027', '2027-05-17'],
    ['29.02.2028', '2028-02-29'],
    ['  01.08.2027  ', '2027-08-01'],
    ['01 . 08 . 2027', '2027-08-01'],
    ['2027-08-01', '2027-08-01'],
    ['2027-08-01T12:00:00.000Z', '2027-08-01'],
    // Midnight in Copenhagen is 22:00 UTC the evening before: the Danish day counts.
    ['2027-07-31T22:00:00.000Z', '2027-08-01'],
    ['2027-01-14T23:30:00Z', '2027-01-15'],
    ['2027-08-01T00:30+02:00', '2027-08-01'],
  ])('%s is %s', (input, day) => {
    expect(dayOf(input)).toBe(day)
  })

  it('stores a day at 12:00 UTC of that day, the same day in Copenhagen and in UTC', () => {
    expect(parseDanishDate('01.08.2027')).toEqual({
      ok: true,
      day: '2027-08-01',
      iso: '2027-08-01T12:00:00.000Z',
    })
    expect(parseDanishDate('15.01.2027')).toMatchObject({ iso: '2027-01-15T12:00:00.000Z' })
  })

  it.each([
    ['i morgen', 'unreadable'],
    ['32.13.2027', 'impossible'],
    ['31.02.2027', 'impossible'],
    ['29.02.2027', 'impossible'],
    ['31.04.2027', 'impossible'],
    ['00.01.2027', 'impossible'],
    ['1.8.27', 'twoDigitYear'],
    ['1. august 27', 'twoDigitYear'],
    ['1.8.0027', 'yearRange'],
    ['1.8.3027', 'yearRange'],
    ['1.8.202', 'unreadable'],
    ['1. augsut 2027', 'unreadable'],
    ['1.8/2027', 'unreadable'],
    ['August 1, 2027', 'unreadable'],
    ['2027-02-30', 'impossible'],
    ['2027-08-01T25:00Z', 'impossible'],
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [20270801, 'unreadable'],
    [{ day: 1 }, 'unreadable'],
  ])('%j is refused (%s)', (input, reason) => {
    expect(dayOf(input)).toBe(`refused:${reason}`)
  })

  it('refuses in Danish, naming what was typed and the form to use', () => {
    const unreadable = parseDanishDate('i morgen')
    expect(unreadable).toMatchObject({ ok: false })
    if (unreadable.ok) return
    expect(unreadable.message).toBe(
      '»i morgen« kan ikke læses som en dato. Skriv datoen som dd.mm.åååå, fx 01.08.2027.',
    )
    const impossible = parseDanishDate('31.02.2027')
    expect(!impossible.ok && impossible.message).toContain('februar 2027 har 28 dage')
  })

  it('takes a Date from the Local API as the Copenhagen day of its instant', () => {
    expect(dayOf(new Date('2027-03-27T23:30:00Z'))).toBe('2027-03-28')
    expect(dayOf(new Date('invalid'))).toBe('refused:unreadable')
  })
})

describe('parseDanishDate with time: Copenhagen wall clock and daylight saving time', () => {
  it('reads a Danish time in winter (+01:00) and summer (+02:00)', () => {
    expect(parseDanishDate('15.01.2027 14.05', { withTime: true })).toMatchObject({
      iso: '2027-01-15T13:05:00.000Z',
    })
    expect(parseDanishDate('01.08.2027 kl. 14:05', { withTime: true })).toMatchObject({
      iso: '2027-08-01T12:05:00.000Z',
    })
    expect(parseDanishDate('2027-08-01T14:05', { withTime: true })).toMatchObject({
      iso: '2027-08-01T12:05:00.000Z',
    })
    expect(parseDanishDate('01.08.2027', { withTime: true })).toMatchObject({
      iso: '2027-07-31T22:00:00.000Z',
    })
  })

  it('refuses a time in the spring gap (28 March 2027, 02:00–02:59 does not exist)', () => {
    expect(dayOf('28.03.2027 02.30', true)).toBe('refused:impossible')
    expect(parseDanishDate('28.03.2027 01.59', { withTime: true })).toMatchObject({
      iso: '2027-03-28T00:59:00.000Z',
    })
    expect(parseDanishDate('28.03.2027 03.00', { withTime: true })).toMatchObject({
      iso: '2027-03-28T01:00:00.000Z',
    })
  })

  it('reads a doubled autumn time (31 October 2027, 02:30) as the first, still summer time', () => {
    expect(copenhagenWallTimeToInstant(2027, 10, 31, 2, 30)?.toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    )
  })

  it('keeps the day on DST days when no time is asked for', () => {
    expect(parseDanishDate('28.03.2027')).toMatchObject({ iso: '2027-03-28T12:00:00.000Z' })
    expect(parseDanishDate('31.10.2027')).toMatchObject({ iso: '2027-10-31T12:00:00.000Z' })
  })
})

describe('formatDanishDate', () => {
  it('shows the Copenhagen day the Danish way', () => {
    expect(formatDanishDate('2027-08-01T12:00:00.000Z')).toBe('1. august 2027')
    expect(formatDanishDate('2027-07-31T22:00:00.000Z')).toBe('1. august 2027')
    expect(formatDanishDate('2027-08-01T12:00:00.000Z', { style: 'numeric' })).toBe('01.08.2027')
    expect(formatDanishDate(new Date('2027-08-01T12:05:00.000Z'), { withTime: true })).toBe(
      '1. august 2027 kl. 14.05',
    )
    expect(formatDanishDate('2027-01-15T13:05:00.000Z', { withTime: true })).toBe(
      '15. januar 2027 kl. 14.05',
    )
    expect(formatDanishDate(null)).toBe('')
    expect(formatDanishDate('nonsense')).toBe('')
  })

  it('round-trips: what it shows numerically is read back as the same day', () => {
    for (const day of ['2027-01-01', '2027-03-28', '2027-10-31', '2028-02-29', '2026-12-31']) {
      const shown = formatDanishDate(storedInstantOfDay(day), { style: 'numeric' })
      expect(dayOf(shown)).toBe(day)
    }
  })
})
