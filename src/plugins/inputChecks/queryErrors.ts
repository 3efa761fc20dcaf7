import { APIError, type FlattenedField } from 'payload'

import type { InputError } from './inputErrors'

/**
 * A query (`where`, an id) that cannot be answered as asked: a value of the wrong type for its
 * field, an id out of range, an operator Postgres does not have. A 400 with one message per
 * problem; logged as information (an expected failure, no stack trace: see `loggingLevels`).
 */
export class InvalidQueryError extends APIError {
  constructor(errors: InputError[]) {
    super(errors.map((error) => error.message).join(' '), 400, { errors }, true)
    // Set by hand: the production build may rename the class, and the log level follows the name.
    this.name = 'InvalidQueryError'
  }
}

/** Postgres `integer`, the type of every id (serial) and of every relationship column. */
export const MAX_ID = 2_147_483_647

/** What an id may be: a whole number from 0 to MAX_ID, as a number or as digits. */
export function isIdValue(value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^\s*\d{1,10}\s*$/.test(text)) return false
  return Number(text) <= MAX_ID
}

export const idMessage = (value: unknown) =>
  `Id'et »${shown(value)}« er ugyldigt: et id er et helt tal fra 1 til ${MAX_ID}.`

/** A value as it may be shown in a message: short, controls as spaces. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean
}

/** The operators of Payload's `where`, and those the Postgres adapter can answer. */
const comparisons = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'in',
  'not_in',
])
const geometric = new Set(['near', 'within', 'intersects'])
/** Operators that compare text (ILIKE): Postgres has them for text columns only. */
const textOperators = new Set(['like', 'not_like', 'contains'])
/** Field types stored as text (rich text and JSON are jsonb, which ILIKE does not take). */
const textLike = new Set(['text', 'textarea', 'email', 'code'])
const isTextLike = (target: Target) => target.kind === 'field' && textLike.has(target.field.type)

/** What a query path leads to: a field, or an id (the document's, a relation's). */
type Target = { kind: 'id' } | { kind: 'field'; field: FlattenedField }

type Collections = Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>

const versionFields: Record<string, Target> = {
  parent: { kind: 'id' },
  id: { kind: 'id' },
}

/**
 * Follows a dotted path through groups, tabs, arrays, blocks and single relationships into the
 * field it ends at. Returns undefined for paths it does not know (Payload answers those itself
 * with its own QueryError), so this check can only add refusals for paths that exist.
 */
export function resolvePath(
  fields: FlattenedField[],
  segments: string[],
  collections: Collections,
  depth = 0,
): Target | undefined {
  const [name, ...rest] = segments
  if (name === undefined || depth > 5) return undefined
  if (name === 'id' && rest.length === 0 && depth === 0) return { kind: 'id' }
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      if (rest.length === 0) return undefined
      // An array row's own id is text, not a serial.
      if (field.type === 'array' && rest.length === 1 && rest[0] === 'id') return undefined
      return resolvePath(field.flattenedFields, rest, collections, depth + 1)
    case 'blocks':
      if (rest.length === 0) return undefined
      return resolvePath(
        (field.blocks ?? []).flatMap((block) =>
          typeof block === 'string' ? [] : block.flattenedFields,
        ),
        rest,
        collections,
        depth + 1,
      )
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        if (rest.length === 1 && rest[0] === 'value') return { kind: 'id' }
        return undefined
      }
      if (rest.length === 0) return { kind: 'id' }
      if (rest.length === 1 && rest[0] === 'id') return { kind: 'id' }
      const related = Object.hasOwn(collections, field.relationTo)
        ? collections[field.relationTo]
        : undefined
      return related ? resolvePath(related.config.flattenedFields, rest, collections, 1) : undefined
    }
    case 'join':
      return undefined
    default:
      return rest.length === 0 ? { kind: 'field', field } : undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' &&
    /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?\s*$/.test(value) &&
    Number.isFinite(Number(value)))

/** Dates Postgres `timestamp` can hold (4713 BC to 294276 AD), as JS reads them. */
const isDateValue = (value: unknown) => {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null
  if (!date || Number.isNaN(date.getTime())) return false
  const year = date.getUTCFullYear()
  return year >= -4712 && year <= 275_000
}

const isBooleanValue = (value: unknown) =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

