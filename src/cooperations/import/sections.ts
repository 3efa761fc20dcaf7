import { z } from 'zod'

import { visibilityValues } from '@/domain/options'
import { externalId, isoDate, municipalityCode, slug, slugify } from '@/domain/rules'
import { contactPerson, list, optionalText, text } from '@/import/fields'
import { compact, day, defineSection, type StoredDoc } from '@/import/section'
import { relationId } from '@/utilities/relationId'

import {
  cooperationToolValues,
  implementationStatusValues,
  reflectionQuestionValues,
  sharingLevelValues,
} from '../options'

/**
 * Cooperations (issue 19) in the exchange format: the six tools as structured parts, statements as
 * lists of strings; the organization's side as its own section. An old file's
 * `organizations[].agreements` still imports: each agreement becomes a public cooperation whose
 * agreement is public (agreementToCooperation, used by the organizations section).
 */

const enumOf = <V extends string>(values: readonly [V, ...V[]], what: string) =>
  z.enum(values, { message: `${what} skal være en af: ${values.join(', ')}.` })

const statements = list(text('Et punkt må ikke være tomt.'))

const partyContact = contactPerson.extend({ party: optionalText }).strict()

const agreementInput = z
  .object({
    parties: optionalText,
    purpose: optionalText,
    targetGroup: optionalText,
    effort: optionalText,
    roles: list(
      z
        .object({
          party: text('Angiv parten.'),
          economic: optionalText,
          functional: optionalText,
          professional: optionalText,
        })
        .strict(),
    ),
    contacts: list(partyContact),
    meetingCadence: optionalText,
    periodFrom: isoDate.optional(),
    periodTo: isoDate.optional(),
    revisitOn: isoDate.optional(),
  })
  .strict()
  .refine((a) => !a.periodFrom || !a.periodTo || a.periodTo >= a.periodFrom, {
    message: 'Aftalen kan ikke slutte, før den begynder.',
    path: ['periodTo'],
  })

const theoryOfChangeInput = z
  .object({
    targetGroup: optionalText,
    activities: statements,
    shortTermOutcomes: statements,
    mediumTermOutcomes: statements,
    longTermOutcomes: statements,
    assumptions: statements,
    riskFactors: statements,
    protectiveFactors: statements,
  })
  .strict()

const documentationStrategyInput = z
  .object({
    items: list(
      z
        .object({
          what: optionalText,
          how: optionalText,
          when: optionalText,
          who: optionalText,
          tool: optionalText,
        })
        .strict(),
    ),
    involvement: optionalText,
  })
  .strict()

const sharingModelInput = z
  .object({
    rows: list(
      z
        .object({
          level: enumOf(sharingLevelValues, 'level'),
          from: text('Angiv, hvem der deler.'),
          to: text('Angiv, hvem der deles med.'),
          knowledgeNeed: optionalText,
          form: optionalText,
          frequency: optionalText,
          responsible: optionalText,
        })
        .strict(),
    ),
  })
  .strict()

const implementationPlanInput = z
  .object({
    items: list(
      z
        .object({
          activity: text('Angiv aktiviteten.'),
          responsible: optionalText,
          deadline: isoDate.optional(),
          status: enumOf(implementationStatusValues, 'status').default('planned'),
        })
        .strict(),
    ),
  })
  .strict()

const reflectionDaysInput = z
  .object({
    days: list(
      z
        .object({
          date: isoDate,
          questions: statements,
          dataLookedAt: optionalText,
          agreed: optionalText,
        })
        .strict(),
    ),
  })
  .strict()

