import { z } from 'zod'

import { slug } from '@/domain/rules'
import { optionalText, text } from '@/import/fields'
import {
  compact,
  defineSection,
  type ExportContext,
  type ImportContext,
  type StoredDoc,
} from '@/import/section'

import { caseworkerReportTimeValues, followUpFrequencyValues } from './options'

/**
 * Outcomes in the exchange format (videnportal/v1): a section `outcomes` keyed by slug, and on
 * every listing `outcomes: [{ outcome, method, frequency, caseworkerReceives, reportWhen }]`.
 */
export const outcomeInput = z.object({
  slug,
  name: text('Effektmålet mangler et navn.'),
  description: optionalText.pipe(
    z.string().max(400, 'Beskrivelsen må højst være 400 tegn.').optional(),
  ),
})
export type OutcomeInput = z.infer<typeof outcomeInput>

export const outcomes = defineSection({
  name: 'outcomes',
  labels: { one: 'effektmål', many: 'effektmål', english: 'outcomes' },
  schema: outcomeInput,
  keyField: 'slug',
  collections: ['outcomes'],
  references: [],
  toData: (outcome) => ({
    slug: outcome.slug,
    name: outcome.name,
    description: outcome.description ?? null,
  }),
  exportItem: (o) =>
    compact({
      slug: String(o.slug),
      name: String(o.name),
      description: (o.description as string | null) ?? undefined,
    }),
})

const enumOf = <V extends string>(values: readonly [V, ...V[]], what: string) =>
  z.enum(values, { message: `${what} skal være en af: ${values.join(', ')}.` })

/** One outcome of a listing with how progress is followed up. */
export const listingOutcomeInput = z
  .object({
    outcome: slug,
    method: text('Angiv metode eller redskab for opfølgningen.').pipe(
      z.string().max(200, 'Metode eller redskab må højst være 200 tegn.'),
    ),
    frequency: enumOf(followUpFrequencyValues, 'frequency'),
    caseworkerReceives: text('Angiv, hvad sagsbehandleren får.').pipe(
      z.string().max(600, 'Det, sagsbehandleren får, må højst være 600 tegn.'),
    ),
    reportWhen: enumOf(caseworkerReportTimeValues, 'reportWhen'),
  })
  .strict()
export type ListingOutcomeInput = z.infer<typeof listingOutcomeInput>

/** The listing section's reference to the outcomes section. */
export const listingOutcomesReference = {
  field: 'outcomes.outcome',
  to: 'outcomes',
  what: 'effektmål',
  keys: (listing: { outcomes: ListingOutcomeInput[] }) => listing.outcomes.map((o) => o.outcome),
}

/** A listing's outcomes as Payload data. */
export const listingOutcomesData = (rows: ListingOutcomeInput[], context: ImportContext) =>
  rows.map((row) => ({ ...row, outcome: context.id('outcomes', row.outcome)! }))

/** A stored listing's outcomes as items; rows whose outcome is gone are left out. */
export const listingOutcomesItem = (rows: unknown, context: ExportContext): ListingOutcomeInput[] =>
  ((rows as StoredDoc[] | null) ?? []).flatMap((row) => {
    const outcome = context.key('outcomes', row.outcome)
    return outcome
      ? [
          {
            outcome,
            method: String(row.method),
            frequency: row.frequency as ListingOutcomeInput['frequency'],
            caseworkerReceives: String(row.caseworkerReceives),
            reportWhen: row.reportWhen as ListingOutcomeInput['reportWhen'],
          },
        ]
      : []
  })
