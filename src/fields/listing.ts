import type { Field, PayloadRequest } from 'payload'

import {
  capacityStatuses,
  costTypes,
  evidenceLevels,
  languages,
  rateUnits,
  selectOptions,
} from '@/domain/options'
import { canReadContact } from '@/access/canReadContact'
import { canReadInternalFields } from '@/access/canReadInternalFields'
import { organizationOf } from '@/access/organizationOf'
import { age, AGE_ORDER_MESSAGE, rateDkk, todayInDenmark } from '@/domain/rules'

import { addressFields } from './address'
import { danishArrayLabels } from './arrayLabels'
import { authorshipFields } from './authorship'
import { contactFields } from './contact'
import { danishDateField } from './danishDate'
import { externalIdField, importHashField } from './externalId'
import { responsibleConsultantField } from './responsibleConsultant'
import { slugField } from './slug'
import { validateWith } from './validate'
import { visibilityField } from './visibility'
import { listingOutcomesField } from '@/outcomes/listingField'

const internal = {
  da: 'Intern: vises kun for fagpersoner, der er logget ind.',
  en: 'Internal: shown to logged-in professionals only.',
}

type Sibling = Record<string, unknown> | undefined

/**
 * The fields every listing has (offers, mentors, school options), in the order the admin shows
 * them. Names follow ../shared/DESIGN.md; the HSDS names are in the README. `kindFields` are the
 * fields of one kind, shown in their own tab.
 */
