import { Meilisearch } from 'meilisearch'

import { readServerEnv } from '@/env'

export type SearchConfig = { host: string; apiKey?: string; indexName: string }

/** Where the index lives. Read per call: tests and tools set the environment after import. */
export function searchConfig(): SearchConfig | undefined {
  const env = readServerEnv()
  if (!env.MEILI_HOST) return undefined
  return {
    host: env.MEILI_HOST,
    apiKey: env.MEILI_API_KEY ?? env.MEILI_MASTER_KEY,
    indexName: env.MEILI_INDEX,
  }
}

const clients = new Map<string, Meilisearch>()

/**
 * A Meilisearch client. `purpose` sets the timeout: a search must fall back to Postgres quickly
 * when Meilisearch hangs; a write may wait for a busy indexer.
 */
export function meiliClient(purpose: 'search' | 'write' = 'write'): Meilisearch {
  const config = searchConfig()
  if (!config) throw new SearchUnavailableError('MEILI_HOST is not set')
  const key = `${purpose}|${config.host}|${config.apiKey ?? ''}`
  let client = clients.get(key)
  if (!client) {
    client = new Meilisearch({
      host: config.host,
      apiKey: config.apiKey,
      timeout: purpose === 'search' ? 1500 : 10_000,
    })
    clients.set(key, client)
  }
  return client
}

/** Meilisearch is not configured or not reachable. */
export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SearchUnavailableError'
  }
}
