import { Meilisearch } from 'meilisearch'

import { readServerEnv } from '@/env'

import { taskWait } from '../indexing/taskWaits'
import { meiliHttpClient } from './httpClient'

export type SearchConfig = { host: string; apiKey?: string; indexName: string }

let read: { source: string; config: SearchConfig | undefined } | undefined

/**
 * Where the index lives. Tests and tools set the environment after import, so it is looked up
 * per call, but validated again only when one of its variables changed (searches are hot).
 */
export function searchConfig(): SearchConfig | undefined {
  const { MEILI_HOST, MEILI_API_KEY, MEILI_MASTER_KEY, MEILI_INDEX } = process.env
  const source = JSON.stringify([MEILI_HOST, MEILI_API_KEY, MEILI_MASTER_KEY, MEILI_INDEX])
  if (read?.source !== source) {
    const env = readServerEnv()
    read = {
      source,
      config: env.MEILI_HOST
        ? {
            host: env.MEILI_HOST,
            apiKey: env.MEILI_API_KEY ?? env.MEILI_MASTER_KEY,
            indexName: env.MEILI_INDEX,
          }
        : undefined,
    }
  }
  return read.config
}

const clients = new Map<string, Meilisearch>()

/** Per request: a search falls back to Postgres; a write is retried by its job. */
const TIMEOUT_MS = { search: 1500, write: 10_000, maintenance: 120_000 } as const

/**
 * A Meilisearch client. `purpose` sets the timeout: a search must fall back to Postgres quickly
 * when Meilisearch hangs; a write may wait for a busy indexer; maintenance (a full reindex, the
 * reconciliation reading every document's id at 100,000 listings) runs beside a busy indexer on
 * a loaded machine and is not worth failing for a slow page.
 */
export function meiliClient(purpose: keyof typeof TIMEOUT_MS = 'write'): Meilisearch {
  const config = searchConfig()
  if (!config) throw new SearchUnavailableError('MEILI_HOST is not set')
  const key = `${purpose}|${config.host}|${config.apiKey ?? ''}`
  let client = clients.get(key)
  if (!client) {
    client = new Meilisearch({
      host: config.host,
      apiKey: config.apiKey,
      timeout: TIMEOUT_MS[purpose],
      // Searches go over plain node:http, uncompressed (./httpClient.ts: the hot path); writes
      // and task waits keep the client's fetch.
      ...(purpose === 'search' ? { httpClient: meiliHttpClient } : {}),
      // Every `waitTask()` without its own options waits as long as a busy indexer may need.
      defaultWaitOptions: taskWait(),
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
