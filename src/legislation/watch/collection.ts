import type { CollectionConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { nobody } from '@/access/nobody'

export const WATCHED_ACTS = 'retsinformation-acts'

export const actStatuses = [
  { value: 'in-force', label: { da: 'I kraft', en: 'In force' } },
  { value: 'not-in-force', label: { da: 'Ikke i kraft', en: 'Not in force' } },
  { value: 'unknown', label: { da: 'Ukendt', en: 'Unknown' } },
] as const

export type ActStatus = (typeof actStatuses)[number]['value']

const readOnly = { readOnly: true } as const

/**
 * What the Retsinformation watch knows per cited act (one row per ELI that legal bases link to):
 * whether it is in force, the acts that have changed it, and how its last checks went. Written
 * only by the watch job (src/legislation/watch/watch.ts); consultants and the secretariat read it
 * in the admin (Lovgivning › Lovovervågning) and in the Overblik.
 */
export const RetsinformationActs: CollectionConfig = {
  slug: WATCHED_ACTS,
  labels: {
    singular: { da: 'Overvåget lov', en: 'Watched act' },
    plural: { da: 'Lovovervågning', en: 'Act watch' },
  },
  access: { read: isContentEditor, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'law',
    defaultColumns: ['law', 'status', 'lastSucceededAt', 'failures'],
    group: { da: 'Lovgivning', en: 'Legislation' },
    description: {
      da: 'Love, som lovgrundlagene henviser til, og hvad Retsinformation senest sagde om dem. Udfyldes af overvågningen (RETSINFORMATION_URL); en ny ændringslov giver en opgave til konsulenterne.',
      en: 'Acts the legal bases cite, and what Retsinformation last said about them. Filled in by the watch (RETSINFORMATION_URL); a new amending act opens a task for the consultants.',
    },
  },
  defaultSort: 'law',
  fields: [
    {
      name: 'eli',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { da: 'Loven på Retsinformation (ELI)', en: 'Act on Retsinformation (ELI)' },
      admin: readOnly,
    },
    { name: 'law', type: 'text', label: { da: 'Lov', en: 'Act' }, admin: readOnly },
    {
      name: 'title',
      type: 'text',
      label: { da: 'Titel på Retsinformation', en: 'Title on Retsinformation' },
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      options: actStatuses.map((status) => ({ ...status })),
      defaultValue: 'unknown',
      label: { da: 'Status', en: 'Status' },
      admin: readOnly,
    },
    {
      name: 'noLongerInForceOn',
      type: 'text',
      label: { da: 'Ikke i kraft fra', en: 'Not in force from' },
      admin: readOnly,
    },
    {
      name: 'amendedBy',
      type: 'array',
      label: { da: 'Ændret ved', en: 'Amended by' },
      labels: {
        singular: { da: 'Ændringslov', en: 'Amending act' },
        plural: { da: 'Ændringslove', en: 'Amending acts' },
      },
      admin: { ...readOnly, initCollapsed: true },
      fields: [
        { name: 'eli', type: 'text', required: true, label: 'ELI' },
        { name: 'label', type: 'text', label: { da: 'Betegnelse', en: 'Citation' } },
        {
          name: 'firstSeenAt',
          type: 'date',
          label: { da: 'Set første gang', en: 'First seen' },
        },
        {
          name: 'baseline',
          type: 'checkbox',
          defaultValue: false,
          label: {
            da: 'Kendt ved første kontrol (ingen opgave)',
            en: 'Known at the first check (no task)',
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lastCheckedAt',
          type: 'date',
          label: { da: 'Seneste kontrol', en: 'Last check' },
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'lastSucceededAt',
          type: 'date',
          label: { da: 'Seneste vellykkede kontrol', en: 'Last successful check' },
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'failures',
          type: 'number',
          defaultValue: 0,
          label: { da: 'Fejl i træk', en: 'Failures in a row' },
          admin: readOnly,
        },
      ],
    },
    {
      name: 'lastError',
      type: 'text',
      label: { da: 'Seneste fejl', en: 'Last error' },
      admin: readOnly,
    },
  ],
}