export function listingFields({
  kindLabel,
  kindFields,
}: {
  kindLabel: { da: string; en: string }
  kindFields: Field[]
}): Field[] {
  return [
    { name: 'title', type: 'text', required: true, label: { da: 'Titel', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 400,
      label: { da: 'Kort beskrivelse', en: 'Summary' },
      admin: {
        description: {
          da: 'Et til to sætninger, der vises i søgeresultatet.',
          en: 'One or two sentences shown in search results.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { da: 'Indhold', en: 'Content' },
          fields: [
            {
              name: 'description',
              type: 'richText',
              label: { da: 'Beskrivelse', en: 'Description' },
            },
            {
              name: 'provider',
              type: 'relationship',
              relationTo: 'organizations',
              required: true,
              index: true,
              label: { da: 'Udbyder', en: 'Provider' },
              // An NGO editor writes for their own organization only (access enforces it).
              defaultValue: ({ user }) => organizationOf(user),
            },
            {
              name: 'schedule',
              type: 'textarea',
              label: { da: 'Tidspunkter og forløb', en: 'Schedule' },
            },
          ],
        },
        {
          label: { da: 'Målgruppe', en: 'Target group' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'ageMin',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 30,
                  label: { da: 'Alder fra', en: 'Age from' },
                  validate: validateWith(age),
                },
                {
                  name: 'ageMax',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 30,
                  label: { da: 'Alder til', en: 'Age to' },
                  validate: (value: unknown, { siblingData }: { siblingData: Sibling }) => {
                    const single = validateWith(age)(value)
                    if (single !== true) return single
                    const min = siblingData?.ageMin
                    return typeof min === 'number' && typeof value === 'number' && min > value
                      ? AGE_ORDER_MESSAGE
                      : true
                  },
                },
              ],
            },
            {
              name: 'topics',
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              label: { da: 'Emner', en: 'Topics' },
            },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              options: selectOptions(languages),
              defaultValue: ['da'],
              label: { da: 'Sprog', en: 'Languages' },
            },
            {
              name: 'wholeNetwork',
              type: 'checkbox',
              defaultValue: false,
              label: { da: 'Kan bruges i hele netværket', en: 'Available in the whole network' },
            },
            {
              name: 'coverage',
              type: 'relationship',
              relationTo: 'municipalities',
              hasMany: true,
              label: { da: 'Kommuner, hvor tilbuddet kan bruges', en: 'Municipalities covered' },
              filterOptions: { networkMember: { equals: true } },
              validate: (value: unknown, { siblingData }: { siblingData: Sibling }) =>
                siblingData?.wholeNetwork || (Array.isArray(value) && value.length > 0)
                  ? true
                  : 'Angiv de kommuner, hvor tilbuddet kan bruges, eller at det gælder hele netværket.',
            },
          ],
        },
        {
          label: { da: 'Henvisning og pris', en: 'Referral and cost' },
          fields: [
            {
              name: 'legalBasis',
              type: 'relationship',
              relationTo: 'legal-bases',
              hasMany: true,
              label: { da: 'Lovgrundlag', en: 'Legal basis' },
            },
            {
              name: 'referral',
              type: 'group',
              label: { da: 'Henvisning', en: 'Referral' },
              fields: [
                {
                  name: 'howTo',
                  type: 'textarea',
                  required: true,
                  label: { da: 'Sådan henviser man', en: 'How to refer' },
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'municipalDecisionRequired',
                      type: 'checkbox',
                      defaultValue: false,
                      label: {
                        da: 'Kræver myndighedsafgørelse',
                        en: 'Requires a municipal decision',
                      },
                    },
                    {
                      name: 'selfReferral',
                      type: 'checkbox',
                      defaultValue: false,
                      label: { da: 'Familien kan selv henvende sig', en: 'Self-referral possible' },
                    },
                  ],
                },
                {
                  name: 'internalNote',
                  type: 'textarea',
                  label: { da: 'Intern note om henvisning', en: 'Internal referral note' },
                  admin: { description: internal },
                  access: { read: canReadInternalFields },
                },
              ],
            },
            {
              name: 'cost',
              type: 'group',
              label: { da: 'Pris', en: 'Cost' },
              fields: [
                {
                  name: 'type',
                  type: 'select',
                  required: true,
                  defaultValue: 'free',
                  options: selectOptions(costTypes),
                  label: { da: 'Gratis eller betalt', en: 'Free or paid' },
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'rateDkk',
                      type: 'number',
                      min: 0,
                      label: { da: 'Takst (kr.)', en: 'Rate (DKK)' },
                      access: { read: canReadInternalFields },
                      admin: {
                        description: internal,
                        condition: (_data, sibling) => sibling?.type === 'paid',
                      },
                      validate: (
                        value: unknown,
                        { siblingData, req }: { siblingData: Sibling; req?: PayloadRequest },
                      ) => {
                        // The importer's own rules let a paid listing of open data (HSDS, which
                        // never carries the rate) come without one (`cost.rateUnknown`).
                        if (
                          siblingData?.type === 'paid' &&
                          (value === null || value === undefined) &&
                          req?.context?.importing !== true
                        ) {
                          return 'Et betalt tilbud skal have en takst.'
                        }
                        return validateWith(rateDkk)(value)
                      },
                    },
                    {
                      name: 'rateUnit',
                      type: 'select',
                      options: selectOptions(rateUnits),
                      label: { da: 'Enhed', en: 'Unit' },
                      admin: { condition: (_data, sibling) => sibling?.type === 'paid' },
                    },
                  ],
                },
                {
                  name: 'rateNote',
                  type: 'textarea',
                  label: { da: 'Note om takst', en: 'Rate note' },
                  access: { read: canReadInternalFields },
                  admin: {
                    description: internal,
                    condition: (_data, sibling) => sibling?.type === 'paid',
                  },
                },
              ],
            },
            {
              name: 'capacity',
              type: 'group',
              label: { da: 'Kapacitet', en: 'Capacity' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'status',
                      type: 'select',
                      required: true,
                      defaultValue: 'open',
                      options: selectOptions(capacityStatuses),
                      label: { da: 'Status', en: 'Status' },
                    },
                    {
                      name: 'waitingWeeks',
                      type: 'number',
                      min: 0,
                      label: { da: 'Ventetid (uger)', en: 'Waiting time (weeks)' },
                      validate: (value: unknown, { siblingData }: { siblingData: Sibling }) => {
                        if (
                          siblingData?.status === 'waitlist' &&
                          (value === null || value === undefined)
                        ) {
                          return 'Angiv ventetiden i uger.'
                        }
                        return typeof value === 'number' && value < 0
                          ? 'Ventetiden kan ikke være negativ.'
                          : true
                      },
                    },
                    danishDateField({
                      name: 'asOf',
                      required: true,
                      missingMessage: 'Angiv, hvornår kapaciteten er opgjort.',
                      label: { da: 'Opgjort den', en: 'As of' },
                      rules: [
                        (day) =>
                          day > todayInDenmark()
                            ? 'Datoen for kapaciteten kan ikke ligge i fremtiden.'
                            : true,
                      ],
                    }),
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { da: 'Kontakt og sted', en: 'Contact and place' },
          fields: [
            {
              name: 'contacts',
              type: 'array',
              // Row by row: internal contacts are internal data, also in queries (canReadContact).
              access: { read: canReadContact },
              label: { da: 'Kontakter', en: 'Contacts' },
              ...danishArrayLabels(
                { da: 'Kontakt', en: 'Contact' },
                { da: 'Kontakter', en: 'Contacts' },
              ),
              fields: [
                ...contactFields({ read: canReadContact }),
                {
                  name: 'internal',
                  type: 'checkbox',
                  defaultValue: false,
                  label: {
                    da: 'Kun for fagpersoner (intern)',
                    en: 'Professionals only (internal)',
                  },
                },
              ],
            },
            {
              name: 'locations',
              type: 'array',
              label: { da: 'Steder', en: 'Locations' },
              ...danishArrayLabels(
                { da: 'Sted', en: 'Location' },
                { da: 'Steder', en: 'Locations' },
              ),
              fields: [
                { name: 'name', type: 'text', label: { da: 'Stedets navn', en: 'Name' } },
                ...addressFields(),
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'latitude',
                      type: 'number',
                      min: 54.5,
                      max: 57.8,
                      label: { da: 'Breddegrad', en: 'Latitude' },
                    },
                    {
                      name: 'longitude',
                      type: 'number',
                      min: 8,
                      max: 15.3,
                      label: { da: 'Længdegrad', en: 'Longitude' },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { da: 'Evidens', en: 'Evidence' },
          fields: [
            {
              name: 'evidence',
              type: 'group',
              label: { da: 'Evidens og resultater', en: 'Evidence and results' },
              fields: [
                {
                  name: 'level',
                  type: 'select',
                  options: selectOptions(evidenceLevels),
                  label: { da: 'Evidensniveau', en: 'Evidence level' },
                },
                {
                  name: 'results',
                  type: 'textarea',
                  label: { da: 'Dokumenterede resultater', en: 'Documented results' },
                },
                {
                  name: 'theoryOfChange',
                  type: 'textarea',
                  label: { da: 'Forandringsteori', en: 'Theory of change' },
                },
              ],
            },
            // Outcomes aimed at and how progress is followed up (src/outcomes).
            listingOutcomesField(),
          ],
        },
        { label: kindLabel, fields: kindFields },
      ],
    },
    visibilityField(),
    slugField('title'),
    externalIdField(),
    responsibleConsultantField('listing'),
    danishDateField({
      name: 'lastVerifiedAt',
      label: { da: 'Senest kontrolleret', en: 'Last verified' },
      admin: { position: 'sidebar' },
    }),
    danishDateField({
      name: 'nextReviewAt',
      index: true,
      label: { da: 'Næste gennemgang', en: 'Next review' },
      admin: { position: 'sidebar' },
    }),
    ...authorshipFields(),
    importHashField(),
  ]
}
