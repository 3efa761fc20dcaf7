/**
 * The importer's bulk path (`npm run import -- --bulk`): listings written in batches, each batch
 * in a transaction of its own, a few batches at a time, and searchable batch by batch once each
 * batch has committed. Everything before the writing is the normal path's (importer.ts): the whole
 * file is read and checked first (zod, the Danish rules, CPR refusal, references, line-precise
 * errors, `--dry-run`), unchanged items are skipped by their import hash, and every document is
 * still written through Payload (its validation, field hooks and version rows), so a listing
 * imported in bulk is the listing the normal path makes. What it skips, per document: the search
 * sync job queued in the writing transaction (replaced by one index write per batch here, and by
 * the scheduled reconciliation should Meilisearch be away) and the cache revalidation (as every
 * import does). What it gives up: one transaction for the whole run. A batch the collection's own
 * checks refuse is rolled back and the run stops, but earlier batches stay; since the import is an
 * upsert by external id, running the corrected file again writes only what is missing.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { syncDocuments } from '@/search/indexing/indexer'
import { SKIP_SEARCH_SYNC } from '@/search/plugin'
import type { SearchCollection } from '@/search/query/types'

export type BulkOptions = {
  /** Writes one item on `req` (inside the batch's transaction). */
  write: (
    item: unknown,
    req: PayloadRequest,
  ) => Promise<{ changed: boolean; id?: number; collection?: CollectionSlug }>
  tick: () => void
  /** Items per transaction. */
  batchSize?: number
  /** Batches written at the same time (each on its own connection). */
  concurrency?: number
}

export async function writeInBatches(
  payload: Payload,
  items: unknown[],
  { write, tick, batchSize = 100, concurrency = 3 }: BulkOptions,
): Promise<void> {
  const batches: unknown[][] = []
  for (let start = 0; start < items.length; start += batchSize)
    batches.push(items.slice(start, start + batchSize))
  let next = 0
  let failure: unknown

  async function writeBatch(batch: unknown[]) {
    const req = await createLocalReq(
      { context: { disableRevalidate: true, importing: true, [SKIP_SEARCH_SYNC]: true } },
      payload,
    )
    const own = await initTransaction(req)
    const written = new Map<CollectionSlug, number[]>()
    try {
      for (const item of batch) {
        if (failure) throw failure
        const { changed, id, collection } = await write(item, req)
        if (changed && id !== undefined && collection)
          written.set(collection, [...(written.get(collection) ?? []), id])
        tick()
      }
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
    // Searchable batch by batch. If Meilisearch is away, the scheduled reconciliation (and the
    // one the launcher queues when it is back) brings these documents in.
    for (const [collection, ids] of written) {
      try {
        await syncDocuments(payload, collection as SearchCollection, ids)
      } catch (error) {
        payload.logger.warn(
          { err: error },
          `Bulk import: ${ids.length} ${collection} not indexed now; the search reconciliation adds them`,
        )
      }
    }
  }

  await Promise.all(
    Array.from({ length: Math.min(concurrency, batches.length) }, async () => {
      while (!failure && next < batches.length) {
        const batch = batches[next++]!
        try {
          await writeBatch(batch)
        } catch (error) {
          failure ??= error
        }
      }
    }),
  )
  if (failure) throw failure
}
