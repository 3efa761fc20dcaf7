import type { Field, FieldHook } from 'payload'
import type { z } from 'zod'

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

/** `rule`: the slug's own rule where a collection's pages need more (e.g. reserved words). */
export const slugField = (sourceField = 'title', rule: z.ZodType = slugRule): Field => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  label: { da: 'Adresse (slug)', en: 'Slug' },
  validate: validateWith(rule),
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
