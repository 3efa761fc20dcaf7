import type { Config, Plugin } from 'payload'

import { checkInput } from './checkInput'

/**
 * Input checks every collection shares, in one place: JSON types per field and safe rich-text
 * link targets, on create and update, drafts included. Put before the collections' own
 * `beforeOperation` hooks, so those (and everything after) only ever see well-typed data.
 */
export const inputChecksPlugin =
  (): Plugin =>
  (incomingConfig: Config): Config => ({
    ...incomingConfig,
    collections: (incomingConfig.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [checkInput, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
