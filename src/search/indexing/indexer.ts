import { sql } from '@payloadcms/db-postgres'
import type { Meilisearch, Task } from 'meilisearch'
import type { Payload } from 'payload'

import { sqlRows } from '@/utilities/sqlRows'
import { tableNameOf } from '@/utilities/tables'

import { searchOptions } from '../options'
import type { SearchCollection } from '../query/types'
import { meiliClient, searchConfig, SearchUnavailableError } from '../service/config'
import {
  currentRows,
  documentId,
  Lookups,
  publishedRows,
  type SearchDocument,
  type SearchSourceRow,
} from './documents'
import { applySynonyms } from '../terms/apply'
import { readSearchTerms } from '../terms/read'
import { createIndexIfMissing, dropIndex, ensureIndex, metaIndex, settingsHash } from './settings'
import { taskWait } from './taskWaits'

/**
 * The search document of a row, by the mapper its collection was given in the plugin options;
 * `null` when the row must not be in the index.
 */
export function toSearchDocument(
  payload: Payload,
  collection: SearchCollection,
  row: SearchSourceRow,
  lookups: Lookups,
  { withVariants = true }: { withVariants?: boolean } = {},
): SearchDocument | null {
  const mapper = searchOptions(payload).collections[collection]
  if (!mapper) throw new Error(`"${collection}" is not indexed for search`)
  return mapper.toDocument(row, { collection, lookups, withVariants })
}

type Target = { client: Meilisearch; indexName: string }

export function liveTarget(purpose: 'write' | 'maintenance' = 'write'): Target {
  const config = searchConfig()
  if (!config) throw new SearchUnavailableError('MEILI_HOST is not set')
  return { client: meiliClient(purpose), indexName: config.indexName }
}

