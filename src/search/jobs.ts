import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { listingCollections } from '@/domain/options'

import { indexedCollections } from './documents'
import { reconcile, syncDocuments } from './indexer'
import { noteSearchFailure } from './status'
import type { SearchCollection } from './types'

/** The jobs queue of search sync; the runner (./runner.ts) works it. */
export const SEARCH_QUEUE = 'search'

/** Collections whose names or codes search documents carry. */
export const relatedCollections = [
  'organizations',
  'topics',
  'legal-bases',
  'municipalities',
] as const
export type RelatedCollection = (typeof relatedCollections)[number]

const retries = { attempts: 8, backoff: { type: 'exponential' as const, delay: 1000 } }

const collectionInput = [
  { name: 'collection', type: 'text' as const, required: true },
  { name: 'id', type: 'number' as const, required: true },
]
const syncOutput = [
  { name: 'upserted', type: 'number' as const },
  { name: 'deleted', type: 'number' as const },
]

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    noteSearchFailure(error)
    throw error
  }
}

/** Brings one document of the index up to date with its row. */
export const syncSearchDocumentTask: TaskConfig<{
  input: { collection: string; id: number }
  output: { upserted: number; deleted: number }
}> = {
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
    if (!indexedCollections.includes(input.collection as SearchCollection)) {
      throw new Error(`"${input.collection}" is not indexed for search`)
    }
    const output = await guarded(() =>
      syncDocuments(req.payload, input.collection as SearchCollection, [input.id]),
    )
    return { output }
  },
}

/** Where-clauses: which indexed documents name a changed organization, topic, legal basis or municipality. */
function dependents(
  collection: RelatedCollection,
  id: number,
): Partial<Record<SearchCollection, Where>> {
  const forListings = (where: Where) =>
    Object.fromEntries(listingCollections.map((listing) => [listing, where]))
  switch (collection) {
    case 'organizations':
      return forListings({ provider: { equals: id } })
    case 'topics':
      return {
        ...forListings({ topics: { in: [id] } }),
        'legislation-notes': { topics: { in: [id] } },
      }
    case 'legal-bases':
      return {
        ...forListings({ legalBasis: { in: [id] } }),
        'legislation-notes': { legalBases: { in: [id] } },
      }
    case 'municipalities':
      return forListings({ or: [{ coverage: { in: [id] } }, { wholeNetwork: { equals: true } }] })
  }
}

/**
 * Re-syncs the documents that carry the name of a changed organization, topic, legal basis or
 * municipality. Topics reach their children's documents through the parent chain, so a changed
 * topic re-syncs everything tagged below it as well.
 */
export const syncSearchDependentsTask: TaskConfig<{
  input: { collection: string; id: number }
  output: { upserted: number; deleted: number }
}> = {
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
    const collection = input.collection as RelatedCollection
    if (!relatedCollections.includes(collection)) {
      throw new Error(`"${input.collection}" is not a search reference`)
    }
    const topicIds = collection === 'topics' ? await descendants(req, input.id) : [input.id]
    const output = { upserted: 0, deleted: 0 }
    for (const id of topicIds) {
      for (const [target, where] of Object.entries(dependents(collection, id))) {
        // access: finds ids to re-sync; the sync itself decides what the index gets.
        const { docs } = await req.payload.find({
          collection: target as SearchCollection,
          where,
          select: {},
          depth: 0,
          pagination: false,
          draft: false,
          overrideAccess: true,
        })
        const ids = docs.map((doc) => doc.id)
        for (let start = 0; start < ids.length; start += 500) {
          const result = await guarded(() =>
            syncDocuments(req.payload, target as SearchCollection, ids.slice(start, start + 500)),
          )
          output.upserted += result.upserted
          output.deleted += result.deleted
        }
      }
    }
    return { output }
  },
}

async function descendants(req: PayloadRequest, id: number): Promise<number[]> {
  // access: topic ids and parents only.
  const { docs } = await req.payload.find({
    collection: 'topics',
    select: { parent: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const children = new Map<number, number[]>()
  for (const topic of docs) {
    const parent = typeof topic.parent === 'object' ? topic.parent?.id : topic.parent
    if (parent != null) children.set(parent, [...(children.get(parent) ?? []), topic.id])
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

/** Compares Postgres with the index and repairs drift; queued by the runner on a timer. */
export const reconcileSearchTask: TaskConfig<{
  input: Record<string, never>
  output: { checked: number; upserted: number; deleted: number }
}> = {
  slug: 'reconcileSearch',
  label: 'Sammenlign søgeindekset med databasen',
  inputSchema: [],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'upserted', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  concurrency: { key: () => 'search:reconcile', exclusive: true },
  handler: async ({ req }) => ({ output: await guarded(() => reconcile(req.payload)) }),
}

export const searchTasks = [syncSearchDocumentTask, syncSearchDependentsTask, reconcileSearchTask]

/** Queues a sync in the request's transaction: it commits, or is dropped, with the change. */
export async function queueSearchSync(
  req: PayloadRequest,
  task: 'syncSearchDocument' | 'syncSearchDependents',
  collection: string,
  id: number,
) {
  await req.payload.jobs.queue({
    task,
    input: { collection, id },
    queue: SEARCH_QUEUE,
    req,
    // access: the job is system work caused by a change this user was allowed to make.
    overrideAccess: true,
  })
}

export async function queueReconcile(payload: Payload) {
  await payload.jobs.queue({
    task: 'reconcileSearch',
    input: {},
    queue: SEARCH_QUEUE,
    // access: system work of the runner.
    overrideAccess: true,
  })
}
