import type { Field } from 'payload'

import { danishDateField } from '@/fields/danishDate'

/**
 * Moderation state of a document's newest draft. Set by hooks (src/moderation), never by the
 * editor: an NGO editor's save marks it "awaiting review"; a consultant publishes it or sends it
 * back with a comment the editor sees here.
 */
export const reviewFields = (): Field => ({
  name: 'review',
  type: 'group',
  label: { da: 'Gennemsyn', en: 'Review' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.review?.status),
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: { da: 'Status', en: 'Status' },
      options: [
        {
          value: 'awaiting-review',
          label: { da: 'Afventer gennemsyn', en: 'Awaiting review' },
        },
        { value: 'changes-requested', label: { da: 'Sendt tilbage', en: 'Sent back' } },
      ],
    },
    {
      name: 'comment',
      type: 'textarea',
      label: { da: 'Kommentar fra konsulent', en: 'Comment from consultant' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Indsendt af', en: 'Submitted by' },
    },
    danishDateField({
      name: 'submittedAt',
      withTime: true,
      label: { da: 'Indsendt', en: 'Submitted' },
    }),
  ],
})
