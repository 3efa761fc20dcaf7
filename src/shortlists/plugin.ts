import type { CollectionConfig, Config, Plugin } from 'payload'

import { Shortlists } from './collection'
import { currentShortlistEndpoint, toggleShortlistEntryEndpoint } from './endpoints'
import { forgetShortlistsOfUser } from './forgetUser'

const withForgetOnDelete = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'users'
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), forgetShortlistsOfUser],
        },
      }
    : collection

/**
 * Shortlists kept with an account, as a configured plugin: the `shortlists` collection and the
 * two endpoints the portal's »Føj til huskeliste« button uses for a logged-in reader. Declared
 * before the input checks in payload.config.ts, so that they (CPR refusal) cover the collection.
 */
export const shortlistsPlugin =
  (): Plugin =>
  (incomingConfig: Config): Config => ({
    ...incomingConfig,
    collections: [...(incomingConfig.collections ?? []).map(withForgetOnDelete), Shortlists],
    endpoints: [
      ...(incomingConfig.endpoints ?? []),
      currentShortlistEndpoint,
      toggleShortlistEntryEndpoint,
    ],
  })
