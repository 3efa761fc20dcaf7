import type { Field } from 'payload'

import { parseDanishDate } from '@/domain/danishDate'
import { containsCprNumber, cprMessage, unsafeLinkMessage } from '@/domain/rules'
import { unsafeLinksIn } from '@/utilities/richText'

export type InputError = { path: string; message: string }

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return 'en liste'
  if (value === null) return 'tom'
  if (typeof value === 'object') return 'et objekt'
  if (typeof value === 'string') return 'tekst'
  if (typeof value === 'number')
    return Number.isFinite(value) ? 'et tal' : 'tekst, der ikke er et tal'
  if (typeof value === 'boolean') return 'sand/falsk'
  return typeof value
}

const labelOf = (field: Field & { name: string }): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'da' in label) return String(label.da)
  return field.name
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const numeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))

/** A row id (all ids are Postgres serials), or a document carrying one, as Payload accepts. */
const isId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) ||
  (isRecord(value) && 'id' in value && isId(value.id))

/** What Payload itself turns into "no relation". */
const noRelation = (value: unknown) => value === '' || value === 'none' || value === 'null'

/**
 * A date arrives as text or, from the Local API, as a Date. Text is read by the Danish rule
 * (src/domain/danishDate.ts) in inputErrors below: `Date.parse` would read `08/01/2027` as 1 August.
 */
const isDate = (value: unknown) =>
  typeof value === 'string' || (value instanceof Date && !Number.isNaN(value.getTime()))

/** Field types whose text is written freely by people, and so may not hold a CPR number. */
const freeTextTypes = new Set(['text', 'textarea', 'richText'])

/**
 * Free text: a text, textarea or rich-text field people write in. Hidden technical fields (the
 * importer's content hash, whose hex digits can look like a CPR number) are no free text.
 */
const isFreeText = (field: Field) =>
  freeTextTypes.has(field.type) &&
  !('hidden' in field && field.hidden === true) &&
  !('admin' in field && (field.admin as { hidden?: boolean } | undefined)?.hidden === true)

/**
 * The words of rich text as a reader sees them: text nodes joined within a block, blocks on lines
 * of their own. Reads any shape (a malformed node is only skipped), since it runs before Payload's
 * own checks.
 */
function richTextWords(node: unknown, depth = 0): string {
  if (!isRecord(node) || depth > 50) return ''
  if (typeof node.text === 'string') return node.text
  const children = Array.isArray(node.children) ? node.children : []
  const block =
    isRecord(node) &&
    node.type !== 'text' &&
    children.some((child) => isRecord(child) && Array.isArray(child.children))
  return children.map((child) => richTextWords(child, depth + 1)).join(block ? '\n' : '')
}

/** The free text of one value of a field: the string itself, or rich text's words. */
const textOf = (field: Field, value: unknown): string =>
  field.type === 'richText' ? richTextWords(richTextState(value)?.root) : String(value)

/** Rich text as Lexical state, or that state as a JSON string (Payload parses it). */
export const richTextState = (value: unknown): Record<string, unknown> | undefined => {
  let state = value
  if (typeof value === 'string') {
    try {
      state = JSON.parse(value)
    } catch {
      return undefined
    }
  }
  return isRecord(state) && isRecord(state.root) ? state : undefined
}

/**
 * What one value of a field must be, as a check and the Danish words for it. The check takes the
 * raw input and tolerates exactly the conversions Payload makes itself ("5" for a number, "true"
 * for a checkbox, "" for no relation), so form posts keep working.
 */
function expectation(field: Field): [check: (value: unknown) => boolean, words: string] | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'radio':
    case 'select':
      return [(value) => typeof value === 'string', 'tekst']
    case 'number':
      return [(value) => numeric(value) || value === '', 'et tal']
    case 'checkbox':
      return [
        (value) => typeof value === 'boolean' || ['true', 'false', ''].includes(value as string),
        'sand eller falsk',
      ]
    case 'date':
      return [isDate, 'en dato (ÅÅÅÅ-MM-DD)']
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo)
        ? [
            (value) =>
              noRelation(value) ||
              (isRecord(value) &&
                typeof value.relationTo === 'string' &&
                (field.relationTo as string[]).includes(value.relationTo) &&
                isId(value.value)),
            'en henvisning { relationTo, value }',
          ]
        : [(value) => noRelation(value) || isId(value), 'et id']
    case 'point':
      return [
        (value) => Array.isArray(value) && value.length === 2 && value.every(numeric),
        'to koordinater [længde, bredde]',
      ]
    case 'richText':
      return [(value) => richTextState(value) !== undefined, 'formateret tekst']
    default:
      return null
  }
}

