import { z } from 'zod'

import { actPath, type ActPath } from './eli'

/**
 * Readers of what Retsinformation publishes, kept apart from HTTP so that tests feed them recorded
 * answers (test/fixtures/retsinformation, with their sources). Both fail with a FormatError on
 * anything they cannot read: the watch then logs a warning and tries again at its next run.
 *
 * - Per act, its ELI metadata (`<eli>.rdfa`): a JSON list of RDFa statements
 *   `{ about, property, content | resource }` with `eli:title`, `eli:in_force`
 *   (…`InForce-inForce` / …`InForce-notInForce`), `eli:date_document`,
 *   `eli:date_no_longer_in_force` (`dd-mm-yyyy hh:mm:ss`), `eli:type_document` and the relations
 *   `eli:changed_by` / `eli:changes`. The same facts as JSON-LD nodes (`@id`, full ontology IRIs,
 *   `[{ "@value" | "@id" }]`) are read too, as some clients receive them.
 * - The ELI update feed (`/eli/eli-update-feed.atom`): Atom 1.0, one entry per new or changed
 *   document with `id` (the ELI), `title`, `updated`, and the extension elements `published_in`,
 *   `reasonForChange` and `changeDate` in Atom's default namespace.
 */

export class FormatError extends Error {
  override name = 'FormatError'
}

export type ActMetadata = {
  path: ActPath
  title: string | null
  /** true: in force; false: no longer (or not yet) in force; null: the metadata does not say. */
  inForce: boolean | null
  /** YYYY-MM-DD */
  noLongerInForceOn: string | null
  /** YYYY-MM-DD: the act's date ("LOV nr. 1234 af 10. december 2025"). */
  documentDate: string | null
  /** LOV, LBK, BEK … from eli:type_document, when given. */
  documentType: string | null
  /** Acts that change this one (paths), oldest first as published. */
  changedBy: ActPath[]
  /** Acts this one changes (paths). */
  changes: ActPath[]
}

const ELI_NS = 'http://data.europa.eu/eli/ontology#'

/** `eli:changed_by`, `http://data.europa.eu/eli/ontology#changed_by` → `changed_by`. */
function localName(property: string): string | null {
  if (property.startsWith('eli:')) return property.slice(4)
  if (property.startsWith(ELI_NS)) return property.slice(ELI_NS.length)
  return null
}

/** `29-06-2026 16:42:28`, `29-06-2026`, `2026-06-29` or an ISO instant → `2026-06-29`. */
export function retsinformationDate(text: string | null | undefined): string | null {
  if (!text) return null
  const value = text.trim()
  const danish = /^(\d{2})-(\d{2})-(\d{4})(?:\s|$)/.exec(value)
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(value)
  const [year, month, day] = danish
    ? [danish[3], danish[2], danish[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : []
  if (!year || !month || !day) return null
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return null
  return `${year}-${month}-${day}`
}

const statementSchema = z.object({
  about: z.string().optional(),
  property: z.string(),
  content: z.union([z.string(), z.number()]).nullish(),
  resource: z.string().nullish(),
})

const jsonLdValue = z.object({ '@value': z.unknown().optional(), '@id': z.unknown().optional() })
const jsonLdNode = z.record(z.string(), z.unknown())

type Statement = { property: string; value: string }

/** The statements about the act itself (not its parts or other acts), from either shape. */
function statementsOf(json: unknown, path: ActPath): Statement[] {
  const isAboutAct = (about: unknown) => about === undefined || actPath(String(about)) === path
  if (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((s) => statementSchema.safeParse(s).success)
  ) {
    return json
      .map((s) => statementSchema.parse(s))
      .filter((s) => isAboutAct(s.about))
      .flatMap((s) => {
        const property = localName(s.property)
        const raw =
          s.resource ?? (s.content === null || s.content === undefined ? null : String(s.content))
        return property && raw ? [{ property, value: raw.trim() }] : []
      })
  }
  const nodes = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as { '@graph'?: unknown })['@graph'])
      ? ((json as { '@graph': unknown[] })['@graph'] as unknown[])
      : null
  if (!nodes || nodes.length === 0) throw new FormatError('expected a list of ELI statements')
  const statements: Statement[] = []
  for (const node of nodes) {
    const parsed = jsonLdNode.safeParse(node)
    if (!parsed.success) throw new FormatError('an ELI node is not an object')
    const id = parsed.data['@id']
    // The act (LegalResource) or its Danish expression (`…/dan`) describes the act.
    if (typeof id !== 'string' || actPath(id) !== path) continue
    for (const [key, values] of Object.entries(parsed.data)) {
      const property = localName(key)
      if (!property || !Array.isArray(values)) continue
      for (const value of values) {
        const entry = jsonLdValue.safeParse(value)
        if (!entry.success) continue
        const raw = entry.data['@id'] ?? entry.data['@value']
        if (typeof raw === 'string' || typeof raw === 'number') {
          statements.push({ property, value: String(raw).trim() })
        }
      }
    }
  }
  return statements
}

