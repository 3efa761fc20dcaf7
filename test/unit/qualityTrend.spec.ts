import { describe, expect, it } from 'vitest'

import { chartGeometry, formatScore, indicatorTrends } from '@/network/quality/trend'

const set = {
  themes: [
    {
      theme: 'Forankring',
      indicators: [
        { key: 'ledelse', statement: 'Ledelsen efterspørger samarbejdet' },
        { key: 'maal', statement: 'Vi har fælles mål' },
      ],
    },
    {
      theme: 'Koordinering',
      indicators: [{ key: 'koordinator', statement: 'Der er én koordinator' }],
    },
  ],
}

const answers = [
  {
    year: 2025,
    municipality: 1,
    scores: [
      { indicator: 'ledelse', score: 2 },
      { indicator: 'maal', score: 3 },
    ],
  },
  { year: 2025, municipality: 2, scores: [{ indicator: 'ledelse', score: 3 }] },
  { year: 2024, municipality: 1, scores: [{ indicator: 'ledelse', score: 1 }] },
  {
    year: 2026,
    municipality: { id: 2 },
    scores: [
      { indicator: 'ledelse', score: 4 },
      { indicator: 'x', score: 5 },
    ],
  },
]

describe('indicatorTrends', () => {
  const trends = indicatorTrends(set, answers)

  it('gives every indicator of the set, in order, with its theme', () => {
    expect(trends.map((trend) => [trend.theme, trend.key])).toEqual([
      ['Forankring', 'ledelse'],
      ['Forankring', 'maal'],
      ['Koordinering', 'koordinator'],
    ])
  })

  it("averages the network's answers per year and keeps each municipality's own", () => {
    const ledelse = trends[0]!
    expect(ledelse.network).toEqual([
      { year: 2024, value: 1, count: 1 },
      { year: 2025, value: 2.5, count: 2 },
      { year: 2026, value: 4, count: 1 },
    ])
    expect(ledelse.municipalities.find((m) => m.id === 1)!.points.map((p) => p.value)).toEqual([
      1,
      2,
      null,
    ])
    expect(ledelse.municipalities.find((m) => m.id === 2)!.points.map((p) => p.value)).toEqual([
      null,
      3,
      4,
    ])
  })

  it('keeps the years for an indicator nobody scored, without values', () => {
    expect(trends[2]!.network.map((point) => point.value)).toEqual([null, null, null])
  })

  it('ignores scores outside 1–5', () => {
    const odd = indicatorTrends(set, [
      { year: 2025, municipality: 1, scores: [{ indicator: 'maal', score: 9 }] },
    ])
    expect(odd[1]!.network).toEqual([{ year: 2025, value: null, count: 0 }])
  })
})

describe('chartGeometry', () => {
  it('puts 1 at the bottom and 5 at the top, years from left to right', () => {
    const geometry = chartGeometry([
      { year: 2024, value: 1, count: 1 },
      { year: 2025, value: 5, count: 1 },
    ])
    const [low, high] = geometry.dots
    expect(low!.y).toBe(geometry.plot.bottom)
    expect(high!.y).toBe(geometry.plot.top)
    expect(low!.x).toBeLessThan(high!.x)
    expect(geometry.segments).toHaveLength(1)
  })

  it('breaks the line where a year has no value', () => {
    const geometry = chartGeometry([
      { year: 2023, value: 2, count: 1 },
      { year: 2024, value: null, count: 0 },
      { year: 2025, value: 3, count: 1 },
    ])
    expect(geometry.segments).toHaveLength(2)
    expect(geometry.dots).toHaveLength(2)
  })

  it('formats scores the Danish way', () => {
    expect(formatScore(3.5)).toBe('3,5')
    expect(formatScore(null)).toBe('–')
  })
})