/**
 * Checks the JSON types of incoming data against the collection's fields, drafts included: a text
 * field takes a string, a number field a number, a group an object, an array a list of objects,
 * and so on. `null` clears a value and absent keys are left alone (completeness is the job of
 * `required`, which drafts relax). Rich text is also checked for link targets that may not be
 * stored. Returns every error with its path, for one ValidationError.
 */
export function inputErrors(
  fields: Field[],
  data: unknown,
  prefix = '',
  errors: InputError[] = [],
): InputError[] {
  if (!isRecord(data)) return errors
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (value === undefined) continue
          if (!isRecord(value))
            errors.push({
              path: `${prefix}${tab.name}`,
              message: `Feltet »${tab.name}« skal være et objekt, ikke ${describe(value)}.`,
            })
          else inputErrors(tab.fields, value, `${prefix}${tab.name}.`, errors)
        } else inputErrors(tab.fields, data, prefix, errors)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) inputErrors(field.fields, data, prefix, errors)
      continue
    }
    if (field.type === 'ui' || field.type === 'join' || ('virtual' in field && field.virtual))
      continue
    const value = data[field.name]
    if (value === undefined) continue
    const path = `${prefix}${field.name}`
    const named = `»${labelOf(field)}« (${path})`
    // `null` clears a value. A group, an array or blocks cannot be cleared so (Payload fails on
    // it with a 500): send the group's fields, or [] for no rows.
    if (value === null) {
      if (field.type === 'group')
        errors.push({ path, message: `Feltet ${named} skal være et objekt, ikke tom.` })
      if (field.type === 'array' || field.type === 'blocks')
        errors.push({
          path,
          message: `Feltet ${named} skal være en liste af rækker ([] for ingen), ikke tom.`,
        })
      continue
    }

    if (field.type === 'group') {
      if (!isRecord(value))
        errors.push({
          path,
          message: `Feltet ${named} skal være et objekt, ikke ${describe(value)}.`,
        })
      else inputErrors(field.fields, value, `${path}.`, errors)
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      // Payload reads 0 and "0" as "no rows".
      if (value === 0 || value === '0') continue
      if (!Array.isArray(value) || !value.every(isRecord)) {
        errors.push({
          path,
          message: `Feltet ${named} skal være en liste af rækker, ikke ${describe(value)}.`,
        })
        continue
      }
      value.forEach((row, index) => {
        const rowFields =
          field.type === 'array'
            ? field.fields
            : field.blocks.find((block) => block.slug === row.blockType)?.fields
        if (field.type === 'blocks' && !rowFields)
          errors.push({
            path: `${path}.${index}`,
            message: `Feltet ${named} har en ukendt bloktype.`,
          })
        else inputErrors(rowFields ?? [], row, `${path}.${index}.`, errors)
      })
      continue
    }
    if (field.type === 'json') continue

    if (field.type === 'date' && typeof value === 'string') {
      // Text is read the Danish way, day before month, with the reading's own Danish refusal.
      const withTime = field.admin?.date?.pickerAppearance === 'dayAndTime'
      const read = parseDanishDate(value, { withTime })
      if (!read.ok) errors.push({ path, message: `Feltet ${named}: ${read.message}` })
      continue
    }
    const expected = expectation(field)
    if (!expected) continue
    const [check, words] = expected
    const hasMany = ('hasMany' in field && field.hasMany === true) || false
    if (hasMany) {
      if (!Array.isArray(value) || !value.every(check))
        errors.push({
          path,
          message: `Feltet ${named} skal være en liste, hvor hver værdi er ${words}, ikke ${describe(value)}.`,
        })
      else if (isFreeText(field) && value.some((one) => containsCprNumber(textOf(field, one))))
        errors.push({ path, message: cprMessage(named) })
      continue
    }
    if (!check(value)) {
      errors.push({ path, message: `Feltet ${named} skal være ${words}, ikke ${describe(value)}.` })
      continue
    }
    if (isFreeText(field) && containsCprNumber(textOf(field, value)))
      errors.push({ path, message: cprMessage(named) })
    if (field.type === 'richText') {
      for (const url of unsafeLinksIn(richTextState(value)))
        errors.push({ path, message: unsafeLinkMessage(url) })
    }
  }
  return errors
}
