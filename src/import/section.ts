import type { CollectionSlug } from 'payload'
import type { z } from 'zod'

/**
 * What a section of the exchange format is: everything the importer, the exporter and the checks
 * need to know about one kind of document. A collection joins import and export with one file in
 * sections/ that calls `defineSection`, and one line in the registry (sections/index.ts).
 */

/**
 * Keys that files refer to but never contain: municipalities by their code (seeded from
 * content/municipalities.json). Every other reference names a section.
 */
export const referenceData = {
  municipalities: { collection: 'municipalities', key: 'code' },
  // People with an account, by e-mail (a meeting's follow-up may name one as responsible). Users
  // are not in the exchange format: a file can only point at accounts the portal already has.
  users: { collection: 'users', key: 'email' },
} as const satisfies Record<string, { collection: CollectionSlug; key: string }>
export type ReferenceDataName = keyof typeof referenceData

/** A field of an item that holds keys of another section (or of reference data). */
export type Reference<Item> = {
  /** The field as issues name it (a dotted path, e.g. "locations.municipality"). */
  field: string
  /** The section whose keys it holds, or 'municipalities'. */
  to: string
  /** What it refers to, in Danish: "Ukendt <what>: <key>." */
  what: string
  keys: (item: Item) => Array<string | undefined>
}

/** A document that already exists, found by its key. */
export type Existing = { id: number; importHash?: string | null; collection: CollectionSlug }

/**
 * Given to `toData`: resolves keys to ids. Validation has checked every reference, so a key that
 * cannot be resolved is a bug and throws.
 */
export type ImportContext = {
  /** The id of the document with this key in section (or reference data) `to`. */
  id(to: string, key: string | undefined): number | undefined
  ids(to: string, keys: string[]): number[]
  /** A polymorphic relationship's value for the document with this key. */
  ref(to: string, key: string): { relationTo: CollectionSlug; value: number }
  /** `wanted`, or `wanted-2`, `-3` … when another document of the collection already has it. */
  uniqueSlug(collection: CollectionSlug, wanted: string, key: string): string
}

/** Given to `exportItem`: turns stored ids back into the keys the format uses. */
export type ExportContext = {
  /** The key (externalId, slug or municipality code) of a document of `collection`. */
  key(collection: CollectionSlug, id: unknown): string | undefined
  /** The keys of a hasMany relationship; ids without a key are left out. */
  keys(collection: CollectionSlug, ids: unknown): string[]
}

/** A stored document as the exporter reads it (depth 0). */
export type StoredDoc = Record<string, unknown> & { id: number }

export type SectionDefinition<Name extends string, Schema extends z.ZodType> = {
  /** The section's array in a videnportal/v1 file, e.g. "legalBases". */
  name: Name
  /** Danish for one item (in issues: "lovbestemmelse bl-32") and for many (in the CLI's counts),
   * and English for content:check's summary. */
  labels: { one: string; many: string; english: string }
  /** One item, with the domain rules; items are validated one by one. */
  schema: Schema
  /** The field that holds an item's key, in the file and in the collection. */
  keyField: 'externalId' | 'slug'
  /** The collections its documents live in, in export order. */
  collections: readonly CollectionSlug[]
  /**
   * Which collection an item goes to, when there are several (listings by kind). A key may not move
   * between them: `moved` says why in the issue.
   */
  collectionOf?: (item: z.output<Schema>) => CollectionSlug
  moved?: (key: string, existingCollection: string) => { field: string; message: string }
  /** Its documents have a slug unique in their collection, made with `ImportContext.uniqueSlug`. */
  uniqueSlugs?: boolean
  /** Fields that hold keys of earlier sections (or of its own, see `linksItself`). */
  references: Array<Reference<z.output<Schema>>>
  /** Rules about an item's references that a schema cannot see (run after `references`). */
  check?: (item: z.output<Schema>) => Array<{ field: string; message: string }>
  /**
   * Some items refer to others of the same section (a topic's parent): all are written without those
   * references first, then linked, so their order in the file does not matter.
   */
  linksItself?: boolean
  /**
   * Files an item brings along (a method's PDFs, named by paths relative to content/): `upload`
   * stores one in the media collection, or finds it there again by name and size, and returns its
   * id. Returns the data fields that hold them, merged into `toData`'s.
   */
  attachments?: (
    item: z.output<Schema>,
    upload: (file: { path: string; alt: string }) => Promise<number>,
  ) => Promise<Record<string, unknown>>
  /**
   * Items of other (later) sections an item brings along: parts of an old format that moved (an
   * organization's agreements became cooperations). They are validated and imported as if they
   * stood in the file, on the item's line.
   */
  carries?: (item: z.output<Schema>) => Array<{ section: string; raw: unknown }>
  /** Drafts and published versions: the status an item is written with. */
  statusOf?: (item: z.output<Schema>) => 'published' | 'draft'
  /** The Payload data of an item; called only when the item changed since its last import. */
  toData: (
    item: z.output<Schema>,
    context: ImportContext,
    options: { withSelfReferences: boolean },
  ) => Record<string, unknown>
  /** A stored document as an item, so that importing the export changes nothing. */
  exportItem: (doc: StoredDoc, context: ExportContext, collection: CollectionSlug) => unknown
}

/** Keeps the names and item types of a section precise for the registry's types. */
export const defineSection = <const Name extends string, Schema extends z.ZodType>(
  section: SectionDefinition<Name, Schema>,
) => section

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySection = SectionDefinition<string, any>

/** The key an item is referred to by (its externalId, or a topic's slug). */
export const keyOf = (section: AnySection, item: unknown): string =>
  String((item as Record<string, unknown>)[section.keyField])

/** The collection an item is written to. */
export const collectionFor = (section: AnySection, item: unknown): CollectionSlug =>
  section.collectionOf ? section.collectionOf(item) : section.collections[0]!

/** Drops null, undefined, '' and empty objects, as the format leaves out what is not there. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, compact(item)] as const)
      .filter(
        ([, item]) =>
          item !== null &&
          item !== undefined &&
          item !== '' &&
          !(
            typeof item === 'object' &&
            !Array.isArray(item) &&
            Object.keys(item as object).length === 0
          ),
      )
    return Object.fromEntries(entries) as T
  }
  return value
}

/** A stored date as the format's YYYY-MM-DD. */
export const day = (value: unknown) =>
  typeof value === 'string' && value ? value.slice(0, 10) : undefined
