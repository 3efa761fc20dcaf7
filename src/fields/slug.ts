import type { Field, FieldHook } from 'payload'

import { slug as slugRule, slugify } from '@/domain/rules'

import { notForNgoEditors } from './technical'
import { validateWith } from './validate'

/** Fills the slug from `sourceField` when it is left empty. */
const formatSlug =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  label: { da: 'Adresse (slug)', en: 'Slug' },
  validate: validateWith(slugRule),
  admin: {
    position: 'sidebar',
    condition: notForNgoEditors,
    description: {
      da: 'Bruges i sidens adresse. Udfyldes automatisk fra titlen.',
      en: 'Used in the page address. Filled from the title.',
    },
  },
  hooks: { beforeValidate: [formatSlug(sourceField)] },
})
