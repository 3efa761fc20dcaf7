import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { regionNames } from '@/domain/municipality'

export const Municipalities: CollectionConfig<'municipalities'> = {
  slug: 'municipalities',
  labels: {
    singular: { da: 'Kommune', en: 'Municipality' },
    plural: { da: 'Kommuner', en: 'Municipalities' },
  },
  access: {
    create: isAdmin,
    read: anyone,
    update: isAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'region', 'networkMember'],
    listSearchableFields: ['name', 'code'],
    group: { da: 'Administration', en: 'Administration' },
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { da: 'Kommunekode', en: 'Municipality code' },
      admin: { description: { da: 'Tre cifre, fx 259 for Køge.', en: 'Three digits, e.g. 259.' } },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d{3}$/.test(value)
          ? true
          : 'Kommunekoden skal være tre cifre, fx 259.',
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { da: 'Navn', en: 'Name' },
    },
    {
      name: 'region',
      type: 'select',
      required: true,
      label: { da: 'Region', en: 'Region' },
      options: regionNames.map((name) => ({ label: name, value: name })),
    },
    {
      name: 'networkMember',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { da: 'Med i netværket', en: 'Network member' },
    },
  ],
}
