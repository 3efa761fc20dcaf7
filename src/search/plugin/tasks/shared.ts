import { noteSearchFailure } from '../../service/status'

export const retries = { attempts: 8, backoff: { type: 'exponential' as const, delay: 1000 } }

export const collectionInput = [
  { name: 'collection', type: 'text' as const, required: true },
  { name: 'id', type: 'number' as const, required: true },
]

export const syncOutput = [
  { name: 'upserted', type: 'number' as const },
  { name: 'deleted', type: 'number' as const },
]

/** Runs search work, noting an unreachable Meilisearch so searches answer from Postgres. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    noteSearchFailure(error)
    throw error
  }
}