/** Reads an act's ELI metadata (the JSON text of `<eli>.rdfa`). */
export function parseActMetadata(text: string, path: ActPath): ActMetadata {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new FormatError('the ELI metadata is not JSON')
  }
  const statements = statementsOf(json, path)
  const values = (property: string) =>
    statements.filter((s) => s.property === property).map((s) => s.value)
  const first = (property: string) => values(property)[0] ?? null
  const inForceValues = values('in_force')
  const title = first('title') ?? first('title_alternative')
  if (!title && inForceValues.length === 0) {
    throw new FormatError(`the ELI metadata says nothing about ${path}`)
  }
  const relations = (property: string) => [
    ...new Set(values(property).flatMap((value) => actPath(value) ?? [])),
  ]
  const typeValue = first('type_document')
  return {
    path,
    title: title ? title.replace(/\s+/g, ' ') : null,
    // Partly in force is in force: the act still applies, and its changes still matter.
    inForce: inForceValues.some((v) => /InForce-(inForce|partiallyInForce)$/i.test(v))
      ? true
      : inForceValues.some((v) => /InForce-notInForce$/i.test(v))
        ? false
        : null,
    noLongerInForceOn: retsinformationDate(first('date_no_longer_in_force')),
    documentDate: retsinformationDate(first('date_document')),
    documentType: typeValue ? documentTypeOf(typeValue) : null,
    changedBy: relations('changed_by'),
    changes: relations('changes'),
  }
}

/** `…/type_document#LBKH` → `LBK`; `LOV`, `BEK` … as the citation writes them. */
function documentTypeOf(value: string): string | null {
  const code = (value.split(/[#/]/).pop() ?? '').toUpperCase()
  const known = ['LOV', 'LBK', 'BEK', 'CIR', 'VEJ', 'AFG']
  return known.find((type) => code.startsWith(type)) ?? (code ? code.slice(0, 6) : null)
}

export type FeedEntry = {
  path: ActPath
  title: string
  /** YYYY-MM-DD */
  updated: string | null
  changeDate: string | null
  reason: string | null
  publishedIn: string | null
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXmlText(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(text)
  if (cdata) return cdata[1]!.trim()
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity.startsWith('#x') || entity.startsWith('#X')) {
        return String.fromCodePoint(parseInt(entity.slice(2), 16))
      }
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
      return ENTITIES[entity.toLowerCase()] ?? whole
    })
    .trim()
}

/** The text of a child element, with or without a namespace prefix. */
function childText(entry: string, name: string): string | null {
  const match = new RegExp(
    `<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`,
  ).exec(entry)
  if (!match) return null
  const text = decodeXmlText(match[1] ?? '')
  return text === '' ? null : text
}

/**
 * Reads the ELI update feed. Only the elements the watch needs are read, with a small reader of
 * its own rather than an XML dependency; what is not Atom (an HTML error page, a cut-off answer)
 * is refused. The feed's XML declaration has been seen to claim utf-16 while the bytes are UTF-8:
 * the text is read as UTF-8 whatever it declares.
 */
export function parseUpdateFeed(text: string): FeedEntry[] {
  const body = text.replace(/^\uFEFF/, '')
  const feed = /<(?:[\w.-]+:)?feed\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?feed\s*>/.exec(body)
  if (!feed || !/http:\/\/www\.w3\.org\/2005\/Atom/.test(body.slice(0, feed.index + 400))) {
    throw new FormatError('the update feed is not an Atom feed')
  }
  const entries: FeedEntry[] = []
  const entryPattern = /<(?:[\w.-]+:)?entry\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?entry\s*>/g
  for (const match of feed[1]!.matchAll(entryPattern)) {
    const entry = match[1]!
    const id = childText(entry, 'id')
    const path = actPath(id)
    if (!path) continue
    entries.push({
      path,
      title: childText(entry, 'title') ?? '',
      updated: retsinformationDate(childText(entry, 'updated')),
      changeDate: retsinformationDate(childText(entry, 'changeDate')),
      reason: childText(entry, 'reasonForChange'),
      publishedIn: childText(entry, 'published_in'),
    })
  }
  return entries
}