const optionValues = (field: FlattenedField): string[] =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

/** What one value compared with the target must be: the check and the Danish words for it. */
function expectationOf(target: Target): [(value: unknown) => boolean, string] | undefined {
  if (target.kind === 'id') return [isIdValue, `et id (et helt tal fra 0 til ${MAX_ID})`]
  const { field } = target
  switch (field.type) {
    case 'number':
      return [isNumeric, 'et tal']
    case 'date':
      return [isDateValue, 'en dato (ÅÅÅÅ-MM-DD)']
    case 'checkbox':
      return [isBooleanValue, 'true eller false']
    case 'select':
    case 'radio': {
      const options = optionValues(field)
      return [
        (value) => typeof value === 'string' && options.includes(value),
        `en af værdierne ${options.map((option) => `»${option}«`).join(', ')}`,
      ]
    }
    default:
      return undefined
  }
}

/** Payload reads `in` and `not_in` as a list or as comma-separated text. */
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value)
      ? value.some(hasNul)
      : isRecord(value)
        ? Object.entries(value).some(([key, item]) => key.includes('\u0000') || hasNul(item))
        : false

/**
 * The problems of a `where` that Payload would pass on to Postgres, which would then fail: values
 * of the wrong type for their field (a word for a number, an id beyond Postgres' integers, a date
 * that is none, an option that does not exist), operators Postgres lacks (`all`; `near`,
 * `within` and `intersects` outside point fields), values that are objects where one value is
 * compared, and NUL characters, which Postgres text cannot hold. Paths of versions (`version.…`)
 * are checked against the collection's fields.
 */
export function queryErrors(
  fields: FlattenedField[],
  where: unknown,
  collections: Collections,
  options: { versions?: boolean } = {},
  errors: InputError[] = [],
): InputError[] {
  if (where === undefined || where === null) return errors
  if (!isRecord(where)) {
    errors.push({
      path: 'where',
      message: `Filteret (where) skal være et objekt, ikke »${shown(where)}«.`,
    })
    return errors
  }
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      if (!Array.isArray(condition) && !isRecord(condition)) {
        errors.push({ path, message: `»${path}« i filteret skal være en liste af betingelser.` })
        continue
      }
      for (const part of Object.values(condition))
        queryErrors(fields, part, collections, options, errors)
      continue
    }
    if (!isRecord(condition)) {
      errors.push({
        path,
        message: `Filteret på »${path}« skal have en operator, fx where[${path}][equals]=…`,
      })
      continue
    }
    const segments = path.split('.')
    // Versions of a collection are queried as `version.<field>`, `parent`, `latest` …
    let target = resolvePath(fields, segments, collections)
    if (!target && options.versions)
      target =
        versionFields[path] ??
        (segments[0] === 'version'
          ? resolvePath(fields, segments.slice(1), collections)
          : undefined)
    for (const [operator, value] of Object.entries(condition)) {
      const at = `${path}.${operator}`
      if (hasNul(value)) {
        errors.push({
          path: at,
          message: `Filteret på »${path}« indeholder et NUL-tegn (\\u0000), som ikke kan søges på.`,
        })
        continue
      }
      if (operator === 'all') {
        errors.push({
          path: at,
          message: `Operatoren »all« (filteret på »${path}«) findes ikke i denne database: brug »in«.`,
        })
        continue
      }
      const isPoint = target?.kind === 'field' && target.field.type === 'point'
      if (geometric.has(operator) && !isPoint) {
        errors.push({
          path: at,
          message: `Operatoren »${operator}« kan kun bruges på koordinater, ikke på »${path}«.`,
        })
        continue
      }
      if (!target) continue
      if (operator === 'exists') {
        if (!isBooleanValue(value))
          errors.push({
            path: at,
            message: `»exists« på »${path}« skal være true eller false, ikke »${shown(value)}«.`,
          })
        continue
      }
      const many = operator === 'in' || operator === 'not_in'
      if (textOperators.has(operator) && !isTextLike(target)) {
        errors.push({
          path: at,
          message: `Operatoren »${operator}« søger i tekst og kan ikke bruges på »${path}«: brug fx »equals«.`,
        })
        continue
      }
      if (!many && !comparisons.has(operator)) {
        // like, not_like, contains: one text (Drizzle fails on a list or an object).
        if (Array.isArray(value) || isRecord(value))
          errors.push({
            path: at,
            message: `Filteret på »${path}« (${operator}) skal have én tekst, ikke »${shown(value)}«.`,
          })
        continue
      }
      const values = many ? listOf(value) : [value]
      if (!many && (Array.isArray(value) || isRecord(value))) {
        // A polymorphic relationship compares with { relationTo, value }.
        if (!(isRecord(value) && 'relationTo' in value)) {
          errors.push({
            path: at,
            message: `Filteret på »${path}« (${operator}) skal have én værdi, ikke »${shown(value)}«.`,
          })
        }
        continue
      }
      const expected = expectationOf(target)
      if (!expected) continue
      const [check, words] = expected
      const wrong = values.find((one) => one !== null && one !== '' && !check(one))
      if (wrong !== undefined)
        errors.push({
          path: at,
          message: `Filteret på »${path}« (${operator}) skal have ${words}, ikke »${shown(wrong)}«.`,
        })
    }
  }
  return errors
}

