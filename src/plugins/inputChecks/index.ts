import type { Config, Plugin } from 'payload'

import { checkInput } from './checkInput'
import { checkQuery } from './checkQuery'
import { refuseInvalidInputInDatabase } from './databaseErrors'
import { logByStatus, loggingLevels } from './logErrors'

/**
 * Input checks every collection shares, in one place: JSON types per field, safe rich-text link
 * targets, no CPR numbers in free text and no NUL characters, on create and update, drafts
 * included; and queries (`where`, ids) that Postgres can answer, on every operation. Put before
 * the collections' own `beforeOperation` hooks, so those (and everything after) only ever see
 * well-typed data. Behind them, what still reaches Postgres as bad data comes back as a 400
 * (refuseInvalidInputInDatabase), and expected failures are logged as one line without a stack.
 */
export const inputChecksPlugin =
  (): Plugin =>
  (incomingConfig: Config): Config => ({
    ...incomingConfig,
    db: refuseInvalidInputInDatabase(incomingConfig.db),
    loggingLevels: { ...loggingLevels, ...incomingConfig.loggingLevels },
    hooks: {
      ...incomingConfig.hooks,
      afterError: [...(incomingConfig.hooks?.afterError ?? []), logByStatus],
    },
    collections: (incomingConfig.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [checkInput, checkQuery, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    onInit: async (payload) => {
      // Payload finds a route's collection with `payload.collections[slug]`: without a prototype,
      // `/api/__proto__` or `/api/constructor` find nothing (404) instead of Object's members (500).
      Object.setPrototypeOf(payload.collections, null)
      await incomingConfig.onInit?.(payload)
    },
  })
