import { z } from 'zod'

import {
  capacityStatusValues,
  costTypeValues,
  evidenceLevelValues,
  languageValues,
  lawValues,
  listingKindValues,
  mentorFocusValues,
  mentorTypeValues,
  offerTypeValues,
  organizationTypeValues,
  publicationStatuses,
  rateUnitValues,
  schoolTypeValues,
  topicFacetValues,
  visibilityValues,
} from '@/domain/options'
import {
  age,
  AGE_ORDER_MESSAGE,
  capacityAsOf,
  cvr,
  effectiveDate,
  eli,
  email,
  externalId,
  isoDate,
  municipalityCode,
  phone,
  postalCode,
  rateDkk,
  slug,
  webUrl,
} from '@/domain/rules'

/**
 * Our exchange format ("videnportal/v1"): the importer reads it, the exporter writes it, and the
 * sample content in content/ is written in it. References use stable keys: topics by slug,
 * municipalities by code, everything else by externalId. Rich text is plain text with blank lines
 * between paragraphs.
 */

const text = (message: string) => z.string({ message }).trim().min(1, message)

/** Rich text as plain paragraphs: one blank line between paragraphs, no trailing spaces. */
const paragraphs = (message: string) =>
  text(message).transform((value) =>
    value
      .replace(/\r\n/g, '\n')
      .split(/\n\s*\n/)
      .map((paragraph) =>
        paragraph
          .split('\n')
          .map((line) => line.trim())
          .join('\n')
          .trim(),
      )
      .filter(Boolean)
      .join('\n\n'),
  )
const optionalText = z.string().trim().optional()
const list = <T extends z.ZodType>(item: T) => z.array(item).default([])

export const topicInput = z.object({
  slug,
  name: text('Emnet mangler et navn.'),
  facet: z.enum(topicFacetValues, { message: 'Emnetypen skal være "need" eller "target-group".' }),
  parent: slug.optional(),
  description: optionalText,
})

export const legalBasisInput = z.object({
  externalId,
  law: z.enum(lawValues, { message: 'Ukendt lov.' }),
  paragraph: z
    .string()
    .trim()
    .regex(/^\d+[a-z]?$/, 'Paragraffen skal være et nummer, fx 32 eller 52a.'),
  subsection: z.string().trim().regex(/^\d+$/, 'Stk. skal være et nummer.').optional(),
  number: z.string().trim().regex(/^\d+$/, 'Nr. skal være et nummer.').optional(),
  heading: text('Bestemmelsen mangler en kort overskrift.'),
  eli,
  validFrom: isoDate,
  validTo: isoDate.optional(),
  replaces: externalId.optional(),
})

const contactPerson = z.object({
  name: optionalText,
  role: optionalText,
  email: email.optional(),
  phone: phone.optional(),
})

export const agreementInput = z.object({
  municipality: municipalityCode,
  parties: text('Angiv parterne i samarbejdsaftalen.'),
  periodFrom: isoDate,
  periodTo: isoDate.optional(),
  purpose: text('Angiv formålet med samarbejdsaftalen.'),
  contact: contactPerson.optional(),
})

export const organizationInput = z.object({
  externalId,
  name: text('Organisationen mangler et navn.'),
  type: z.enum(organizationTypeValues, { message: 'Ukendt organisationstype.' }),
  cvr: cvr.optional(),
  description: optionalText,
  website: webUrl.optional(),
  email: email.optional(),
  phone: phone.optional(),
  address: z
    .object({
      street: text('Adressen mangler vej og nummer.'),
      postalCode,
      city: text('Adressen mangler by.'),
      municipality: municipalityCode.optional(),
    })
    .optional(),
  agreements: list(agreementInput),
})

export const contactInput = contactPerson.extend({
  /** Internal contacts are for professionals only (shown to logged-in users). */
  internal: z.boolean().default(false),
})

export const locationInput = z.object({
  name: optionalText,
  address: text('Adressen mangler vej og nummer.'),
  postalCode,
  city: text('Adressen mangler by.'),
  municipality: municipalityCode,
  latitude: z
    .number()
    .min(54.5, 'Breddegraden ligger uden for Danmark.')
    .max(57.8, 'Breddegraden ligger uden for Danmark.')
    .optional(),
  longitude: z
    .number()
    .min(8, 'Længdegraden ligger uden for Danmark.')
    .max(15.3, 'Længdegraden ligger uden for Danmark.')
    .optional(),
})

const listingBase = z.object({
  externalId,
  status: z.enum(publicationStatuses).default('published'),
  title: text('Titlen mangler.'),
  slug: slug.optional(),
  summary: text('Resuméet mangler.').pipe(z.string().max(400, 'Resuméet må højst være 400 tegn.')),
  description: paragraphs('Beskrivelsen er tom.').optional(),
  provider: externalId,
  ageMin: age,
  ageMax: age,
  topics: list(slug),
  languages: list(z.enum(languageValues, { message: 'Ukendt sprog.' })),
  coverage: list(municipalityCode),
  wholeNetwork: z.boolean().default(false),
  legalBasis: list(externalId),
  referral: z.object({
    howTo: text('Beskriv, hvordan man henviser.'),
    municipalDecisionRequired: z.boolean(),
    selfReferral: z.boolean(),
    internalNote: optionalText,
  }),
  cost: z.object({
    type: z.enum(costTypeValues, { message: 'Prisen skal være "free" eller "paid".' }),
    rateDkk: rateDkk.optional(),
    rateUnit: z.enum(rateUnitValues, { message: 'Ukendt takstenhed.' }).optional(),
    rateNote: optionalText,
  }),
  capacity: z.object({
    status: z.enum(capacityStatusValues, {
      message: 'Kapaciteten skal være open, waitlist eller full.',
    }),
    waitingWeeks: z.number().int().min(0, 'Ventetiden kan ikke være negativ.').optional(),
    asOf: capacityAsOf,
  }),
  contacts: list(contactInput),
  locations: list(locationInput),
  schedule: optionalText,
  evidence: z
    .object({
      level: z.enum(evidenceLevelValues, { message: 'Ukendt evidensniveau.' }).optional(),
      results: optionalText,
      theoryOfChange: optionalText,
    })
    .default({}),
  visibility: z.enum(visibilityValues, {
    message: 'Synligheden skal være "public" eller "internal".',
  }),
  lastVerifiedAt: isoDate.optional(),
  nextReviewAt: isoDate.optional(),
})

