import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import {
  findNodeAtLocation,
  type Node,
  parseTree,
  type ParseError,
  printParseErrorCode,
} from 'jsonc-parser'
import { z } from 'zod'

import { containsCprNumber, cprMessage } from '@/domain/rules'
import { isHsdsJson } from '@/hsds/import/fromHsds'
import { isHsdsPackage, readHsdsJson, readHsdsPackage } from '@/hsds/import/read'

import { parseCsv, rowToListing, unknownColumns } from './csv'
import { keyOf } from './section'
import {
  emptyBundle,
  importSections,
  type LooseBundle,
  type Registry,
  type SectionName,
} from './sections'
import { listings } from './sections/listings'

/** One problem in an import file, located so that a person can find and fix it. */
export type ImportIssue = {
  file: string
  line?: number
  section?: SectionName
  /** The item's externalId (or slug), when it has one. */
  id?: string
  /** Dotted path inside the item, e.g. "capacity.asOf". */
  field?: string
  message: string
}

export type LocatedItem = { section: SectionName; line?: number; raw: unknown }

/** A file's top level: the format marker and one array per section, its items not yet checked. */
const fileSchema = (registry: Registry) =>
  z.object({
    format: z
      .literal('videnportal/v1', { message: 'Filen er ikke i formatet videnportal/v1.' })
      .optional(),
    ...Object.fromEntries(
      registry.map((section) => [section.name, z.array(z.unknown()).default([])]),
    ),
  })

/** Line numbers of offsets in `text` (a scan per offset made a 1,000-item file take seconds). */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return (offset) => {
    let [low, high] = [0, starts.length - 1]
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

function readJson(
  text: string,
  file: string,
  registry: Registry,
): { items: LocatedItem[]; issues: ImportIssue[] } {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length > 0 || !tree) {
    const first = errors[0]
    return {
      items: [],
      issues: [
        {
          file,
          line: first ? lineFinder(text)(first.offset) : 1,
          message: `Filen er ikke gyldig JSON (${first ? printParseErrorCode(first.error) : 'tom fil'}).`,
        },
      ],
    }
  }
  const shape = fileSchema(registry).safeParse(JSON.parse(text))
  if (!shape.success) {
    return {
      items: [],
      issues: shape.error.issues.map((issue) => ({
        file,
        line: 1,
        field: issue.path.join('.'),
        message: issue.message,
      })),
    }
  }
  const items: LocatedItem[] = []
  const data = shape.data as unknown as LooseBundle
  const lineAt = lineFinder(text)
  for (const { name } of registry) {
    const array: Node | undefined = findNodeAtLocation(tree, [name])
    array?.children?.forEach((node, index) => {
      items.push({
        section: name as SectionName,
        line: lineAt(node.offset),
        raw: data[name]![index],
      })
    })
  }
  return { items, issues: [] }
}

function readCsv(text: string, file: string): { items: LocatedItem[]; issues: ImportIssue[] } {
  const { header, rows } = parseCsv(text)
  const unknown = unknownColumns(header)
  if (unknown.length > 0) {
    return {
      items: [],
      issues: [
        {
          file,
          line: 1,
          message: `Ukendte kolonner: ${unknown.join(', ')}. Se kolonnerne i README.`,
        },
      ],
    }
  }
  if (!header.includes('externalId') || !header.includes('kind')) {
    return {
      items: [],
      issues: [{ file, line: 1, message: 'CSV-filen skal have kolonnerne externalId og kind.' }],
    }
  }
  return {
    items: rows.map((row) => ({
      section: listings.name,
      line: row.line,
      raw: rowToListing(header, row.cells),
    })),
    issues: [],
  }
}

/**
 * Reads a JSON (videnportal/v1) or CSV file into located, not yet validated items; also HSDS 3.0:
 * a JSON dataset or a directory holding the tabular package (src/hsds/import). `notes` are what
 * an HSDS file holds that has no place in our model.
 */
export async function readImportFile(
  file: string,
  registry: Registry = importSections,
): Promise<{
  items: LocatedItem[]
  issues: ImportIssue[]
  notes?: ImportIssue[]
  hsds?: true
}> {
  const name = path.basename(file)
  if ((await stat(file).catch(() => undefined))?.isDirectory()) {
    return isHsdsPackage(file)
      ? readHsdsPackage(file)
      : {
          items: [],
          issues: [
            { file: name, message: 'Mappen er ikke en HSDS-tabelpakke (services.csv mangler).' },
          ],
        }
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { items: [], issues: [{ file: name, message: `Filen ${file} kan ikke læses.` }] }
  }
  const extension = path.extname(file).toLowerCase()
  if (extension === '.csv') return readCsv(text, name)
  if (extension === '.json') {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      // readJson locates the syntax error.
    }
    if (value !== undefined && isHsdsJson(value)) return readHsdsJson(text, name, value)
    return readJson(text, name, registry)
  }
  return {
    items: [],
    issues: [{ file: name, message: 'Kun .json (videnportal/v1) og .csv kan importeres.' }],
  }
}

/** The key of an item that may not have passed validation, to name it in issues. */
const rawKeyOf = (raw: unknown): string | undefined => {
  const record = raw as Record<string, unknown> | undefined
  const id = record?.externalId ?? record?.slug
  return typeof id === 'string' ? id : undefined
}

/** The dotted paths of the strings in a validated item that hold a CPR-like number. */
function cprPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return containsCprNumber(value) ? [path.join('.')] : []
  if (Array.isArray(value))
    return value.flatMap((item, index) => cprPaths(item, [...path, `${index}`]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => cprPaths(item, [...path, key]))
  return []
}

/** Validates every item with the domain rules and returns the valid ones with the issues of the rest. */
export function validateItems(
  file: string,
  items: LocatedItem[],
  registry: Registry = importSections,
) {
  const bundle = emptyBundle(registry)
  const sections = new Map(registry.map((section) => [section.name as string, section]))
  const lines = new Map<string, number | undefined>()
  const issues: ImportIssue[] = []
  const queue = [...items]
  for (let next = queue.shift(); next; next = queue.shift()) {
    const item = next
    const section = sections.get(item.section)!
    const result = (section.schema as z.ZodType).safeParse(item.raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({
          file,
          line: item.line,
          section: item.section,
          id: rawKeyOf(item.raw),
          field: issue.path.join('.') || undefined,
          message: issue.message,
        })
      }
      continue
    }
    // No text of any item may hold a CPR number (src/domain/rules.ts); Payload's input checks
    // would refuse it too, but here the issue has its file and line.
    const withCpr = cprPaths(result.data)
    if (withCpr.length > 0) {
      for (const field of withCpr)
        issues.push({
          file,
          line: item.line,
          section: item.section,
          id: rawKeyOf(item.raw),
          field,
          message: cprMessage(`»${field}«`),
        })
      continue
    }
    bundle[item.section]!.push(result.data)
    lines.set(`${item.section}:${keyOf(section, result.data)}`, item.line)
    for (const carried of section.carries?.(result.data) ?? [])
      if (sections.has(carried.section))
        queue.push({ section: carried.section as SectionName, line: item.line, raw: carried.raw })
  }
  return {
    bundle,
    issues,
    lineOf: (section: SectionName, id: string) => lines.get(`${section}:${id}`),
  }
}
