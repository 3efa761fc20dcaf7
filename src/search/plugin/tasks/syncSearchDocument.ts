import type { TaskConfig } from 'payload'

import { syncDocuments } from '../../indexing/indexer'
import type { SearchCollection } from '../../query/types'
import type { SanitizedSearchOptions } from '../../options'
import { collectionInput, guarded, retries, syncOutput } from './shared'

/** Brings one document of the index up to date with its row. */
export const syncSearchDocumentTask = (
  options: SanitizedSearchOptions,
): TaskConfig<{
  input: { collection: string; id: number }
  output: { upserted: number; deleted: number }
}> => ({
  slug: 'syncSearchDocument',
  label: 'Opdater søgeindekset for et dokument',
  inputSchema: collectionInput,
  outputSchema: syncOutput,
  retries,
  // Two jobs for one document never run at once. Not `supersedes`: deleting a waiting job races
  // with a runner that has just selected it (Payload 3.90 then fails the whole run); a second job
  // for the same document is cheap, as each reads the row as it is when it runs.
  concurrency: {
    key: ({ input }) => `search:${input.collection}:${input.id}`,
    exclusive: true,
  },
  handler: async ({ input, req }) => {
    if (!options.indexed.includes(input.collection as SearchCollection)) {
      throw new Error(`"${input.collection}" is not indexed for search`)
    }
    const output = await guarded(() =>
      syncDocuments(req.payload, input.collection as SearchCollection, [input.id]),
    )
    return { output }
  },
})
