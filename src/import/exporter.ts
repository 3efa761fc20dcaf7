import type { CollectionSlug, Payload } from 'payload'

import { type ExportContext, referenceData, type StoredDoc } from './section'
import { type Bundle, importSections } from './sections'

/**
 * Writes every section of the registry (topics, legal bases, organizations, listings, legislation
 * notes …) in the import format (videnportal/v1), keyed the way the importer reads them: importing
 * the result changes nothing. Published documents are exported as published (pending draft changes
 * stay out); documents that were never published are exported as drafts. Internal fields are
 * included: the export is for administrators.
 */
export async function exportBundle(
  payload: Payload,
): Promise<Bundle & { format: 'videnportal/v1' }> {
  const find = async (collection: CollectionSlug) =>
    (
      await payload.find({
        collection,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        sort: 'id',
      })
    ).docs as unknown as StoredDoc[]

  /** collection → id → key, for every collection a reference may point into. */
  const keyById = new Map<string, Map<number, string>>()
  for (const { collection, key } of Object.values(referenceData)) {
    keyById.set(collection, new Map((await find(collection)).map((d) => [d.id, String(d[key])])))
  }
  const docs = new Map<string, StoredDoc[]>()
  for (const section of importSections) {
    for (const collection of section.collections) {
      const found = await find(collection)
      docs.set(collection, found)
      keyById.set(collection, new Map(found.map((d) => [d.id, String(d[section.keyField])])))
    }
  }

  const context: ExportContext = {
    key: (collection, id) =>
      id === null || id === undefined ? undefined : keyById.get(collection)?.get(Number(id)),
    keys: (collection, ids) =>
      ((ids as number[] | null) ?? [])
        .map((id) => keyById.get(collection)?.get(Number(id)))
        .filter((key): key is string => Boolean(key)),
  }

  const bundle: Record<string, unknown> = { format: 'videnportal/v1' }
  for (const section of importSections) {
    bundle[section.name] = section.collections.flatMap((collection) =>
      docs.get(collection)!.map((doc) => section.exportItem(doc, context, collection)),
    )
  }
  return bundle as Bundle & { format: 'videnportal/v1' }
}
