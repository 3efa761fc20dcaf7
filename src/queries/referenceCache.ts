import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

/**
 * Where the reference data (src/queries/reference.ts) is kept on this app server, apart from the
 * reading so that the collections' hooks can forget it without importing server-only code. A
 * change to a topic, municipality, legal basis or outcome forgets it here at once; other app
 * servers read it again within the minute, or at once when a page needs an id they lack.
 */
export const referenceCollections = [
  'topics',
  'municipalities',
  'legal-bases',
  'outcomes',
] as const satisfies readonly CollectionSlug[]

export type CachedReference<T> = { at: number; data: Promise<T> }

let cached: CachedReference<unknown> | undefined

export const referenceCache = {
  get: <T>() => cached as CachedReference<T> | undefined,
  set: <T>(entry: CachedReference<T> | undefined) => {
    cached = entry
  },
  forget: () => {
    cached = undefined
  },
}

/** Forgets the reference data after a change to any of its collections (a configured plugin). */
export const referenceDataPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig => {
      if (!(referenceCollections as readonly string[]).includes(collection.slug)) return collection
      const forget = ({ doc }: { doc: unknown }) => {
        referenceCache.forget()
        return doc
      }
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), forget],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), forget],
        },
      }
    }),
  })
