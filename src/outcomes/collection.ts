import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { importHashField } from '@/fields/externalId'
import { slugField } from '@/fields/slug'

import { refuseDeleteInUse } from './hooks/refuseDeleteInUse'

/**
 * What a listing aims to change for the child or the family (after the theory-of-change idea and
 * the systematic focus on the child's progression, seed 004): trivsel, skolefremmøde og læring …
 * Managed by consultants and admins, read by everyone. Never anything about an individual child.
 */
export const Outcomes: CollectionConfig<'outcomes'> = {
  slug: 'outcomes',
  labels: {
    singular: { da: 'Effektmål', en: 'Outcome' },
    plural: { da: 'Effektmål', en: 'Outcomes' },
  },
  access: {
    create: isContentEditor,
    read: anyone,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: { da: 'Opslag', en: 'Listings' },
    description: {
      da: 'Det, et tilbud arbejder hen imod for barnet eller familien, og som der følges op på.',
      en: 'What a listing works towards for the child or the family, and follows up on.',
    },
  },
  defaultSort: 'name',
  hooks: { beforeDelete: [refuseDeleteInUse] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { da: 'Navn', en: 'Name' } },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 400,
      label: { da: 'Kort beskrivelse', en: 'Short description' },
    },
    slugField('name'),
    importHashField(),
  ],
}
