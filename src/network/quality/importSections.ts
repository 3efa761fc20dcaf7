import { z } from 'zod'

import { externalId, slugify } from '@/domain/rules'
import { list, optionalText, text } from '@/import/fields'
import { compact, defineSection } from '@/import/section'
import { relationId } from '@/utilities/relationId'

import { FIRST_YEAR, indicatorKeyPattern, LAST_YEAR, SCORE_MAX, SCORE_MIN } from './scale'

const indicatorKey = z
  .string()
  .trim()
  .regex(indicatorKeyPattern, 'Nøglen må kun indeholde små bogstaver, tal og bindestreg.')

export const indicatorSetInput = z.object({
  externalId,
  network: externalId,
  title: text('Titlen mangler.'),
  introduction: optionalText,
  themes: z
    .array(
      z.object({
        theme: text('Temaet mangler et navn.'),
        indicators: z
          .array(z.object({ key: indicatorKey.optional(), statement: text('Udsagnet mangler.') }))
          .min(1, 'Et tema skal have mindst ét udsagn.'),
      }),
    )
    .min(1, 'Indikatorsættet skal have mindst ét tema.'),
})

export const answerInput = z.object({
  externalId,
  indicatorSet: externalId,
  municipality: z.string().regex(/^\d{3}$/, 'Kommunen skal angives med sin tre-cifrede kode.'),
  year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
  scores: list(
    z.object({
      indicator: indicatorKey,
      score: z
        .number()
        .int('Scoren skal være et helt tal.')
        .min(SCORE_MIN, 'Scoren skal være mindst 1.')
        .max(SCORE_MAX, 'Scoren må højst være 5.'),
      comment: optionalText,
    }),
  ),
})

const keyOf = (indicator: { key?: string; statement: string }) =>
  indicator.key ?? slugify(indicator.statement).slice(0, 60)

/** A network's indicator set of cooperation quality (after seed 002). */
export const qualityIndicatorSets = defineSection({
  name: 'qualityIndicatorSets',
  labels: { one: 'indikatorsæt', many: 'indikatorsæt', english: 'quality indicator sets' },
  schema: indicatorSetInput,
  keyField: 'externalId',
  collections: ['quality-indicator-sets'],
  references: [{ field: 'network', to: 'networks', what: 'netværk', keys: (s) => [s.network] }],
  check: (set) => {
    const seen = new Set<string>()
    const issues: Array<{ field: string; message: string }> = []
    set.themes.forEach((theme, t) =>
      theme.indicators.forEach((indicator, i) => {
        const key = keyOf(indicator)
        if (seen.has(key))
          issues.push({
            field: `themes.${t}.indicators.${i}.key`,
            message: `Nøglen "${key}" er brugt to gange i indikatorsættet.`,
          })
        seen.add(key)
      }),
    )
    return issues
  },
  toData: (set, context) => ({
    externalId: set.externalId,
    network: context.id('networks', set.network),
    title: set.title,
    introduction: set.introduction ?? null,
    themes: set.themes.map((theme) => ({
      theme: theme.theme,
      indicators: theme.indicators.map((indicator) => ({
        statement: indicator.statement,
        key: keyOf(indicator),
      })),
    })),
  }),
  exportItem: (s, context) =>
    compact({
      externalId: String(s.externalId),
      network: context.key('networks', s.network)!,
      title: String(s.title),
      introduction: (s.introduction as string | null) ?? undefined,
      themes: (
        (s.themes as Array<{
          theme: string
          indicators: Array<{ key: string; statement: string }>
        }>) ?? []
      ).map((theme) => ({
        theme: theme.theme,
        indicators: theme.indicators.map(({ key, statement }) => ({ key, statement })),
      })),
    }),
})

/** A member municipality's yearly answer to an indicator set. */
export const qualityAnswers = defineSection({
  name: 'qualityAnswers',
  labels: { one: 'besvarelse', many: 'besvarelser', english: 'quality answers' },
  schema: answerInput,
  keyField: 'externalId',
  collections: ['quality-answers'],
  references: [
    {
      field: 'indicatorSet',
      to: 'qualityIndicatorSets',
      what: 'indikatorsæt',
      keys: (a) => [a.indicatorSet],
    },
    { field: 'municipality', to: 'municipalities', what: 'kommune', keys: (a) => [a.municipality] },
  ],
  toData: (answer, context) => ({
    externalId: answer.externalId,
    indicatorSet: context.id('qualityIndicatorSets', answer.indicatorSet),
    municipality: context.id('municipalities', answer.municipality),
    year: answer.year,
    scores: answer.scores.map((score) => ({
      indicator: score.indicator,
      score: score.score,
      comment: score.comment ?? null,
    })),
  }),
  exportItem: (a, context) =>
    compact({
      externalId: String(a.externalId),
      indicatorSet: context.key('quality-indicator-sets', relationId(a.indicatorSet))!,
      municipality: context.key('municipalities', relationId(a.municipality))!,
      year: Number(a.year),
      scores: (
        (a.scores as Array<{ indicator: string; score: number; comment?: string | null }>) ?? []
      ).map((score) => ({
        indicator: score.indicator,
        score: score.score,
        comment: score.comment ?? undefined,
      })),
    }),
})
