import type { ArrayField, Field, TextareaField } from 'payload'

import { danishArrayLabels } from '@/fields/arrayLabels'

type Label = { da: string; en: string }

/** A free-text field of a tool (plain text; the input checks refuse CPR numbers in it). */
export const prose = (name: string, label: Label, maxLength = 4000, description?: Label) =>
  ({
    name,
    type: 'textarea',
    maxLength,
    label,
    admin: { rows: 3, ...(description ? { description } : {}) },
  }) satisfies TextareaField

/** A list of short statements (activities, outcomes, assumptions …): one row each. */
export const statements = (name: string, label: Label, one: Label, dbName: string): ArrayField => ({
  name,
  type: 'array',
  // Short table names: Postgres cuts identifiers at 63 characters (versions prefix them).
  dbName,
  label,
  ...danishArrayLabels(one, label),
  fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 600, label: one }],
})

/** A text line with a length limit. */
export const line = (name: string, label: Label, required = false, maxLength = 300): Field => ({
  name,
  type: 'text',
  required,
  maxLength,
  label,
})
