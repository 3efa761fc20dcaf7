import type { Field } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import { lexicalToText } from '@/utilities/richText'

/**
 * What differs between the published document and its draft, as a consultant reads it: walked
 * along the collection's own field config, so every change carries the Danish label path
 * ("Kontakter › 2 › E-mail") and Danish values (option labels, Danish dates in Danish time, names
 * of related documents, rich text as its changed paragraphs, array rows added, removed or
 * changed). Pure: related documents' titles come in as a map (see `relationsIn`).
 */
export type Change = {
  /** Data path, e.g. `contacts.1.email` (stable key). */
  path: string
  /** Danish labels from the field config, e.g. "Kontakter › 2 › E-mail". */
  label: string
  before: string
  after: string
}

type Doc = Record<string, unknown>

/** Titles of related documents, keyed by `relationKey(collection, id)`. */
export type RelationTitles = ReadonlyMap<string, string>

export const relationKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

/** Bookkeeping, not content: never shown as changes. */
// hsdsId: the open-data id the system keeps (src/hsds/ids.ts), never an editor's change.
const IGNORED = new Set(['review', 'importHash', 'createdBy', 'updatedBy', '_status', 'hsdsId'])

const EMPTY = '–'
const SEPARATOR = ' › '

type Labelled = { label?: unknown; name?: string }

/** The Danish label of a field (or option), falling back to English and then its name. */
export function danishLabel(item: Labelled, fallback = ''): string {
  const label = item.label
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string | undefined>
    return byLanguage.da ?? byLanguage.en ?? Object.values(byLanguage)[0] ?? fallback
  }
  return item.name ?? fallback
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

type Reference = { collection: string; id: unknown }

/** The documents a relationship or upload value points to (ids, populated or polymorphic). */
function referencesOf(field: Field, value: unknown): Reference[] {
  if (field.type !== 'relationship' && field.type !== 'upload') return []
  if (isEmpty(value)) return []
  const list = Array.isArray(value) ? value : [value]
  const relationTo = field.relationTo
  return list.flatMap((item): Reference[] => {
    if (Array.isArray(relationTo)) {
      const poly = item as { relationTo?: string; value?: unknown } | null
      if (!poly?.relationTo) return []
      const inner = poly.value
      const id = inner && typeof inner === 'object' ? (inner as { id?: unknown }).id : inner
      return [{ collection: poly.relationTo, id }]
    }
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : item
    return id === null || id === undefined ? [] : [{ collection: relationTo, id }]
  })
}

/** Fields as they sit in the data: rows, collapsibles and unnamed tabs are flattened away. */
function dataFields(fields: Field[]): Array<Field & { name: string }> {
  const out: Array<Field & { name: string }> = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          out.push({ ...tab, type: 'group', name: tab.name } as unknown as Field & { name: string })
        } else out.push(...dataFields(tab.fields))
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...dataFields(field.fields))
      continue
    }
    if (field.type === 'ui' || field.type === 'join') continue
    if ('name' in field && field.name) out.push(field as Field & { name: string })
  }
  return out
}

/** Every related document the values of these fields point to, by collection (for one batch). */
export function relationsIn(
  fields: Field[],
  docs: Array<Doc | undefined>,
): Map<string, Set<unknown>> {
  const found = new Map<string, Set<unknown>>()
  const walk = (list: Field[], doc: Doc | undefined) => {
    if (!doc || typeof doc !== 'object') return
    for (const field of dataFields(list)) {
      const value = doc[field.name]
      if (field.type === 'group') walk(field.fields, value as Doc)
      else if (field.type === 'array' && Array.isArray(value)) {
        for (const row of value) walk(field.fields, row as Doc)
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        for (const row of value as Doc[]) {
          const block = field.blocks.find((b) => b.slug === row?.blockType)
          if (block) walk(block.fields, row)
        }
      } else {
        for (const { collection, id } of referencesOf(field, value)) {
          if (!found.has(collection)) found.set(collection, new Set())
          found.get(collection)!.add(id)
        }
      }
    }
  }
  for (const doc of docs) walk(fields, doc)
  return found
}

const numberFormat = new Intl.NumberFormat('da-DK')

function optionLabel(field: Field, value: unknown): string {
  const options = 'options' in field ? (field.options as unknown[]) : []
  for (const option of options ?? []) {
    if (typeof option === 'string') {
      if (option === value) return option
    } else if ((option as { value?: unknown }).value === value) {
      return danishLabel(option as Labelled, String(value))
    }
  }
  return String(value)
}

/** One value as a consultant reads it. */
function show(field: Field, value: unknown, titles: RelationTitles): string {
  if (isEmpty(value)) return EMPTY
  switch (field.type) {
    case 'select':
    case 'radio':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v)).join(', ')
    case 'checkbox':
      return value ? 'Ja' : 'Nej'
    case 'date': {
      const appearance = field.admin?.date?.pickerAppearance
      const withTime = appearance !== 'dayOnly' && appearance !== 'monthOnly'
      return formatDanishDate(value as string, { withTime })
    }
    case 'relationship':
    case 'upload': {
      const shown = referencesOf(field, value).map(
        ({ collection, id }) => titles.get(relationKey(collection, id)) ?? `#${String(id)}`,
      )
      return shown.length ? shown.join(', ') : EMPTY
    }
    case 'richText':
      return lexicalToText(value) || EMPTY
    case 'number':
      return (Array.isArray(value) ? value : [value])
        .map((v) => (typeof v === 'number' ? numberFormat.format(v) : String(v)))
        .join(', ')
    case 'group':
      return summary(field.fields, value as Doc, titles)
    case 'array':
      return (value as Doc[]).map((row) => summary(field.fields, row, titles)).join('; ')
    case 'json':
    case 'code':
      return typeof value === 'string' ? value : JSON.stringify(value)
    case 'point':
      return Array.isArray(value) ? value.join(', ') : String(value)
    default:
      return Array.isArray(value) ? value.map(String).join(', ') : String(value)
  }
}

