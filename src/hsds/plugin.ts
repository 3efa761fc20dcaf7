import type { CollectionSlug, Config, Plugin } from 'payload'

import { hsdsIdField } from './ids'

export type HsdsPluginOptions = {
  /** Collections whose records appear in the HSDS output with a stored UUID. */
  collections: CollectionSlug[]
}

/**
 * Open data (Open Referral HSDS 3.0): a stored UUID (`hsdsId`) on each collection the HSDS API
 * publishes. The API itself is a set of route handlers under /api/hsds (src/app/api/hsds), which
 * read with the anonymous visitor's access (src/hsds/read.ts).
 */
export const hsdsPlugin =
  (options: HsdsPluginOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      options.collections.includes(collection.slug as CollectionSlug) &&
      !collection.fields.some((field) => 'name' in field && field.name === 'hsdsId')
        ? { ...collection, fields: [...collection.fields, hsdsIdField()] }
        : collection,
    ),
  })