/**
 * What a path goes through: a field with `hasMany` (a list of topics, languages …, whose values
 * come from a table of their own) and/or an array's rows. Undefined for paths it does not know.
 */
export function multiplicity(
  fields: FlattenedField[],
  segments: string[],
  collections: Collections,
  depth = 0,
  throughArray = false,
  related = false,
): { hasMany: boolean; array: boolean; related: boolean } | undefined {
  const [name, ...rest] = segments
  if (name === undefined || depth > 5) return undefined
  const field = fields.find((candidate) => candidate.name === name)
  if (!field)
    return name === 'id' && rest.length === 0
      ? { hasMany: false, array: throughArray, related }
      : undefined
  if ('hasMany' in field && field.hasMany === true)
    return { hasMany: true, array: throughArray, related }
  if (rest.length === 0) return { hasMany: false, array: throughArray, related }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
    return multiplicity(
      field.flattenedFields,
      rest,
      collections,
      depth + 1,
      throughArray || field.type === 'array',
      related,
    )
  if (field.type === 'relationship' || field.type === 'upload') {
    if (Array.isArray(field.relationTo)) return undefined
    if (rest.length === 1 && rest[0] === 'id')
      return { hasMany: false, array: throughArray, related }
    const target = Object.hasOwn(collections, field.relationTo)
      ? collections[field.relationTo]
      : undefined
    return target
      ? multiplicity(
          target.config.flattenedFields,
          rest,
          collections,
          depth + 1,
          throughArray,
          true,
        )
      : undefined
  }
  return undefined
}

/**
 * The problems of a `sort` that Postgres refused (500s before): a field of a related document
 * (`parent.createdAt`: Payload's SELECT DISTINCT cannot order by it), and a field with several
 * values per document (a list of topics) together with a field in an array's rows (the array's
 * sort groups the rows, the list's does not). Lists and rows alone sort as Payload does.
 */
export function sortErrors(
  fields: FlattenedField[],
  sort: unknown,
  collections: Collections,
  options: { versions?: boolean } = {},
): InputError[] {
  const keys = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((key): key is string => typeof key === 'string')
    .map((key) => key.trim().replace(/^-/, ''))
    .filter(Boolean)
  const kinds = keys.map((key) => {
    let segments = key.split('.')
    if (options.versions && segments[0] === 'version') segments = segments.slice(1)
    return { key, kind: multiplicity(fields, segments, collections) }
  })
  const errors: InputError[] = kinds
    .filter(({ kind }) => kind?.related)
    .map(({ key }) => ({
      path: `sort.${key}`,
      message: `Der kan ikke sorteres på »${key}«, et felt i et andet dokument: sortér på »${key.split('.')[0]}« eller på dokumentets egne felter.`,
    }))
  if (!kinds.some(({ kind }) => kind?.array)) return errors
  return [
    ...errors,
    ...kinds
      .filter(({ kind }) => kind?.hasMany && !kind.related)
      .map(({ key }) => ({
        path: `sort.${key}`,
        message: `Der kan ikke sorteres på »${key}« sammen med felter i en liste af rækker: »${key}« kan have flere værdier pr. dokument.`,
      })),
  ]
}
