import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { forgetAfter, forgetCached } from '@/utilities/refreshingCache'

/**
 * Forgetting the reference data (src/queries/reference.ts), apart from its reading so that the
 * collections' hooks need no server-only code. A change to a topic, municipality, legal basis or
 * outcome forgets it on this app server at once; other app servers read it again within the
 * minute, or at once when a page needs an id they lack.
 */
export const referenceCollections = [
  'topics',
  'municipalities',
  'legal-bases',
  'outcomes',
] as const satisfies readonly CollectionSlug[]

/** The name the reference data is kept under (src/utilities/refreshingCache.ts). */
export const REFERENCE_DATA_CACHE = 'reference-data'

/** Forgets the reference data after a change to any of its collections (a configured plugin). */
export const referenceDataPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig => {
      if (!(referenceCollections as readonly string[]).includes(collection.slug)) return collection
      const forget = forgetAfter(() => forgetCached(REFERENCE_DATA_CACHE))
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