export const offerInput = listingBase.extend({
  kind: z.literal('offer'),
  offerType: z.enum(offerTypeValues, { message: 'Ukendt tilbudstype.' }),
})

export const mentorInput = listingBase.extend({
  kind: z.literal('mentor'),
  mentorType: z.enum(mentorTypeValues, {
    message: 'Mentortypen skal være volunteer eller professional.',
  }),
  focus: list(z.enum(mentorFocusValues, { message: 'Ukendt fokus.' })),
  matching: optionalText,
  duration: optionalText,
})

const grade = z
  .number()
  .int()
  .min(0, 'Klassetrin går fra 0 til 10.')
  .max(10, 'Klassetrin går fra 0 til 10.')

export const schoolOptionInput = listingBase.extend({
  kind: z.literal('school-option'),
  schoolType: z.enum(schoolTypeValues, { message: 'Ukendt skoletype.' }),
  gradeFrom: grade,
  gradeTo: grade,
  classSize: z.number().int().min(1, 'Klassestørrelsen skal være mindst 1.').max(40).optional(),
  profile: optionalText,
  admissionViaPPR: z.boolean(),
})

/** Rules across fields, with the field the message belongs to. */
function listingRules<T extends z.infer<typeof listingBase>>(listing: T, ctx: z.RefinementCtx) {
  if (listing.ageMin > listing.ageMax) {
    ctx.addIssue({ code: 'custom', path: ['ageMax'], message: AGE_ORDER_MESSAGE })
  }
  if (!listing.wholeNetwork && listing.coverage.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['coverage'],
      message: 'Angiv de kommuner, hvor tilbuddet kan bruges, eller at det gælder hele netværket.',
    })
  }
  if (listing.cost.type === 'paid' && listing.cost.rateDkk === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['cost', 'rateDkk'],
      message: 'Et betalt tilbud skal have en takst.',
    })
  }
  if (listing.cost.type === 'free' && listing.cost.rateDkk) {
    ctx.addIssue({
      code: 'custom',
      path: ['cost', 'rateDkk'],
      message: 'Et gratis tilbud kan ikke have en takst.',
    })
  }
  if (listing.capacity.status === 'waitlist' && listing.capacity.waitingWeeks === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['capacity', 'waitingWeeks'],
      message: 'Angiv ventetiden i uger.',
    })
  }
  if (
    listing.lastVerifiedAt &&
    listing.nextReviewAt &&
    listing.nextReviewAt < listing.lastVerifiedAt
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewAt'],
      message: 'Næste gennemgang kan ikke ligge før seneste kontrol.',
    })
  }
}

export const listingInput = z
  .discriminatedUnion('kind', [offerInput, mentorInput, schoolOptionInput], {
    message: `Ukendt slags opslag: brug ${listingKindValues.join(', ')}.`,
  })
  .superRefine((listing, ctx) => {
    listingRules(listing, ctx)
    if (listing.kind === 'school-option' && listing.gradeFrom > listing.gradeTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['gradeTo'],
        message: 'Første klassetrin kan ikke være højere end sidste.',
      })
    }
  })

export const legislationNoteInput = z.object({
  externalId,
  status: z.enum(publicationStatuses).default('published'),
  title: text('Titlen mangler.'),
  slug: slug.optional(),
  summary: text('Resuméet mangler.').pipe(z.string().max(400, 'Resuméet må højst være 400 tegn.')),
  body: paragraphs('Noten mangler tekst.'),
  effectiveDate,
  legalBases: list(externalId),
  topics: list(slug),
  affects: list(externalId),
  visibility: z.enum(visibilityValues, {
    message: 'Synligheden skal være "public" eller "internal".',
  }),
})

export const bundleSchema = z.object({
  format: z
    .literal('videnportal/v1', { message: 'Filen er ikke i formatet videnportal/v1.' })
    .optional(),
  topics: z.array(z.unknown()).default([]),
  legalBases: z.array(z.unknown()).default([]),
  organizations: z.array(z.unknown()).default([]),
  listings: z.array(z.unknown()).default([]),
  legislationNotes: z.array(z.unknown()).default([]),
})

/** Each section and the schema of one of its items; items are validated one by one. */
export const sections = {
  topics: topicInput,
  legalBases: legalBasisInput,
  organizations: organizationInput,
  listings: listingInput,
  legislationNotes: legislationNoteInput,
} as const
export type SectionName = keyof typeof sections

export type TopicInput = z.infer<typeof topicInput>
export type LegalBasisInput = z.infer<typeof legalBasisInput>
export type OrganizationInput = z.infer<typeof organizationInput>
export type ListingInput = z.infer<typeof listingInput>
export type LegislationNoteInput = z.infer<typeof legislationNoteInput>

export type Bundle = {
  topics: TopicInput[]
  legalBases: LegalBasisInput[]
  organizations: OrganizationInput[]
  listings: ListingInput[]
  legislationNotes: LegislationNoteInput[]
}
