import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { laws, selectOptions } from '@/domain/options'
import { eli } from '@/domain/rules'
import { externalIdField, importHashField } from '@/fields/externalId'
import { danishDateField } from '@/fields/danishDate'
import { validateWith } from '@/fields/validate'

import { setCitation } from './hooks/setCitation'

/** A provision of a law (law, §, stk., nr.), its validity and the provision it took over. */
export const LegalBases: CollectionConfig<'legal-bases'> = {
  slug: 'legal-bases',
  labels: {
    singular: { da: 'Lovgrundlag', en: 'Legal basis' },
    plural: { da: 'Lovgrundlag', en: 'Legal bases' },
  },
  access: {
    create: isContentEditor,
    read: anyone,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'citation',
    defaultColumns: ['citation', 'heading', 'validFrom', 'validTo'],
    listSearchableFields: ['citation', 'heading'],
    group: { da: 'Lovgivning', en: 'Legislation' },
  },
  defaultSort: 'citation',
  fields: [
    {
      name: 'citation',
      type: 'text',
      label: { da: 'Henvisning', en: 'Citation' },
      admin: {
        readOnly: true,
        description: {
          da: 'Dannes af lov, paragraf, stk. og nr.',
          en: 'Built from law, section, subsection and number.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'law',
          type: 'select',
          required: true,
          options: selectOptions(laws),
          label: { da: 'Lov', en: 'Act' },
        },
        {
          name: 'paragraph',
          type: 'text',
          required: true,
          label: { da: 'Paragraf (§)', en: 'Section (§)' },
          validate: (value: unknown) =>
            typeof value === 'string' && /^\d+[a-z]?$/.test(value)
              ? true
              : 'Paragraffen skal være et nummer, fx 32 eller 52a.',
        },
        { name: 'subsection', type: 'text', label: { da: 'Stk.', en: 'Subsection' } },
        { name: 'number', type: 'text', label: { da: 'Nr.', en: 'Number' } },
      ],
    },
    { name: 'heading', type: 'text', required: true, label: { da: 'Overskrift', en: 'Heading' } },
    {
      name: 'eli',
      type: 'text',
      required: true,
      label: { da: 'Link til Retsinformation (ELI)', en: 'Retsinformation link (ELI)' },
      validate: validateWith(eli),
    },
    {
      type: 'row',
      fields: [
        danishDateField({
          name: 'validFrom',
          required: true,
          label: { da: 'Gælder fra', en: 'Valid from' },
        }),
        danishDateField({
          name: 'validTo',
          label: { da: 'Gælder til', en: 'Valid to' },
        }),
      ],
    },
    {
      name: 'replaces',
      type: 'relationship',
      relationTo: 'legal-bases',
      label: { da: 'Erstatter bestemmelsen', en: 'Replaces' },
      admin: {
        description: {
          da: 'Fx den bestemmelse i Serviceloven, som Barnets Lov overtog 1. januar 2024.',
          en: 'E.g. the Social Services Act provision the Children’s Act took over.',
        },
      },
    },
    {
      name: 'replacedBy',
      type: 'join',
      collection: 'legal-bases',
      on: 'replaces',
      label: { da: 'Erstattet af', en: 'Replaced by' },
    },
    externalIdField(),
    importHashField(),
  ],
  hooks: {
    beforeChange: [setCitation],
  },
}
