import { ValidationError, type DateField, type FieldHook } from 'payload'

import { parseDanishDate } from '@/domain/danishDate'

type Label = { da: string; en: string; nb?: string }

type SiblingData = Record<string, unknown>

/** An extra rule on a readable date: its Copenhagen day (`yyyy-mm-dd`) and the sibling data. */
export type DanishDayRule = (day: string, args: { siblingData: SiblingData }) => true | string

export type DanishDateFieldOptions = {
  name: string
  label: Label
  /** Passed to Payload as is (it decides NOT NULL and the label's star); keep it as it was. */
  required?: boolean
  /** Refuse an empty value with this message when publishing, without `required`. */
  missingMessage?: string
  index?: boolean
  /** A date and a time (Copenhagen wall clock) instead of a calendar day. */
  withTime?: boolean
  /** Extra rules on the day, run after it was read (e.g. not in the future). */
  rules?: DanishDayRule[]
  admin?: Omit<NonNullable<DateField['admin']>, 'components' | 'date'>
}

const COMPONENTS = '/components/admin/'

/** The Copenhagen day of a date value (stored, sent or typed), or undefined if unreadable. */
export const danishDay = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const result = parseDanishDate(value)
  return result.ok ? result.day : undefined
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/**
 * Reads what was sent the Danish way before anything else sees it, drafts included (Payload skips
 * `validate` for drafts, and Postgres would read `01.08.2027` as 8 January). A readable value is
 * stored as its ISO instant; an unreadable one is refused with a 400 naming the field.
 */
const readDanishDate =
  (withTime: boolean, label: Label): FieldHook =>
  ({ value, path, collection, req }) => {
    if (value === undefined) return undefined
    if (value === '' || value === null) return null
    const result = parseDanishDate(value, { withTime })
    if (result.ok) return result.iso
    throw new ValidationError(
      {
        collection: collection?.slug,
        errors: [{ path: (path ?? []).join('.'), label, message: result.message }],
        req,
      },
      req.t,
    )
  }

/**
 * The one date field of the portal. Accepts Danish dates typed in the admin (`01.08.2027`,
 * `1/8/2027`, `1. august 2027`) and ISO over the API, refuses what it cannot read in Danish, and
 * shows dates the Danish way in the edit view and the list, in Europe/Copenhagen
 * (src/domain/danishDate.ts has the rule). The column stays Payload's `date` (timestamptz).
 */
export function danishDateField(options: DanishDateFieldOptions): DateField {
  const { name, label, required, missingMessage, index, withTime = false, rules = [] } = options
  const clientProps = { withTime }
  return {
    name,
    type: 'date',
    ...(required ? { required } : {}),
    ...(index ? { index } : {}),
    label,
    admin: {
      ...options.admin,
      date: withTime
        ? { pickerAppearance: 'dayAndTime', displayFormat: 'd. MMMM yyyy HH:mm' }
        : { pickerAppearance: 'dayOnly', displayFormat: 'd. MMMM yyyy' },
      components: {
        Field: { path: `${COMPONENTS}DanishDateField.client#DanishDateField`, clientProps },
        Cell: { path: `${COMPONENTS}DanishDateCell.client#DanishDateCell`, clientProps },
      },
    },
    hooks: { beforeValidate: [readDanishDate(withTime, label)] },
    validate: (value: unknown, { siblingData }: { siblingData?: SiblingData }) => {
      if (isEmpty(value)) {
        if (missingMessage) return missingMessage
        return required ? 'Angiv en dato.' : true
      }
      const result = parseDanishDate(value, { withTime })
      if (!result.ok) return result.message
      for (const rule of rules) {
        const outcome = rule(result.day, { siblingData: siblingData ?? {} })
        if (outcome !== true) return outcome
      }
      return true
    },
  }
}
