import type { Field } from 'payload'

import { danishArrayLabels } from '@/fields/arrayLabels'

import { adminOptions, caseworkerReportTimes, followUpFrequencies } from './options'

/**
 * The outcomes a listing aims at, each with how progress is followed up: the method or tool, how
 * often, what the caseworker receives and when. Structured, so that search can filter on the
 * outcome and the listing page can say »Sådan følges op«. Describes the effort, never a child.
 */
export function listingOutcomesField(): Field {
  return {
    name: 'outcomes',
    type: 'array',
    label: { da: 'Effektmål og opfølgning', en: 'Outcomes and follow-up' },
    admin: {
      description: {
        da: 'Hvad tilbuddet arbejder hen imod, og hvordan barnets fremskridt følges op. Beskriv indsatsen, aldrig et enkelt barn.',
        en: 'What the listing works towards, and how progress is followed up. Describe the effort, never an individual child.',
      },
    },
    ...danishArrayLabels(
      { da: 'Effektmål', en: 'Outcome' },
      { da: 'Effektmål og opfølgning', en: 'Outcomes and follow-up' },
    ),
    fields: [
      {
        name: 'outcome',
        type: 'relationship',
        relationTo: 'outcomes',
        required: true,
        label: { da: 'Effektmål', en: 'Outcome' },
      },
      {
        name: 'method',
        type: 'text',
        required: true,
        maxLength: 200,
        label: { da: 'Metode eller redskab', en: 'Method or tool' },
        admin: {
          description: {
            da: 'Fx »SDQ-spørgeskema«, »Skaleringsspørgsmål i samtalen«, »Skolens fraværsregistrering«.',
            en: 'E.g. a questionnaire, scaling questions, the school’s attendance record.',
          },
        },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'frequency',
            type: 'select',
            required: true,
            options: adminOptions(followUpFrequencies),
            label: { da: 'Hvor ofte', en: 'How often' },
          },
          {
            name: 'reportWhen',
            type: 'select',
            required: true,
            options: adminOptions(caseworkerReportTimes),
            label: { da: 'Sagsbehandleren får det', en: 'The caseworker receives it' },
          },
        ],
      },
      {
        name: 'caseworkerReceives',
        type: 'textarea',
        required: true,
        maxLength: 600,
        label: { da: 'Det får sagsbehandleren', en: 'What the caseworker receives' },
        admin: {
          description: {
            da: 'Fx »En kort statusnote med udviklingen på de aftalte mål«.',
            en: 'E.g. a short status note on the agreed goals.',
          },
        },
      },
    ],
  }
}