function succeeded(task: Task, what: string) {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch could not ${what}: ${task.error?.message ?? task.status}`)
  }
}

/** Hands the writes to Meilisearch; the tasks' uids, in order. */
async function enqueue(
  target: Target,
  upserts: SearchDocument[],
  deletes: string[],
): Promise<number[]> {
  const index = target.client.index<SearchDocument>(target.indexName)
  const tasks: number[] = []
  // The key named, so a write that reaches an index not yet made (Meilisearch then makes it)
  // does not fail on guessing it among `id` and `docId`.
  if (upserts.length > 0)
    tasks.push((await index.addDocuments(upserts, { primaryKey: 'id' })).taskUid)
  if (deletes.length > 0) tasks.push((await index.deleteDocuments(deletes)).taskUid)
  return tasks
}

/**
 * Waits until Meilisearch has done these tasks (it works them in order, so the last is waited
 * for) and throws if one of them failed.
 */
export async function waitForIndexing(
  tasks: number[],
  documents: number,
  target: Target = liveTarget(),
): Promise<void> {
  const last = tasks.at(-1)
  if (last === undefined) return
  await target.client.tasks.waitForTask(last, taskWait({ documents }))
  for (const uid of tasks) succeeded(await target.client.tasks.getTask(uid), 'write documents')
}

async function write(target: Target, upserts: SearchDocument[], deletes: string[]): Promise<void> {
  await waitForIndexing(
    await enqueue(target, upserts, deletes),
    upserts.length + deletes.length,
    target,
  )
}

/**
 * Makes the index agree with Postgres for these documents: reads each row as it is now, upserts
 * it when published, removes it otherwise (a draft, unpublished, deleted). Idempotent.
 */
export async function syncDocuments(
  payload: Payload,
  collection: SearchCollection,
  ids: number[],
  target: Target = liveTarget(),
): Promise<{ upserted: number; deleted: number }> {
  const { upserts, deletes } = await documentsOf(payload, collection, ids)
  await write(target, upserts, deletes)
  return { upserted: upserts.length, deleted: deletes.length }
}

/**
 * As syncDocuments, without waiting for Meilisearch: the tasks to wait for (waitForIndexing).
 * `written`: the rows as they were just written (the bulk importer has them), not read again.
 */
export async function queueDocumentWrites(
  payload: Payload,
  collection: SearchCollection,
  ids: number[],
  written?: SearchSourceRow[],
): Promise<number[]> {
  const { upserts, deletes } = await documentsOf(payload, collection, ids, written)
  return enqueue(liveTarget(), upserts, deletes)
}

async function documentsOf(
  payload: Payload,
  collection: SearchCollection,
  ids: number[],
  written?: SearchSourceRow[],
) {
  const rows = written ?? (await currentRows(payload, collection, ids))
  const lookups = await Lookups.load(payload, rows)
  const byId = new Map(rows.map((row) => [row.id, row]))
  const upserts: SearchDocument[] = []
  const deletes: string[] = []
  for (const id of ids) {
    const row = byId.get(id)
    const document = row ? toSearchDocument(payload, collection, row, lookups) : null
    if (document) upserts.push(document)
    else deletes.push(documentId(collection, id))
  }
  return { upserts, deletes }
}

type IndexedEntry = { id: string; docId: number; updatedAt: number }

/** Every document id and update time the index holds for one collection. */
async function indexedEntries(
  target: Target,
  collection: SearchCollection,
): Promise<Map<number, number>> {
  const index = target.client.index<IndexedEntry>(target.indexName)
  const entries = new Map<number, number>()
  // Large pages: reading 100,000 entries by a thousand took twice as long.
  const limit = 10_000
  for (let offset = 0; ; offset += limit) {
    const page = await index.getDocuments({
      fields: ['id', 'docId', 'updatedAt'],
      filter: `collection = "${collection}"`,
      limit,
      offset,
    })
    for (const doc of page.results) entries.set(doc.docId, doc.updatedAt)
    if (page.results.length < limit) return entries
  }
}

/**
 * Every published row's id and update time in Postgres, in one statement: ids and times of 100,000
 * documents through the Local API took 10 s and a gigabyte (whole documents, afterRead), every
 * five minutes.
 */
async function publishedEntries(
  payload: Payload,
  collection: SearchCollection,
): Promise<Map<number, number>> {
  const table = tableNameOf(payload, collection)
  // access: compares ids and times only; no content leaves this function.
  const result = await payload.db.drizzle.execute(
    sql`select id, round(extract(epoch from updated_at) * 1000)::text as updated_ms
        from ${sql.identifier(table)} where _status = 'published'`,
  )
  const rows = sqlRows<{ id: number; updated_ms: string }>(result)
  return new Map(rows.map((row) => [Number(row.id), Number(row.updated_ms)]))
}

export type ReconcileReport = { checked: number; upserted: number; deleted: number }

/**
 * Compares Postgres with the index (ids and update times) and repairs every difference: what a
 * crash, an exhausted retry or an outage of Meilisearch left behind.
 */
export async function reconcile(
  payload: Payload,
  target: Target = liveTarget('maintenance'),
): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, upserted: 0, deleted: 0 }
  for (const collection of searchOptions(payload).indexed) {
    const [expected, indexed] = await Promise.all([
      publishedEntries(payload, collection),
      indexedEntries(target, collection),
    ])
    report.checked += expected.size
    const stale = [...expected].filter(([id, time]) => indexed.get(id) !== time).map(([id]) => id)
    const extra = [...indexed.keys()].filter((id) => !expected.has(id))
    for (let start = 0; start < stale.length; start += 500) {
      const result = await syncDocuments(
        payload,
        collection,
        stale.slice(start, start + 500),
        target,
      )
      report.upserted += result.upserted
      report.deleted += result.deleted
    }
    if (extra.length > 0) {
      await write(
        target,
        [],
        extra.map((id) => documentId(collection, id)),
      )
      report.deleted += extra.length
    }
  }
  return report
}

export type ReindexProgress = { collection: SearchCollection; done: number; total: number }

/**
 * Builds a fresh index next to the live one, swaps them (searches never see an empty index), then
 * replays what changed while it ran by reconciling the new live index with Postgres.
 */
export async function reindex(
  payload: Payload,
  { onProgress }: { onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<{ count: number; replayed: ReconcileReport; ms: number }> {
  const started = performance.now()
  const live = liveTarget('maintenance')
  const fresh: Target = { client: live.client, indexName: `${live.indexName}__reindex` }
  await dropIndex(fresh.client, fresh.indexName)
  await ensureIndex(fresh.client, fresh.indexName, { force: true })
  // The vocabulary is not part of the settings: the fresh index gets it before the swap.
  await applySynonyms(fresh.client, fresh.indexName, await readSearchTerms(payload))

  let count = 0
  const enqueued: number[] = []
  for (const collection of searchOptions(payload).indexed) {
    // access: counts for the progress line only.
    const { totalDocs: total } = await payload.count({
      collection,
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    let done = 0
    for await (const rows of publishedRows(payload, collection, { pageSize: 1000 })) {
      const lookups = await Lookups.load(payload, rows)
      const documents = rows.flatMap(
        (row) => toSearchDocument(payload, collection, row, lookups) ?? [],
      )
      // Enqueue without waiting: Meilisearch indexes one batch while the next one is built.
      enqueued.push((await fresh.client.index(fresh.indexName).addDocuments(documents)).taskUid)
      done += rows.length
      count += documents.length
      onProgress?.({ collection, done, total })
    }
  }
  // One wait for the last task (polling every batch at once made a hundred pollers compete with
  // the indexing at 100,000).
  await waitForIndexing(enqueued, count, fresh)

  // The swap needs a live index; its settings do not matter, it is dropped after the swap.
  // (Applying changed settings to it would make Meilisearch re-index the old documents first:
  // minutes at 100,000.)
  await createIndexIfMissing(live.client, live.indexName)
  succeeded(
    await live.client
      .swapIndexes([{ indexes: [live.indexName, fresh.indexName], rename: false }])
      .waitTask(taskWait()),
    'swap indexes',
  )
  await live.client
    .index(metaIndex(live.indexName))
    .addDocuments([{ id: 'settings', hash: settingsHash() }], { primaryKey: 'id' })
    .waitTask(taskWait())
  await dropIndex(fresh.client, fresh.indexName)
  const replayed = await reconcile(payload, live)
  return { count, replayed, ms: performance.now() - started }
}