/** A row or group in one line: its filled fields with their labels. */
function summary(fields: Field[], doc: Doc | undefined, titles: RelationTitles): string {
  if (!doc) return EMPTY
  const parts = dataFields(fields)
    .filter((field) => !IGNORED.has(field.name) && !isEmpty(doc[field.name]))
    .map((field) => `${danishLabel(field)}: ${show(field, doc[field.name], titles)}`)
  return parts.length ? parts.join(' · ') : EMPTY
}

const paragraphs = (value: unknown) =>
  lexicalToText(value)
    .split(/\n\n+/)
    .map((p) => p.trim())
    .filter(Boolean)

/** Rich text before and after, reduced to the paragraphs that differ ("…" for the rest). */
function richTextChange(before: unknown, after: unknown): [string, string] {
  const a = paragraphs(before)
  const b = paragraphs(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middle = (list: string[], end: number) => {
    const changed = list.slice(start, end)
    if (changed.length === 0) return EMPTY
    return [start > 0 ? '…' : '', ...changed, end < list.length ? '…' : '']
      .filter(Boolean)
      .join('\n\n')
  }
  return [middle(a, endA), middle(b, endB)]
}

type Context = { titles: RelationTitles; out: Change[] }

function walk(
  fields: Field[],
  before: Doc | undefined,
  after: Doc | undefined,
  path: string[],
  labels: string[],
  context: Context,
) {
  for (const field of dataFields(fields)) {
    if (IGNORED.has(field.name)) continue
    if ((field.admin as { hidden?: boolean } | undefined)?.hidden) continue
    const a = before?.[field.name]
    const b = after?.[field.name]
    const fieldPath = [...path, field.name]
    const fieldLabels = [...labels, danishLabel(field)]
    if (field.type === 'group') {
      walk(field.fields, a as Doc, b as Doc, fieldPath, fieldLabels, context)
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      diffRows(field, a, b, fieldPath, fieldLabels, context)
      continue
    }
    const { titles, out } = context
    if (field.type === 'richText') {
      if (lexicalToText(a) === lexicalToText(b)) continue
      const [shownBefore, shownAfter] = richTextChange(a, b)
      out.push({
        path: fieldPath.join('.'),
        label: fieldLabels.join(SEPARATOR),
        before: shownBefore,
        after: shownAfter,
      })
      continue
    }
    const shownBefore = show(field, a, titles)
    const shownAfter = show(field, b, titles)
    if (shownBefore !== shownAfter) {
      out.push({
        path: fieldPath.join('.'),
        label: fieldLabels.join(SEPARATOR),
        before: shownBefore,
        after: shownAfter,
      })
    }
  }
}

/** Array (and block) rows matched by their id: added, removed, or changed field by field. */
function diffRows(
  field: Field,
  before: unknown,
  after: unknown,
  path: string[],
  labels: string[],
  context: Context,
) {
  const rowsBefore = (Array.isArray(before) ? before : []) as Doc[]
  const rowsAfter = (Array.isArray(after) ? after : []) as Doc[]
  const fieldsOf = (row: Doc | undefined): Field[] => {
    if (field.type === 'array') return field.fields
    if (field.type === 'blocks') {
      return field.blocks.find((block) => block.slug === row?.blockType)?.fields ?? []
    }
    return []
  }
  const byId = new Map(rowsBefore.filter((row) => row?.id != null).map((row) => [row.id, row]))
  // Rows keep their ids across versions; without any shared id, rows are compared by position.
  const byIdentity = rowsAfter.some((row) => row?.id != null && byId.has(row.id))
  const matched = new Set<Doc>()
  rowsAfter.forEach((row, index) => {
    const old = byIdentity ? byId.get(row?.id) : rowsBefore[index]
    const rowPath = [...path, String(index)]
    const rowLabel = [...labels, String(index + 1)]
    if (!old || (field.type === 'blocks' && old.blockType !== row.blockType)) {
      context.out.push({
        path: rowPath.join('.'),
        label: `${rowLabel.join(SEPARATOR)} (ny)`,
        before: EMPTY,
        after: summary(fieldsOf(row), row, context.titles),
      })
      return
    }
    matched.add(old)
    walk(fieldsOf(row), old, row, rowPath, rowLabel, context)
  })
  rowsBefore.forEach((row, index) => {
    if (matched.has(row)) return
    context.out.push({
      path: [...path, String(index), 'removed'].join('.'),
      label: `${[...labels, String(index + 1)].join(SEPARATOR)} (fjernet)`,
      before: summary(fieldsOf(row), row, context.titles),
      after: EMPTY,
    })
  })
}

/**
 * The changes from `published` (undefined for a new document) to `draft`, in field order.
 * `titles` names related documents; an unknown one shows as "#<id>".
 */
export function diffDocuments({
  fields,
  published,
  draft,
  titles = new Map(),
}: {
  fields: Field[]
  published: Doc | undefined
  draft: Doc
  titles?: RelationTitles
}): Change[] {
  const out: Change[] = []
  walk(fields, published, draft, [], [], { titles, out })
  return out
}