export const cooperationInput = z
  .object({
    externalId,
    title: text('Samarbejdet mangler en titel.').pipe(
      z.string().max(200, 'Titlen må højst være 200 tegn.'),
    ),
    slug: slug.optional(),
    organization: externalId,
    network: externalId.optional(),
    municipalities: z.array(municipalityCode).min(1, 'Angiv mindst én kommune.'),
    visibility: enumOf(visibilityValues, 'visibility').default('internal'),
    publicTools: list(enumOf(cooperationToolValues, 'publicTools')),
    agreement: agreementInput.default({ roles: [], contacts: [] }),
    theoryOfChange: theoryOfChangeInput.default({
      activities: [],
      shortTermOutcomes: [],
      mediumTermOutcomes: [],
      longTermOutcomes: [],
      assumptions: [],
      riskFactors: [],
      protectiveFactors: [],
    }),
    documentationStrategy: documentationStrategyInput.default({ items: [] }),
    sharingModel: sharingModelInput.default({ rows: [] }),
    implementationPlan: implementationPlanInput.default({ items: [] }),
    reflectionDays: reflectionDaysInput.default({ days: [] }),
    reflectionChecklist: list(
      z
        .object({
          question: enumOf(reflectionQuestionValues, 'question'),
          answer: optionalText,
          answeredOn: isoDate.optional(),
        })
        .strict(),
    ),
  })
  .strict()
export type CooperationInput = z.infer<typeof cooperationInput>

const toRows = (items: string[]) => items.map((text) => ({ text }))
const fromRows = (rows: unknown): string[] =>
  ((rows as Array<{ text?: string | null }> | null) ?? []).map((row) => String(row.text ?? ''))
const orNull = <T>(value: T | undefined) => value ?? null

