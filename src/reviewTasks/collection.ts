import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { nobodyField } from '@/access/nobodyField'
import { listingCollections } from '@/domain/options'

import { canCompleteReviewTasks, canReadReviewTasks } from './access'
import { REVIEW_TASKS, reviewTaskAssignees, reviewTaskKinds, reviewTaskStatuses } from './kinds'

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Only the system writes these: a person changes a task's status and nothing else. */
const systemOnly = { update: nobodyField, create: nobodyField }

/** Who closed a task and when; a reopened task forgets both. */
const stampCompletion: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data.status === 'done' && originalDoc?.status !== 'done') {
    return {
      ...data,
      completedAt: data.completedAt ?? new Date().toISOString(),
      completedBy: data.completedBy ?? req.user?.id ?? null,
    }
  }
  if (data.status === 'open' && originalDoc?.status === 'done') {
    return { ...data, completedAt: null, completedBy: null }
  }
  return data
}

/**
 * Work for a listing's owners or for the consultants that jobs and hooks create (a listing cites a
 * repealed provision, a note asks for a listing to be checked against it, an act was amended) and
 * a person closes. Created through src/reviewTasks/index.ts only; unique per `dedupeKey`.
 */
export const ReviewTasks: CollectionConfig = {
  slug: REVIEW_TASKS,
  labels: {
    singular: { da: 'Opgave', en: 'Review task' },
    plural: { da: 'Opgaver', en: 'Review tasks' },
  },
  access: {
    create: nobody,
    read: canReadReviewTasks,
    update: canCompleteReviewTasks,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'assignee', 'createdAt'],
    listSearchableFields: ['title', 'detail'],
    group: { da: 'Opgaver', en: 'Tasks' },
    description: {
      da: 'Opgaver, som portalen selv opretter: opslag der henviser til ophævede bestemmelser, opslag der skal bekræftes mod ny lovgivning, og love der er ændret. Sæt status til »Løst«, når opgaven er klaret.',
      en: 'Tasks the portal creates itself. Set the status to done when the task is handled.',
    },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { da: 'Opgave', en: 'Task' },
      access: systemOnly,
    },
    {
      name: 'detail',
      type: 'textarea',
      label: { da: 'Beskrivelse', en: 'Detail' },
      access: systemOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          options: options(reviewTaskStatuses),
          label: { da: 'Status', en: 'Status' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: options(reviewTaskKinds),
          label: { da: 'Slags', en: 'Kind' },
          access: systemOnly,
        },
        {
          name: 'assignee',
          type: 'select',
          required: true,
          options: options(reviewTaskAssignees),
          label: { da: 'Til', en: 'For' },
          access: systemOnly,
        },
      ],
    },
    {
      name: 'listing',
      type: 'relationship',
      relationTo: [...listingCollections],
      index: true,
      label: { da: 'Opslag', en: 'Listing' },
      access: systemOnly,
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { da: 'Organisation', en: 'Organization' },
      admin: {
        description: {
          da: 'Opslagets organisation: dens redaktører ser opgaven.',
          en: 'The listing’s organization: its editors see the task.',
        },
      },
      access: systemOnly,
    },
    {
      name: 'note',
      type: 'relationship',
      relationTo: 'legislation-notes',
      index: true,
      label: { da: 'Lovgivningsnote', en: 'Legislation note' },
      access: systemOnly,
    },
    {
      name: 'legalBasis',
      type: 'relationship',
      relationTo: 'legal-bases',
      index: true,
      label: { da: 'Lovgrundlag', en: 'Legal basis' },
      access: systemOnly,
    },
    {
      name: 'dedupeKey',
      type: 'text',
      required: true,
      unique: true,
      label: { da: 'Nøgle', en: 'Key' },
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'completedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { da: 'Løst af', en: 'Completed by' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'completedAt',
          type: 'date',
          label: { da: 'Løst', en: 'Completed' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          access: systemOnly,
        },
      ],
    },
  ],
  hooks: { beforeChange: [stampCompletion] },
  timestamps: true,
}
