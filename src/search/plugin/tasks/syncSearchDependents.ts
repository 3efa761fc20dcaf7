import type { PayloadRequest, TaskConfig } from 'payload'

import { relationId } from '@/utilities/relationId'

import { syncDocuments } from '../../indexing/indexer'
import { dependentsWhere, type SanitizedSearchOptions } from '../../options'
import { collectionInput, guarded, retries, syncOutput } from './shared'

const BATCH = 500

/**
 * Re-syncs the documents that carry the name of a changed row of a reference collection (an
 * organization, a topic, a legal basis, a municipality). A reference with a `parentField` (topics)
 * reaches its children's documents through the parent chain, so a changed topic re-syncs
 * everything tagged below it as well.
 */
export const syncSearchDependentsTask = (
  options: SanitizedSearchOptions,
): TaskConfig<{
  input: { collection: string; id: number }
  output: { upserted: number; deleted: number }
}> => ({
  slug: 'syncSearchDependents',
  label: 'Opdater søgeindekset efter en ændret reference',
  inputSchema: collectionInput,
  outputSchema: syncOutput,
  retries,
  concurrency: {
    key: ({ input }) => `search-dependents:${input.collection}:${input.id}`,
    exclusive: true,
  },
  handler: async ({ input, req }) => {
    const reference = options.references[input.collection]
    if (!reference) throw new Error(`"${input.collection}" is not a search reference`)
    const ids = reference.parentField
      ? await descendants(req, input.collection, reference.parentField, input.id)
      : [input.id]
    const output = { upserted: 0, deleted: 0 }
    for (const id of ids) {
      for (const target of options.indexed) {
        const where = dependentsWhere(options, target, input.collection, id)
        if (!where) continue
        // access: finds ids to re-sync; the sync itself decides what the index gets.
        const { docs } = await req.payload.find({
          collection: target,
          where,
          select: {},
          depth: 0,
          pagination: false,
          draft: false,
          overrideAccess: true,
        })
        const found = docs.map((doc) => doc.id)
        for (let start = 0; start < found.length; start += BATCH) {
          const result = await guarded(() =>
            syncDocuments(req.payload, target, found.slice(start, start + BATCH)),
          )
          output.upserted += result.upserted
          output.deleted += result.deleted
        }
      }
    }
    return { output }
  },
})

/** The row and every row below it along the parent relationship. */
async function descendants(
  req: PayloadRequest,
  collection: string,
  parentField: string,
  id: number,
): Promise<number[]> {
  // access: ids and parents only.
  const { docs } = await req.payload.find({
    collection: collection as 'topics',
    select: { [parentField]: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const children = new Map<number, number[]>()
  for (const row of docs) {
    const parent = relationId(
      (row as unknown as Record<string, unknown>)[parentField] as number | null,
    )
    if (parent != null) children.set(parent, [...(children.get(parent) ?? []), row.id])
  }
  const result: number[] = []
  const stack = [id]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (result.includes(current)) continue
    result.push(current)
    stack.push(...(children.get(current) ?? []))
  }
  return result
}