export const cooperations = defineSection({
  name: 'cooperations',
  labels: { one: 'samarbejde', many: 'samarbejder', english: 'cooperations' },
  schema: cooperationInput,
  keyField: 'externalId',
  collections: ['cooperations'],
  uniqueSlugs: true,
  references: [
    {
      field: 'organization',
      to: 'organizations',
      what: 'organisation',
      keys: (c) => [c.organization],
    },
    { field: 'network', to: 'networks', what: 'netværk', keys: (c) => [c.network] },
    {
      field: 'municipalities',
      to: 'municipalities',
      what: 'kommunekode',
      keys: (c) => c.municipalities,
    },
  ],
  toData: (c, context) => {
    const a = c.agreement
    const t = c.theoryOfChange
    return {
      externalId: c.externalId,
      title: c.title,
      slug: context.uniqueSlug('cooperations', c.slug ?? slugify(c.title), c.externalId),
      organization: context.id('organizations', c.organization),
      network: context.id('networks', c.network) ?? null,
      municipalities: context.ids('municipalities', c.municipalities),
      visibility: c.visibility,
      publicTools: c.publicTools,
      agreement: {
        parties: orNull(a.parties),
        purpose: orNull(a.purpose),
        targetGroup: orNull(a.targetGroup),
        effort: orNull(a.effort),
        roles: a.roles.map((r) => ({
          party: r.party,
          economic: orNull(r.economic),
          functional: orNull(r.functional),
          professional: orNull(r.professional),
        })),
        contacts: a.contacts.map((p) => ({
          party: orNull(p.party),
          name: orNull(p.name),
          role: orNull(p.role),
          email: orNull(p.email),
          phone: orNull(p.phone),
        })),
        meetingCadence: orNull(a.meetingCadence),
        periodFrom: orNull(a.periodFrom),
        periodTo: orNull(a.periodTo),
        revisitOn: orNull(a.revisitOn),
      },
      theoryOfChange: {
        targetGroup: orNull(t.targetGroup),
        activities: toRows(t.activities),
        shortTermOutcomes: toRows(t.shortTermOutcomes),
        mediumTermOutcomes: toRows(t.mediumTermOutcomes),
        longTermOutcomes: toRows(t.longTermOutcomes),
        assumptions: toRows(t.assumptions),
        riskFactors: toRows(t.riskFactors),
        protectiveFactors: toRows(t.protectiveFactors),
      },
      documentationStrategy: {
        items: c.documentationStrategy.items.map((i) => ({
          what: orNull(i.what),
          how: orNull(i.how),
          when: orNull(i.when),
          who: orNull(i.who),
          tool: orNull(i.tool),
        })),
        involvement: orNull(c.documentationStrategy.involvement),
      },
      sharingModel: {
        rows: c.sharingModel.rows.map((r) => ({
          level: r.level,
          from: r.from,
          to: r.to,
          knowledgeNeed: orNull(r.knowledgeNeed),
          form: orNull(r.form),
          frequency: orNull(r.frequency),
          responsible: orNull(r.responsible),
        })),
      },
      implementationPlan: {
        items: c.implementationPlan.items.map((i) => ({
          activity: i.activity,
          responsible: orNull(i.responsible),
          deadline: orNull(i.deadline),
          status: i.status,
        })),
      },
      reflectionDays: {
        days: c.reflectionDays.days.map((d) => ({
          date: d.date,
          questions: toRows(d.questions),
          dataLookedAt: orNull(d.dataLookedAt),
          agreed: orNull(d.agreed),
        })),
      },
      reflectionChecklist: c.reflectionChecklist.map((r) => ({
        question: r.question,
        answer: orNull(r.answer),
        answeredOn: orNull(r.answeredOn),
      })),
    }
  },
  exportItem: (c, context) => {
    const a = (c.agreement ?? {}) as Record<string, unknown>
    const t = (c.theoryOfChange ?? {}) as Record<string, unknown>
    const ds = (c.documentationStrategy ?? {}) as Record<string, unknown>
    const rows = (value: unknown) => (value as StoredDoc[] | null) ?? []
    return compact({
      externalId: String(c.externalId),
      title: String(c.title),
      slug: String(c.slug) === slugify(String(c.title)) ? undefined : String(c.slug),
      organization: context.key('organizations', c.organization)!,
      network: context.key('networks', c.network),
      municipalities: context.keys('municipalities', c.municipalities),
      visibility: c.visibility as 'public',
      publicTools: (c.publicTools as Array<'agreement'> | null) ?? [],
      agreement: {
        parties: a.parties as string,
        purpose: a.purpose as string,
        targetGroup: a.targetGroup as string,
        effort: a.effort as string,
        roles: rows(a.roles).map((r) => ({
          party: String(r.party),
          economic: r.economic as string,
          functional: r.functional as string,
          professional: r.professional as string,
        })),
        contacts: rows(a.contacts).map((p) => ({
          party: p.party as string,
          name: p.name as string,
          role: p.role as string,
          email: p.email as string,
          phone: p.phone as string,
        })),
        meetingCadence: a.meetingCadence as string,
        periodFrom: day(a.periodFrom),
        periodTo: day(a.periodTo),
        revisitOn: day(a.revisitOn),
      },
      theoryOfChange: {
        targetGroup: t.targetGroup as string,
        activities: fromRows(t.activities),
        shortTermOutcomes: fromRows(t.shortTermOutcomes),
        mediumTermOutcomes: fromRows(t.mediumTermOutcomes),
        longTermOutcomes: fromRows(t.longTermOutcomes),
        assumptions: fromRows(t.assumptions),
        riskFactors: fromRows(t.riskFactors),
        protectiveFactors: fromRows(t.protectiveFactors),
      },
      documentationStrategy: {
        items: rows(ds.items).map((i) => ({
          what: i.what as string,
          how: i.how as string,
          when: i.when as string,
          who: i.who as string,
          tool: i.tool as string,
        })),
        involvement: ds.involvement as string,
      },
      sharingModel: {
        rows: rows((c.sharingModel as Record<string, unknown> | null)?.rows).map((r) => ({
          level: r.level as 'management',
          from: String(r.from),
          to: String(r.to),
          knowledgeNeed: r.knowledgeNeed as string,
          form: r.form as string,
          frequency: r.frequency as string,
          responsible: r.responsible as string,
        })),
      },
      implementationPlan: {
        items: rows((c.implementationPlan as Record<string, unknown> | null)?.items).map((i) => ({
          activity: String(i.activity),
          responsible: i.responsible as string,
          deadline: day(i.deadline),
          status: i.status as 'planned',
        })),
      },
      reflectionDays: {
        days: rows((c.reflectionDays as Record<string, unknown> | null)?.days).map((d) => ({
          date: day(d.date)!,
          questions: fromRows(d.questions),
          dataLookedAt: d.dataLookedAt as string,
          agreed: d.agreed as string,
        })),
      },
      reflectionChecklist: rows(c.reflectionChecklist).map((r) => ({
        question: r.question as 'e1-theory-of-change',
        answer: r.answer as string,
        answeredOn: day(r.answeredOn),
      })),
    })
  },
})

