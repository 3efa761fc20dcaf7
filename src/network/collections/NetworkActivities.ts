import type { CollectionConfig } from 'payload'

import { danishDateField } from '@/fields/danishDate'
import { externalIdField, importHashField } from '@/fields/externalId'
import { validateWith } from '@/fields/validate'

import { networkField, networkPartAccess, networkPartHooks } from './networkPart'

import { canReadNetworkPart } from '../access'
import { productLink } from '../domain'
import { activityGenres, activityStatuses, selectOptions } from '../options'

/**
 * The annual plan (årsplan): one row per activity, each with its purpose, genre and expected
 * product; shown per year on the network's page and as its iCalendar feed. Who reads and writes
 * follows the network (src/network/access.ts).
 */
export const NetworkActivities: CollectionConfig<'network-activities'> = {
  slug: 'network-activities',
  labels: {
    singular: { da: 'Aktivitet i årsplanen', en: 'Annual plan activity' },
    plural: { da: 'Årsplan (aktiviteter)', en: 'Annual plan (activities)' },
  },
  access: networkPartAccess(canReadNetworkPart),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'genre', 'status', 'network'],
    listSearchableFields: ['title', 'purpose'],
    group: { da: 'Netværk', en: 'Networks' },
  },
  defaultSort: 'startsAt',
  fields: [
    networkField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 160,
      label: { da: 'Titel', en: 'Title' },
    },
    {
      name: 'purpose',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: { da: 'Formål', en: 'Purpose' },
      admin: {
        description: {
          da: 'Hvorfor aktiviteten holdes: hvad skal deltagerne gå derfra med?',
          en: 'Why the activity is held.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'genre',
          type: 'select',
          required: true,
          label: { da: 'Genre', en: 'Genre' },
          options: selectOptions(activityGenres),
          admin: { width: '50%' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          index: true,
          label: { da: 'Status', en: 'Status' },
          options: selectOptions(activityStatuses),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'expectedProduct',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      label: { da: 'Forventet produkt', en: 'Expected product' },
      admin: {
        description: {
          da: 'Fx en fælles skabelon, et notat, en aftalt arbejdsgang.',
          en: 'E.g. a shared template, a note, an agreed procedure.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        danishDateField({
          name: 'startsAt',
          required: true,
          index: true,
          withTime: true,
          label: { da: 'Starter', en: 'Starts' },
          admin: { width: '50%' },
        }),
        danishDateField({
          name: 'endsAt',
          withTime: true,
          label: { da: 'Slutter', en: 'Ends' },
          rules: [],
          admin: { width: '50%' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'hostMunicipality',
          type: 'relationship',
          relationTo: 'municipalities',
          label: { da: 'Værtskommune', en: 'Host municipality' },
          admin: { width: '50%' },
        },
        {
          name: 'place',
          type: 'text',
          maxLength: 200,
          label: { da: 'Sted', en: 'Place' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'responsible',
          type: 'relationship',
          relationTo: 'users',
          label: { da: 'Ansvarlig (bruger)', en: 'Responsible (user)' },
          admin: { width: '50%' },
        },
        {
          name: 'responsibleName',
          type: 'text',
          maxLength: 160,
          label: { da: 'Ansvarlig (navn og titel)', en: 'Responsible (name and title)' },
          admin: {
            width: '50%',
            description: { da: 'For en person uden for portalen.', en: 'For someone outside.' },
          },
        },
      ],
    },
    {
      name: 'products',
      type: 'array',
      label: { da: 'Det, aktiviteten førte til', en: 'What it produced' },
      labels: {
        singular: { da: 'Produkt', en: 'Product' },
        plural: { da: 'Produkter', en: 'Products' },
      },
      admin: {
        description: {
          da: 'Efter aktiviteten: link til notat, skabelon, metode eller referat.',
          en: 'After the activity: links to what it produced.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              maxLength: 160,
              label: { da: 'Tekst', en: 'Label' },
              admin: { width: '40%' },
            },
            {
              name: 'url',
              type: 'text',
              required: true,
              maxLength: 500,
              label: { da: 'Link', en: 'Link' },
              validate: validateWith(productLink),
              admin: { width: '60%' },
            },
          ],
        },
      ],
    },
    externalIdField(),
    importHashField(),
  ],
  hooks: networkPartHooks,
}
