import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

import { REMINDERS_COLLECTION } from '../reminders'

const nobody = () => false

/**
 * What the reminder job remembers per listing: the review cycle, when its owners were last
 * reminded and when the secretariat was told. Written only by the job (src/freshness/reminders.ts);
 * admins may read it.
 */
export const ReviewReminders: CollectionConfig = {
  slug: REMINDERS_COLLECTION,
  labels: {
    singular: { da: 'Påmindelse om gennemgang', en: 'Review reminder' },
    plural: { da: 'Påmindelser om gennemgang', en: 'Review reminders' },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true, useAsTitle: 'listing' },
  fields: [
    {
      name: 'listing',
      type: 'text',
      required: true,
      unique: true,
      label: { da: 'Opslag (samling:id)', en: 'Listing (collection:id)' },
    },
    {
      name: 'cycleDueAt',
      type: 'date',
      required: true,
      label: { da: 'Gennemgang forfalder', en: 'Review due' },
    },
    { name: 'lastRemindedAt', type: 'date', label: { da: 'Senest mindet', en: 'Last reminded' } },
    {
      name: 'secretariatToldAt',
      type: 'date',
      label: { da: 'Sekretariatet underrettet', en: 'Secretariat told' },
    },
  ],
}
