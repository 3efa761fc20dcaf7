import type { Config, Plugin } from 'payload'

import { Outcomes } from './collection'

/**
 * Outcomes and progression on listings (issue 19): the `outcomes` collection. The listings' own
 * field (./listingField.ts) is part of the shared listing fields, so that moderation, the importer
 * and the search mapper see it like any other. Put before the input checks, so that they (CPR
 * refusal, JSON types) cover the collection too.
 */
export const outcomesPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Outcomes],
  })
