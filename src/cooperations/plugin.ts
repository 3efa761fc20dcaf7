import type { CollectionConfig, Config, Plugin } from 'payload'

import { CooperationSides } from './collections/CooperationSides'
import { Cooperations } from './collections/Cooperations'

/**
 * Cooperations between municipalities and NGOs (issue 19): the six tools of seed 003's catalogue
 * and the organization's own side of the agreement. Put before the input checks (CPR refusal) and
 * before the moderation plugin, which holds an NGO editor's change of their side for review.
 */
export const cooperationsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      Cooperations as CollectionConfig,
      CooperationSides as CollectionConfig,
    ],
  })
