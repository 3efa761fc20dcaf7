import type { CollectionConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { canReadNotes } from '@/access/canReadNotes'
import { keepReadableOnly, queryReadableOnly } from '@/access/keepReadableOnly'
import { EFFECTIVE_DATE_MESSAGE } from '@/domain/rules'
import { authorshipFields } from '@/fields/authorship'
import { danishDateField } from '@/fields/danishDate'
import { externalIdField, importHashField } from '@/fields/externalId'
import { slugField } from '@/fields/slug'
import { visibilityField } from '@/fields/visibility'

/** Short practice notes on new legislation, linked to the listings they affect. */
export const LegislationNotes: CollectionConfig<'legislation-notes'> = {
  slug: 'legislation-notes',
  labels: {
    singular: { da: 'Lovgivningsnote', en: 'Legislation note' },
    plural: { da: 'Lovgivningsnoter', en: 'Legislation notes' },
  },
  access: {
    create: isContentEditor,
    read: canReadNotes,
    readVersions: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'effectiveDate', 'visibility', '_status'],
    listSearchableFields: ['title', 'summary', 'externalId'],
    group: { da: 'Lovgivning', en: 'Legislation' },
  },
  defaultSort: '-effectiveDate',
  fields: [
    { name: 'title', type: 'text', required: true, label: { da: 'Titel', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 400,
      label: { da: 'Kort resumé', en: 'Summary' },
    },
    { name: 'body', type: 'richText', required: true, label: { da: 'Tekst', en: 'Text' } },
    danishDateField({
      name: 'effectiveDate',
      index: true,
      missingMessage: EFFECTIVE_DATE_MESSAGE,
      label: { da: 'Ikrafttræden', en: 'In force from' },
    }),
    {
      name: 'legalBases',
      type: 'relationship',
      relationTo: 'legal-bases',
      hasMany: true,
      label: { da: 'Lovgrundlag', en: 'Legal bases' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { da: 'Emner', en: 'Topics' },
    },
    {
      name: 'affects',
      type: 'relationship',
      relationTo: ['offers', 'mentors', 'school-options'],
      hasMany: true,
      label: { da: 'Berørte opslag', en: 'Listings affected' },
      hooks: { afterRead: [keepReadableOnly] },
    },
    visibilityField(),
    slugField('title'),
    externalIdField(),
    ...authorshipFields(),
    importHashField(),
  ],
  hooks: {
    // `affects` is filtered per reader in documents; queries on it follow the same rule.
    beforeOperation: [queryReadableOnly<'legislation-notes'>('affects')],
  },
  versions: {
    drafts: { schedulePublish: false },
    maxPerDoc: 50,
  },
}
