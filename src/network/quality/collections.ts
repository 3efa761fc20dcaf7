import type { CollectionConfig } from 'payload'

import { nobodyField } from '@/access/nobodyField'
import { externalIdField, importHashField } from '@/fields/externalId'

import {
  canCreateAnswers,
  canCreateIndicatorSets,
  canDeleteAnswers,
  canEditIndicatorSets,
  canReadQuality,
  canWriteAnswers,
} from './access'
import { checkAnswer } from './hooks/checkAnswer'
import { checkIndicatorSet } from './hooks/checkIndicatorSet'
import { keepWithinEditableNetworks } from '@/network/hooks/keepWithinEditableNetworks'
import { FIRST_YEAR, LAST_YEAR, SCORE_MAX, SCORE_MIN, suggestedThemes } from './scale'

const network = {
  name: 'network',
  type: 'relationship',
  relationTo: 'networks',
  required: true,
  index: true,
  label: { da: 'Netværk', en: 'Network' },
} as const

/**
 * A network's indicators of cooperation quality (after seed 002): statements grouped by theme,
 * each scored 1–5 by every member municipality once a year. Defined by the network's secretariat.
 */
export const QualityIndicatorSets: CollectionConfig<'quality-indicator-sets'> = {
  slug: 'quality-indicator-sets',
  labels: {
    singular: {
      da: 'Indikatorsæt for samarbejdskvalitet',
      en: 'Cooperation quality indicator set',
    },
    plural: { da: 'Samarbejdskvalitet: indikatorer', en: 'Cooperation quality: indicators' },
  },
  access: {
    create: canCreateIndicatorSets,
    read: canReadQuality,
    update: canEditIndicatorSets,
    delete: canEditIndicatorSets,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'network', 'updatedAt'],
    group: { da: 'Netværk', en: 'Networks' },
  },
  fields: [
    network,
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 160,
      label: { da: 'Titel', en: 'Title' },
    },
    {
      name: 'introduction',
      type: 'textarea',
      maxLength: 2000,
      label: { da: 'Vejledning til kommunerne', en: 'Guidance for the municipalities' },
    },
    {
      name: 'themes',
      type: 'array',
      required: true,
      minRows: 1,
      label: { da: 'Temaer', en: 'Themes' },
      labels: { singular: { da: 'Tema', en: 'Theme' }, plural: { da: 'Temaer', en: 'Themes' } },
      admin: {
        description: {
          da: `Fx ${suggestedThemes.join(', ')}. Hvert udsagn scores 1–5 af hver medlemskommune én gang om året.`,
          en: 'E.g. anchoring, learning across, coordination, meeting citizens.',
        },
      },
      fields: [
        {
          name: 'theme',
          type: 'text',
          required: true,
          maxLength: 120,
          label: { da: 'Tema', en: 'Theme' },
        },
        {
          name: 'indicators',
          type: 'array',
          required: true,
          minRows: 1,
          label: { da: 'Udsagn', en: 'Statements' },
          labels: {
            singular: { da: 'Udsagn', en: 'Statement' },
            plural: { da: 'Udsagn', en: 'Statements' },
          },
          fields: [
            {
              name: 'statement',
              type: 'textarea',
              required: true,
              maxLength: 500,
              label: { da: 'Udsagn', en: 'Statement' },
            },
            {
              name: 'key',
              type: 'text',
              label: { da: 'Nøgle', en: 'Key' },
              admin: {
                description: {
                  da: 'Fast nøgle, som besvarelserne henviser til. Udfyldes fra udsagnet; ændr den ikke, når der er svar.',
                  en: 'Stable key the answers refer to. Filled from the statement.',
                },
              },
            },
          ],
        },
      ],
    },
    externalIdField(),
    importHashField(),
  ],
  hooks: { beforeValidate: [keepWithinEditableNetworks, checkIndicatorSet] },
}

/**
 * One member municipality's answer to an indicator set for one year: a score 1–5 and an optional
 * comment per statement. Answers are per municipality, never per child or per named employee.
 */
export const QualityAnswers: CollectionConfig<'quality-answers'> = {
  slug: 'quality-answers',
  labels: {
    singular: { da: 'Besvarelse (samarbejdskvalitet)', en: 'Cooperation quality answer' },
    plural: { da: 'Samarbejdskvalitet: besvarelser', en: 'Cooperation quality: answers' },
  },
  access: {
    create: canCreateAnswers,
    read: canReadQuality,
    update: canWriteAnswers,
    delete: canDeleteAnswers,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'municipality', 'year', 'indicatorSet'],
    group: { da: 'Netværk', en: 'Networks' },
    description: {
      da: 'Kommunens samlede vurdering – aldrig om et enkelt barn eller en navngiven medarbejder.',
      en: "The municipality's overall assessment – never about a child or a named employee.",
    },
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'indicatorSet',
      type: 'relationship',
      relationTo: 'quality-indicator-sets',
      required: true,
      index: true,
      label: { da: 'Indikatorsæt', en: 'Indicator set' },
    },
    {
      ...network,
      required: false,
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      required: true,
      index: true,
      label: { da: 'Kommune', en: 'Municipality' },
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      min: FIRST_YEAR,
      max: LAST_YEAR,
      index: true,
      label: { da: 'År', en: 'Year' },
      admin: { step: 1 },
    },
    {
      name: 'scores',
      type: 'array',
      label: { da: 'Scorer', en: 'Scores' },
      labels: { singular: { da: 'Score', en: 'Score' }, plural: { da: 'Scorer', en: 'Scores' } },
      fields: [
        {
          name: 'indicator',
          type: 'text',
          required: true,
          label: { da: 'Indikator (nøgle)', en: 'Indicator (key)' },
        },
        {
          name: 'score',
          type: 'number',
          required: true,
          min: SCORE_MIN,
          max: SCORE_MAX,
          label: { da: 'Score (1–5)', en: 'Score (1–5)' },
          admin: { step: 1 },
          validate: (value: number | null | undefined) =>
            Number.isInteger(value) && value! >= SCORE_MIN && value! <= SCORE_MAX
              ? true
              : 'Scoren skal være et helt tal fra 1 til 5.',
        },
        {
          name: 'comment',
          type: 'textarea',
          maxLength: 1000,
          label: { da: 'Kommentar (valgfri)', en: 'Comment (optional)' },
          admin: {
            description: {
              da: 'Skriv om kommunens praksis – ikke om enkelte børn eller navngivne medarbejdere.',
              en: 'About the practice – not about a child or a named employee.',
            },
          },
        },
      ],
    },
    {
      // "Greve 2025 · Samarbejdskvalitet", for the admin's lists.
      name: 'title',
      type: 'text',
      admin: { hidden: true },
      access: { create: nobodyField, update: nobodyField },
      hooks: {
        beforeChange: [
          async ({ siblingData, originalDoc, req }) => {
            const id = siblingData.municipality ?? originalDoc?.municipality
            // access: the municipality's name, for the answer's own title.
            const municipality = id
              ? await req.payload
                  .findByID({
                    collection: 'municipalities',
                    id,
                    depth: 0,
                    overrideAccess: true,
                    req,
                  })
                  .catch(() => null)
              : null
            return `${municipality?.name ?? 'Kommune'} ${siblingData.year ?? originalDoc?.year ?? ''}`.trim()
          },
        ],
      },
    },
    externalIdField(),
    importHashField(),
  ],
  hooks: { beforeChange: [checkAnswer] },
  indexes: [{ fields: ['indicatorSet', 'municipality', 'year'], unique: true }],
}
