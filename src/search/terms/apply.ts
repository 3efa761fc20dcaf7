import type { Meilisearch } from 'meilisearch'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { stemmedSynonyms } from '../indexing/danish'
import { ensureIndex } from '../indexing/settings'
import { taskWait } from '../indexing/taskWaits'
import { meiliClient, searchConfig } from '../service/config'
import { noteSearchFailure } from '../service/status'
import { readSearchTerms, setCurrentSearchTerms } from './read'
import { sameSynonyms } from './rules'

/** The jobs queue of the vocabulary: its own, so search-sync waits never count it. */
export const SEARCH_TERMS_QUEUE = 'search-terms'

/**
 * Sets an index's synonyms to `terms` (with their stems) when they differ from what it holds (a settings task
 * only then). Synonyms are applied at query time: no document is re-indexed.
 */
export async function applySynonyms(
  client: Meilisearch,
  indexName: string,
  terms: Record<string, string[]>,
): Promise<{ changed: boolean }> {
  // Each term also finds the Snowball stems of its synonyms (the documents' `stems` fields).
  const synonyms = stemmedSynonyms(terms)
  const index = client.index(indexName)
  const current = await index.getSynonyms().catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return null
    throw error
  })
  // No index yet (a first start): create it with its settings, as the search runner would.
  if (current === null) await ensureIndex(client, indexName)
  if (current && sameSynonyms(current as Record<string, string[]>, synonyms))
    return { changed: false }
  const task = await index.updateSynonyms(synonyms).waitTask(taskWait())
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch refused the synonyms: ${JSON.stringify(task.error)}`)
  }
  return { changed: true }
}

/** Reads the vocabulary from the database and applies it to the live index (and this server). */
export async function applySearchTerms(
  payload: Payload,
  target?: { client: Meilisearch; indexName: string },
): Promise<{ terms: number; changed: boolean }> {
  const synonyms = await readSearchTerms(payload)
  setCurrentSearchTerms(synonyms)
  const config = searchConfig()
  if (!target && !config) return { terms: Object.keys(synonyms).length, changed: false }
  const { client, indexName } = target ?? {
    client: meiliClient('write'),
    indexName: config!.indexName,
  }
  try {
    const { changed } = await applySynonyms(client, indexName, synonyms)
    return { terms: Object.keys(synonyms).length, changed }
  } catch (error) {
    noteSearchFailure(error)
    throw error
  }
}

/** Queues the apply job (in `req`'s transaction when given: it runs after the commit). */
export async function queueApplySearchTerms(payload: Payload, req?: PayloadRequest) {
  await payload.jobs.queue({
    task: 'applySearchTerms',
    input: {},
    queue: SEARCH_TERMS_QUEUE,
    ...(req ? { req } : {}),
    // access: system work caused by a change the user was allowed to make.
    overrideAccess: true,
  })
}

/**
 * Applies the vocabulary to the index: queued by every save or deletion of a search term, and
 * scheduled every `checkMinutes` as a check that repairs a reindexed, recreated or restored index.
 */
export const applySearchTermsTask = (
  checkMinutes: number,
): TaskConfig<{
  input: Record<string, never>
  output: { terms: number; changed: boolean }
}> => ({
  slug: 'applySearchTerms',
  label: 'Opdater søgeordene i søgeindekset',
  inputSchema: [],
  outputSchema: [
    { name: 'terms', type: 'number' },
    { name: 'changed', type: 'checkbox' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 1000 } },
  concurrency: { key: () => 'search-terms:apply', exclusive: true },
  ...(checkMinutes > 0
    ? { schedule: [{ cron: `*/${checkMinutes} * * * *`, queue: SEARCH_TERMS_QUEUE }] }
    : {}),
  handler: async ({ req }) => ({ output: await applySearchTerms(req.payload) }),
})
