import {
  capacityStatuses,
  evidenceLevels,
  listingKinds,
  mentorTypes,
  offerTypes,
  schoolTypes,
  type ListingKind,
} from '@/domain/options'

import { derivedId } from './ids'

/**
 * The portal's own HSDS taxonomies. Topics are records with a stored UUID; the fixed vocabularies
 * below (kinds of listing and their types, evidence levels, capacity, referral, legal bases) get
 * name-based UUIDs, so that their ids are the same on every portal and in every release.
 */
export type TaxonomyKey = 'topics' | 'kinds' | 'properties' | 'legal-bases'

export type Taxonomy = {
  key: TaxonomyKey
  id: string
  name: string
  description: string
  version: string
}

export const TAXONOMIES: Record<TaxonomyKey, Taxonomy> = {
  topics: {
    key: 'topics',
    id: derivedId('taxonomy', 'topics'),
    name: 'Videnportal: emner',
    description:
      'Behov og målgrupper for børn og unge med særlige behov (fx ADHD, angst, ufrivilligt skolefravær), i to niveauer.',
    version: '1',
  },
  kinds: {
    key: 'kinds',
    id: derivedId('taxonomy', 'kinds'),
    name: 'Videnportal: slags opslag',
    description:
      'Tilbud, mentorordninger og skoletilbud, og under hver deres typer (fx familiebehandling, frivillig mentor, specialskole).',
    version: '1',
  },
  properties: {
    key: 'properties',
    id: derivedId('taxonomy', 'properties'),
    name: 'Videnportal: egenskaber',
    description:
      'Evidensniveau, kapacitet og henvisning (myndighedsafgørelse, selvhenvendelse) for et opslag.',
    version: '1',
  },
  'legal-bases': {
    key: 'legal-bases',
    id: derivedId('taxonomy', 'legal-bases'),
    name: 'Videnportal: lovgrundlag',
    description:
      'Bestemmelser i dansk lovgivning (fx Barnets Lov § 32), med link til Retsinformation (ELI).',
    version: '1',
  },
}

/** How a term narrows the services: the filter a `taxonomy_term_id` means in our model. */
export type TermFilter =
  | { on: 'kind'; kind: ListingKind }
  | {
      on: 'column'
      column: 'offer_type' | 'mentor_type' | 'school_type'
      kind: ListingKind
      value: string
    }
  | { on: 'column'; column: 'evidence_level' | 'capacity_status'; value: string }
  | { on: 'flag'; column: 'referral_municipal_decision_required' | 'referral_self_referral' }
  | { on: 'topic'; topicId: number }
  | { on: 'legal-basis'; legalBasisId: number }

export type Term = {
  id: string
  code: string
  name: string
  description: string
  taxonomy: TaxonomyKey
  parentId?: string
  termUri?: string
  filter: TermFilter
}

const fixedTerm = (
  taxonomy: TaxonomyKey,
  code: string,
  name: string,
  description: string,
  filter: TermFilter,
  parentCode?: string,
): Term => ({
  id: derivedId('term', taxonomy, code),
  code,
  name,
  description,
  taxonomy,
  ...(parentCode ? { parentId: derivedId('term', taxonomy, parentCode) } : {}),
  filter,
})

const typeColumns = {
  offer: { column: 'offer_type', options: offerTypes },
  mentor: { column: 'mentor_type', options: mentorTypes },
  'school-option': { column: 'school_type', options: schoolTypes },
} as const

/** The fixed terms: kinds with their types, evidence levels, capacity and referral. */
export const FIXED_TERMS: Term[] = [
  ...listingKinds.flatMap((kind) => {
    const { column, options } = typeColumns[kind.value]
    return [
      fixedTerm('kinds', kind.value, kind.da, `Slags opslag: ${kind.da.toLowerCase()}.`, {
        on: 'kind',
        kind: kind.value,
      }),
      ...options.map((option) =>
        fixedTerm(
          'kinds',
          `${kind.value}/${option.value}`,
          option.da,
          `${kind.da}: ${option.da.toLowerCase()}.`,
          { on: 'column', column, kind: kind.value, value: option.value },
          kind.value,
        ),
      ),
    ]
  }),
  ...evidenceLevels.map((level) =>
    fixedTerm(
      'properties',
      `evidence/${level.value}`,
      level.da,
      `Evidensniveau: ${level.da.toLowerCase()}.`,
      { on: 'column', column: 'evidence_level', value: level.value },
    ),
  ),
  ...capacityStatuses.map((status) =>
    fixedTerm(
      'properties',
      `capacity/${status.value}`,
      status.da,
      `Kapacitet: ${status.da.toLowerCase()}.`,
      { on: 'column', column: 'capacity_status', value: status.value },
    ),
  ),
  fixedTerm(
    'properties',
    'referral/municipal-decision',
    'Kræver myndighedsafgørelse',
    'Henvisning kræver en afgørelse fra kommunen (myndighedsafgørelse).',
    { on: 'flag', column: 'referral_municipal_decision_required' },
  ),
  fixedTerm(
    'properties',
    'referral/self-referral',
    'Selvhenvendelse',
    'Familien kan selv henvende sig uden henvisning.',
    { on: 'flag', column: 'referral_self_referral' },
  ),
]

export const fixedTermId = (taxonomy: TaxonomyKey, code: string) =>
  derivedId('term', taxonomy, code)

/** The term of a legal basis: a name-based id from its importer key (stable across portals). */
export const legalBasisTermId = (key: string) => derivedId('term', 'legal-bases', key)
