import type { CollectionSlug, Config, Field, Payload, Where } from 'payload'

import type { SearchDocumentMapper } from './indexing/mappers'
import type { SearchCollection } from './query/types'

/** A reference collection whose names documents carry: the carried fields, or more. */
export type SearchReference =
  | string[]
  | {
      /** Fields copied into search documents; a change to any other field needs no re-sync. */
      fields: string[]
      /**
       * A self-relationship to the parent row, when documents carry the whole chain (a topic
       * and its parents): a changed row then re-syncs the documents of every row below it.
       */
      parentField?: string
    }

export type SearchPluginOptions = {
  /** The indexed collections, each with the mapper that turns a published row into a document. */
  collections: Partial<Record<SearchCollection, SearchDocumentMapper>>
  /** Collections whose names are carried into documents: a change re-syncs the documents. */
  references?: Partial<Record<CollectionSlug, SearchReference>>
  /** The jobs queue of search sync (default `search`). */
  queue?: string
  /** Minutes between reconciliations of Postgres with the index; 0 turns them off (default 5). */
  reconcileMinutes?: number
}

export type SanitizedSearchOptions = {
  collections: Partial<Record<SearchCollection, SearchDocumentMapper>>
  indexed: SearchCollection[]
  references: Record<string, { fields: string[]; parentField?: string }>
  queue: string
  reconcileMinutes: number
  /** Per reference and indexed collection: the relationship fields that point at the reference. */
  relationPaths: Record<string, Partial<Record<SearchCollection, string[]>>>
}

export function sanitizeSearchOptions(
  options: SearchPluginOptions,
  config: Config,
): SanitizedSearchOptions {
  const indexed = Object.keys(options.collections) as SearchCollection[]
  const references = Object.fromEntries(
    Object.entries(options.references ?? {}).map(([slug, reference]) => [
      slug,
      Array.isArray(reference) ? { fields: reference } : reference!,
    ]),
  )
  const fieldsOf = (slug: string) =>
    (config.collections ?? []).find((collection) => collection.slug === slug)?.fields ?? []
  for (const slug of [...indexed, ...Object.keys(references)]) {
    if (!(config.collections ?? []).some((collection) => collection.slug === slug)) {
      throw new Error(`searchPlugin: there is no collection "${slug}"`)
    }
  }
  const relationPaths = Object.fromEntries(
    Object.keys(references).map((reference) => [
      reference,
      Object.fromEntries(
        indexed.map((collection) => [collection, pathsTo(fieldsOf(collection), reference)]),
      ),
    ]),
  )
  return {
    collections: options.collections,
    indexed,
    references,
    queue: options.queue ?? 'search',
    reconcileMinutes: options.reconcileMinutes ?? 5,
    relationPaths,
  }
}

/** The paths of the relationship and upload fields that point at `target`, at any depth. */
function pathsTo(fields: Field[], target: string, prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        // Polymorphic relationships store { relationTo, value }; none point at references here.
        return !Array.isArray(field.relationTo) && to.includes(target as CollectionSlug)
          ? [`${prefix}${field.name}`]
          : []
      }
      case 'group':
      case 'array':
        return 'name' in field && field.name
          ? pathsTo(field.fields, target, `${prefix}${field.name}.`)
          : pathsTo(field.fields, target, prefix)
      case 'row':
      case 'collapsible':
        return pathsTo(field.fields, target, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          pathsTo(tab.fields, target, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
        )
      default:
        return []
    }
  })
}

/**
 * Which documents of an indexed collection carry a row of a reference: the mapper's own answer,
 * or else every relationship field of the collection that points at the reference.
 */
export function dependentsWhere(
  options: SanitizedSearchOptions,
  collection: SearchCollection,
  reference: string,
  id: number,
): Where | undefined {
  const own = options.collections[collection]?.dependents?.(reference, id)
  if (own) return own
  const paths = options.relationPaths[reference]?.[collection] ?? []
  if (paths.length === 0) return undefined
  const clauses: Where[] = paths.map((path) => ({ [path]: { in: [id] } }))
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}

const customKey = 'search'

/** The options the plugin was given, as the running Payload holds them. */
export function searchOptions(payload: Pick<Payload, 'config'>): SanitizedSearchOptions {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[customKey]
  if (!options) throw new Error('searchPlugin is not in the Payload config')
  return options as SanitizedSearchOptions
}

export const withSearchOptions = (config: Config, options: SanitizedSearchOptions): Config => ({
  ...config,
  custom: { ...config.custom, [customKey]: options },
})
