import type { CollectionConfig, TextFieldSingleValidation, TextFieldManyValidation } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { MAX_TERMS_PER_ENTRY, normalizeTerm, termProblem } from '@/search/terms/rules'

import { describeEntry } from './hooks/describeEntry'
import { normalizeTerms } from './hooks/normalizeTerms'
import { queueApplyAfterChange, queueApplyAfterDelete } from './hooks/queueApplySearchTerms'

const validateTerm: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { kind?: string }).kind !== 'one-way') return true
  if (typeof value !== 'string' || !normalizeTerm(value)) return 'Skriv det ord, der søges på.'
  return termProblem(normalizeTerm(value)) ?? true
}

const validateTerms: TextFieldManyValidation = (value, { siblingData }) => {
  const terms = (Array.isArray(value) ? value : []).map((one) => normalizeTerm(String(one)))
  const kind = (siblingData as { kind?: string }).kind
  if (kind === 'group' && terms.length < 2) return 'En gruppe skal have mindst to ord.'
  if (kind === 'one-way' && terms.length < 1) return 'Skriv mindst ét ord, som ordet også finder.'
  if (terms.length > MAX_TERMS_PER_ENTRY) return `Højst ${MAX_TERMS_PER_ENTRY} ord i ét opslag.`
  for (const term of terms) {
    const problem = termProblem(term)
    if (problem) return problem
  }
  return true
}

/**
 * The search vocabulary as content: synonyms and abbreviations that consultants maintain. A group
 * is words that find each other (PPR, pædagogisk psykologisk rådgivning); a one-way entry lets one
 * word find others but not the reverse (an old provision finds its successor). Saving queues the
 * job that applies the whole vocabulary to the search index (src/search/terms), within seconds.
 * Seeded once from content/synonyms.json; after that the database is the source of truth.
 */
export const SearchTerms: CollectionConfig<'search-terms'> = {
  slug: 'search-terms',
  labels: {
    singular: { da: 'Søgeord', en: 'Search term' },
    plural: { da: 'Søgeord og forkortelser', en: 'Search terms and abbreviations' },
  },
  access: {
    create: isContentEditor,
    // The vocabulary is no secret: public searches use it, and suggestions show its terms.
    read: anyone,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'kind', 'updatedAt'],
    listSearchableFields: ['label', 'note'],
    group: { da: 'Søgning', en: 'Search' },
    description: {
      da: 'Ord, der finder hinanden i søgningen (fx PPR og pædagogisk psykologisk rådgivning). En ændring virker i søgningen inden for et minut.',
      en: 'Words that find each other in search. A change takes effect within a minute.',
    },
  },
  defaultSort: 'label',
  fields: [
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'group',
      label: { da: 'Slags', en: 'Kind' },
      options: [
        {
          value: 'group',
          label: { da: 'Ord, der finder hinanden', en: 'Words that find each other' },
        },
        {
          value: 'one-way',
          label: {
            da: 'Ét ord, der også finder andre (én vej)',
            en: 'One word that also finds others',
          },
        },
      ],
    },
    {
      name: 'term',
      type: 'text',
      label: { da: 'Når der søges på', en: 'When searching for' },
      maxLength: 200,
      validate: validateTerm,
      admin: {
        condition: (_data, siblingData) => siblingData?.kind === 'one-way',
        description: { da: 'Fx »serviceloven 52«.', en: 'E.g. "serviceloven 52".' },
      },
    },
    {
      name: 'terms',
      type: 'text',
      hasMany: true,
      required: true,
      maxRows: MAX_TERMS_PER_ENTRY,
      label: { da: 'Ord', en: 'Terms' },
      validate: validateTerms,
      admin: {
        description: {
          da: 'Skriv et ord eller et udtryk og tryk Enter. Små og store bogstaver er ligegyldige. En gruppe: alle ord finder hinanden. Én vej: ordene, som søgeordet ovenfor også finder.',
          en: 'Type a term and press Enter. A group: all terms find each other. One way: the terms the word above also finds.',
        },
      },
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: 500,
      label: { da: 'Note', en: 'Note' },
      admin: {
        description: { da: 'Hvorfor ordene hører sammen (valgfrit).', en: 'Why (optional).' },
      },
    },
    {
      // What the list shows (its link column): the terms in one line, set from them on every
      // save. Not `hidden`, which would drop it from the list's columns; not shown in the form.
      name: 'label',
      type: 'text',
      index: true,
      label: { da: 'Ord', en: 'Terms' },
      admin: { readOnly: true, condition: () => false },
    },
  ],
  hooks: {
    beforeValidate: [normalizeTerms],
    beforeChange: [describeEntry],
    afterChange: [queueApplyAfterChange],
    afterDelete: [queueApplyAfterDelete],
  },
}
