import { SCORE_MAX, SCORE_MIN } from './scale'

/** What the trend needs of an indicator set and of its answers (depth 0 rows). */
export type IndicatorSetShape = {
  themes?: Array<{
    theme: string
    indicators?: Array<{ key?: string | null; statement: string }> | null
  }> | null
}
export type AnswerShape = {
  year: number
  municipality: number | { id: number; name?: string }
  scores?: Array<{ indicator: string; score: number }> | null
}

export type Point = { year: number; value: number | null; count: number }
export type IndicatorTrend = {
  key: string
  statement: string
  theme: string
  /** The network's mean per year (the mean of the municipalities that answered). */
  network: Point[]
  /** Each municipality's own score per year (null: no answer that year). */
  municipalities: Array<{ id: number; points: Point[] }>
}

const municipalityId = (value: AnswerShape['municipality']) =>
  typeof value === 'number' ? value : value.id

const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * Each indicator's development over the years: per municipality and for the network (mean of the
 * answers that year, rounded to one decimal). Years are every year with an answer, in order; an
 * indicator no answer scored still has its years, with null values.
 */
export function indicatorTrends(set: IndicatorSetShape, answers: AnswerShape[]): IndicatorTrend[] {
  const years = [...new Set(answers.map((answer) => answer.year))].sort((a, b) => a - b)
  const municipalities = [...new Set(answers.map((answer) => municipalityId(answer.municipality)))]
  // indicator → year → municipality → score
  const scores = new Map<string, Map<number, Map<number, number>>>()
  for (const answer of answers) {
    for (const { indicator, score } of answer.scores ?? []) {
      if (!Number.isFinite(score) || score < SCORE_MIN || score > SCORE_MAX) continue
      const byYear = scores.get(indicator) ?? new Map<number, Map<number, number>>()
      const byMunicipality = byYear.get(answer.year) ?? new Map<number, number>()
      byMunicipality.set(municipalityId(answer.municipality), score)
      byYear.set(answer.year, byMunicipality)
      scores.set(indicator, byYear)
    }
  }
  return (set.themes ?? []).flatMap(({ theme, indicators }) =>
    (indicators ?? []).flatMap(({ key, statement }) => {
      // Keys are filled on save (checkIndicatorSet); one without a key has no answers to show.
      if (!key) return []
      const byYear = scores.get(key)
      const network = years.map((year) => {
        const values = [...(byYear?.get(year)?.values() ?? [])]
        return {
          year,
          value: values.length
            ? round1(values.reduce((sum, value) => sum + value, 0) / values.length)
            : null,
          count: values.length,
        }
      })
      return {
        key,
        statement,
        theme,
        network,
        municipalities: municipalities.map((id) => ({
          id,
          points: years.map((year) => {
            const value = byYear?.get(year)?.get(id)
            return { year, value: value ?? null, count: value === undefined ? 0 : 1 }
          }),
        })),
      }
    }),
  )
}

/** The geometry of a small line chart of one series on the 1–5 scale. */
export type ChartGeometry = {
  width: number
  height: number
  /** Polyline points ("x,y x,y"), split where a year has no value. */
  segments: string[]
  dots: Array<{ x: number; y: number; year: number; value: number }>
  xTicks: Array<{ x: number; year: number }>
  yTicks: Array<{ y: number; value: number }>
  plot: { left: number; right: number; top: number; bottom: number }
}

export function chartGeometry(
  points: Point[],
  { width = 360, height = 180 }: { width?: number; height?: number } = {},
): ChartGeometry {
  const plot = { left: 36, right: width - 12, top: 12, bottom: height - 28 }
  const span = Math.max(points.length - 1, 1)
  const x = (index: number) =>
    points.length === 1
      ? (plot.left + plot.right) / 2
      : plot.left + ((plot.right - plot.left) * index) / span
  const y = (value: number) =>
    plot.bottom - ((plot.bottom - plot.top) * (value - SCORE_MIN)) / (SCORE_MAX - SCORE_MIN)
  const segments: string[] = []
  let current: string[] = []
  const dots: ChartGeometry['dots'] = []
  points.forEach((point, index) => {
    if (point.value === null) {
      if (current.length) segments.push(current.join(' '))
      current = []
      return
    }
    const px = round1(x(index))
    const py = round1(y(point.value))
    current.push(`${px},${py}`)
    dots.push({ x: px, y: py, year: point.year, value: point.value })
  })
  if (current.length) segments.push(current.join(' '))
  const yTicks = []
  for (let value = SCORE_MIN; value <= SCORE_MAX; value++)
    yTicks.push({ y: round1(y(value)), value })
  return {
    width,
    height,
    segments,
    dots,
    xTicks: points.map((point, index) => ({ x: round1(x(index)), year: point.year })),
    yTicks,
    plot,
  }
}

/** A score as Danish text: "3,5" (one decimal), or "–" without a value. */
export const formatScore = (value: number | null) =>
  value === null ? '–' : value.toLocaleString('da-DK', { maximumFractionDigits: 1 })