export const cooperationSideInput = z
  .object({
    externalId,
    cooperation: externalId,
    organization: externalId,
    roles: z
      .object({ economic: optionalText, functional: optionalText, professional: optionalText })
      .strict()
      .default({}),
    contacts: list(contactPerson.strict()),
    contribution: optionalText,
    /** A side an organization wrote that no consultant has published yet stays a draft. */
    status: enumOf(['published', 'draft'] as const, 'status').default('published'),
  })
  .strict()

/** The organization's side of a cooperation's agreement, published unless it says draft. */
export const cooperationSides = defineSection({
  name: 'cooperationSides',
  labels: {
    one: 'organisationens del af en aftale',
    many: 'organisationers dele af aftaler',
    english: 'cooperation sides',
  },
  schema: cooperationSideInput,
  keyField: 'externalId',
  collections: ['cooperation-sides'],
  references: [
    {
      field: 'cooperation',
      to: 'cooperations',
      what: 'samarbejde',
      keys: (s) => [s.cooperation],
    },
    {
      field: 'organization',
      to: 'organizations',
      what: 'organisation',
      keys: (s) => [s.organization],
    },
  ],
  statusOf: (s) => s.status,
  toData: (s, context) => ({
    externalId: s.externalId,
    cooperation: context.id('cooperations', s.cooperation),
    provider: context.id('organizations', s.organization),
    roles: {
      economic: orNull(s.roles.economic),
      functional: orNull(s.roles.functional),
      professional: orNull(s.roles.professional),
    },
    contacts: s.contacts.map((p) => ({
      name: orNull(p.name),
      role: orNull(p.role),
      email: orNull(p.email),
      phone: orNull(p.phone),
    })),
    contribution: orNull(s.contribution),
  }),
  exportItem: (s, context) => {
    const roles = (s.roles ?? {}) as Record<string, string | null>
    return compact({
      externalId: String(s.externalId),
      cooperation: context.key('cooperations', relationId(s.cooperation))!,
      organization: context.key('organizations', relationId(s.provider))!,
      roles: {
        economic: roles.economic ?? undefined,
        functional: roles.functional ?? undefined,
        professional: roles.professional ?? undefined,
      },
      contacts: ((s.contacts as StoredDoc[] | null) ?? []).map((p) => ({
        name: p.name as string,
        role: p.role as string,
        email: p.email as string,
        phone: p.phone as string,
      })),
      contribution: (s.contribution as string) ?? undefined,
      status: s._status === 'draft' ? ('draft' as const) : undefined,
    })
  },
})

/** An old file's agreement of an organization, as the cooperation it migrates into. */
export type LegacyAgreement = {
  municipality: string
  parties: string
  periodFrom: string
  periodTo?: string
  purpose: string
  contact?: { name?: string; role?: string; email?: string; phone?: string }
}

/**
 * The cooperation an organization's agreement becomes (the exchange format's move of
 * `organizations[].agreements`): public, with only the agreement public, as it was on the
 * organization's page. Its key is the organization's and the agreement's position.
 */
export function agreementToCooperation(
  organization: { externalId: string; name: string },
  agreement: LegacyAgreement,
  index: number,
): z.input<typeof cooperationInput> {
  return {
    externalId: `${organization.externalId}:aftale-${index + 1}`,
    title: `Samarbejdsaftale: ${agreement.parties}`.slice(0, 200),
    organization: organization.externalId,
    municipalities: [agreement.municipality],
    visibility: 'public',
    publicTools: ['agreement'],
    agreement: {
      parties: agreement.parties,
      purpose: agreement.purpose,
      periodFrom: agreement.periodFrom,
      ...(agreement.periodTo ? { periodTo: agreement.periodTo } : {}),
      contacts:
        agreement.contact && Object.keys(agreement.contact).length ? [agreement.contact] : [],
    },
  }
}
