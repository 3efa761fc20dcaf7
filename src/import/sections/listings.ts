import type { CollectionSlug } from 'payload'
import { z } from 'zod'

import {
  capacityStatusValues,
  collectionOfKind,
  costTypeValues,
  evidenceLevelValues,
  languageValues,
  listingCollections,
  listingKindValues,
  type ListingCollection,
  mentorFocusValues,
  mentorTypeValues,
  offerTypeValues,
  publicationStatuses,
  rateUnitValues,
  schoolTypeValues,
  visibilityValues,
} from '@/domain/options'
import {
  age,
  AGE_ORDER_MESSAGE,
  capacityAsOf,
  externalId,
  isoDate,
  municipalityCode,
  postalCode,
  rateDkk,
  slug,
  slugify,
} from '@/domain/rules'
import { lexicalToText, textToLexical } from '@/utilities/richText'

import {
  listingOutcomeInput,
  listingOutcomesData,
  listingOutcomesItem,
  listingOutcomesReference,
} from '@/outcomes/importSection'

import { contactPerson, list, optionalText, paragraphs, summary, text } from '../fields'
import { compact, day, defineSection, type StoredDoc } from '../section'

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
  /** The open-data id (src/hsds), kept when given (an HSDS import), else generated once. */
  hsdsId: z.uuid('HSDS-id skal være et UUID.').optional(),
  status: z.enum(publicationStatuses).default('published'),
  title: text('Titlen mangler.'),
  slug: slug.optional(),
  summary,
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
    /**
     * The rate is not known: an import of open data (HSDS), which never carries it. Not stored: the
     * listing is paid without a rate until an editor fills it in.
     */
    rateUnknown: z.boolean().optional(),
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
  /** Outcomes aimed at, with how progress is followed up (src/outcomes). */
  outcomes: list(listingOutcomeInput),
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
  if (
    listing.cost.type === 'paid' &&
    listing.cost.rateDkk === undefined &&
    listing.cost.rateUnknown !== true
  ) {
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
export type ListingInput = z.infer<typeof listingInput>

const kindOf: Record<ListingCollection, ListingInput['kind']> = {
  offers: 'offer',
  mentors: 'mentor',
  'school-options': 'school-option',
}

/** The kind-specific fields of a listing as Payload data. */
function kindData(listing: ListingInput) {
  switch (listing.kind) {
    case 'offer':
      return { offerType: listing.offerType }
    case 'mentor':
      return {
        mentorType: listing.mentorType,
        focus: listing.focus,
        matching: listing.matching ?? null,
        duration: listing.duration ?? null,
      }
    case 'school-option':
      return {
        schoolType: listing.schoolType,
        gradeFrom: listing.gradeFrom,
        gradeTo: listing.gradeTo,
        classSize: listing.classSize ?? null,
        profile: listing.profile ?? null,
        admissionViaPPR: listing.admissionViaPPR,
      }
  }
}

/** The kind-specific fields of a stored listing as an item. */
function kindItem(l: StoredDoc, collection: CollectionSlug) {
  return collection === 'offers'
    ? { offerType: l.offerType }
    : collection === 'mentors'
      ? {
          mentorType: l.mentorType,
          focus: l.focus ?? [],
          matching: l.matching,
          duration: l.duration,
        }
      : {
          schoolType: l.schoolType,
          gradeFrom: l.gradeFrom,
          gradeTo: l.gradeTo,
          classSize: l.classSize,
          profile: l.profile,
          admissionViaPPR: Boolean(l.admissionViaPPR),
        }
}

/**
 * Offers, mentor schemes and school options: one section (the CSV holds it too), three collections
 * chosen by `kind`.
 */
export const listings = defineSection({
  name: 'listings',
  labels: { one: 'opslag', many: 'opslag', english: 'listings' },
  schema: listingInput,
  keyField: 'externalId',
  collections: listingCollections,
  collectionOf: (listing) => collectionOfKind[listing.kind],
  // A listing key may not move between kinds: that would leave two documents with one key.
  moved: (key, existingCollection) => ({
    field: 'kind',
    message: `Opslaget ${key} findes allerede som en anden slags (${existingCollection}).`,
  }),
  uniqueSlugs: true,
  references: [
    { field: 'provider', to: 'organizations', what: 'organisation', keys: (l) => [l.provider] },
    { field: 'topics', to: 'topics', what: 'emne', keys: (l) => l.topics },
    { field: 'coverage', to: 'municipalities', what: 'kommunekode', keys: (l) => l.coverage },
    { field: 'legalBasis', to: 'legalBases', what: 'lovbestemmelse', keys: (l) => l.legalBasis },
    {
      field: 'locations.municipality',
      to: 'municipalities',
      what: 'kommunekode',
      keys: (l) => l.locations.map((location) => location.municipality),
    },
    listingOutcomesReference,
  ],
  statusOf: (listing) => listing.status,
  toData: (listing, context) => ({
    externalId: listing.externalId,
    ...(listing.hsdsId ? { hsdsId: listing.hsdsId } : {}),
    title: listing.title,
    slug: context.uniqueSlug(
      collectionOfKind[listing.kind],
      listing.slug ?? slugify(listing.title),
      listing.externalId,
    ),
    summary: listing.summary,
    description: listing.description ? textToLexical(listing.description) : null,
    provider: context.id('organizations', listing.provider)!,
    ageMin: listing.ageMin,
    ageMax: listing.ageMax,
    topics: context.ids('topics', listing.topics),
    languages: listing.languages,
    wholeNetwork: listing.wholeNetwork,
    coverage: listing.coverage.map((code) => context.id('municipalities', code)!),
    legalBasis: context.ids('legalBases', listing.legalBasis),
    referral: { ...listing.referral, internalNote: listing.referral.internalNote ?? null },
    cost: {
      type: listing.cost.type,
      rateDkk: listing.cost.rateDkk ?? null,
      rateUnit: listing.cost.rateUnit ?? null,
      rateNote: listing.cost.rateNote ?? null,
    },
    capacity: {
      status: listing.capacity.status,
      waitingWeeks: listing.capacity.waitingWeeks ?? null,
      asOf: listing.capacity.asOf,
    },
    contacts: listing.contacts,
    locations: listing.locations.map((location) => ({
      ...location,
      municipality: context.id('municipalities', location.municipality)!,
    })),
    schedule: listing.schedule ?? null,
    evidence: {
      level: listing.evidence.level ?? null,
      results: listing.evidence.results ?? null,
      theoryOfChange: listing.evidence.theoryOfChange ?? null,
    },
    outcomes: listingOutcomesData(listing.outcomes, context),
    visibility: listing.visibility,
    lastVerifiedAt: listing.lastVerifiedAt ?? null,
    nextReviewAt: listing.nextReviewAt ?? null,
    ...kindData(listing),
  }),
  exportItem: (l, context, collection) => {
    const slug = String(l.slug)
    const referral = l.referral as Record<string, unknown>
    const cost = l.cost as Record<string, unknown>
    const capacity = l.capacity as Record<string, unknown>
    const base = {
      externalId: String(l.externalId),
      hsdsId: (l.hsdsId as string | null) ?? undefined,
      kind: kindOf[collection as ListingCollection],
      status: l._status as 'published',
      title: String(l.title),
      // Left out when it is the one the importer derives from the title.
      slug: slug === slugify(String(l.title)) ? undefined : slug,
      summary: String(l.summary),
      description: lexicalToText(l.description) || undefined,
      provider: context.key('organizations', l.provider)!,
      ageMin: Number(l.ageMin),
      ageMax: Number(l.ageMax),
      topics: context.keys('topics', l.topics),
      languages: (l.languages as string[] | null) ?? [],
      coverage: ((l.coverage as number[] | null) ?? []).map((id) =>
        context.key('municipalities', id)!,
      ),
      wholeNetwork: Boolean(l.wholeNetwork),
      legalBasis: context.keys('legal-bases', l.legalBasis),
      referral: {
        howTo: String(referral.howTo),
        municipalDecisionRequired: Boolean(referral.municipalDecisionRequired),
        selfReferral: Boolean(referral.selfReferral),
        internalNote: referral.internalNote as string,
      },
      cost: {
        type: cost.type,
        rateDkk: cost.rateDkk ?? undefined,
        rateUnit: cost.rateUnit ?? undefined,
        rateNote: cost.rateNote ?? undefined,
        // A paid listing imported from open data has no rate until an editor gives it one.
        rateUnknown:
          cost.type === 'paid' && (cost.rateDkk === null || cost.rateDkk === undefined)
            ? true
            : undefined,
      },
      capacity: {
        status: capacity.status,
        waitingWeeks: capacity.waitingWeeks ?? undefined,
        asOf: day(capacity.asOf),
      },
      contacts: ((l.contacts as StoredDoc[] | null) ?? []).map(({ id: _id, ...contact }) => ({
        ...contact,
        internal: Boolean(contact.internal),
      })),
      locations: ((l.locations as StoredDoc[] | null) ?? []).map(({ id: _id, ...location }) => ({
        ...location,
        municipality: context.key('municipalities', location.municipality),
      })),
      schedule: l.schedule as string,
      evidence: l.evidence ?? {},
      outcomes: listingOutcomesItem(l.outcomes, context),
      visibility: l.visibility,
      lastVerifiedAt: day(l.lastVerifiedAt),
      nextReviewAt: day(l.nextReviewAt),
    }
    return compact({ ...base, ...kindItem(l, collection) })
  },
})
