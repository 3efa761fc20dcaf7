/**
 * The importer's bulk path (`npm run import -- --bulk`): listings written in batches, each batch
 * in a transaction of its own, a few batches at a time, each handed to the search index once it
 * has committed; the import returns when all of it is searchable. Everything before the writing is the normal path's (importer.ts): the whole
 * file is read and checked first (zod, the Danish rules, CPR refusal, references, line-precise
 * errors, `--dry-run`), and unchanged items are skipped by their import hash.
 *
 * The writing differs: a batch's documents are made by the collection's own hooks (./prepare.ts)
 * and written as rows, one statement per table for the whole batch (./rows.ts), instead of one
 * `payload.create` per item (~25 statements and ~7 ms of Payload's JavaScript each). What that
 * skips, and why it is safe:
 * - Field validation: every item has passed the domain rules the fields validate with.
 * - The rich-text editor's node hooks: an imported description is plain paragraphs
 *   (`textToLexical`), which they leave as they are.
 * - The collection's `afterChange` hooks, each replaced: the search sync by one index write per
 *   batch (and the scheduled reconciliation should Meilisearch be away); the repeal flag by a
 *   refresh of the documents that cite a repealed provision or were flagged (no other document
 *   has a flag or a task to change); the editor's mail acts on review decisions, never on imports.
 * - The cache revalidation, as every import does.
 * What it gives up: one transaction for the whole run. A batch the collection's hooks refuse is
 * rolled back and the run stops, but earlier batches stay; since the import is an upsert by
 * external id, running the corrected file again writes only what is missing.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { queueDocumentWrites, waitForIndexing } from '@/search/indexing/indexer'
import { SKIP_SEARCH_SYNC } from '@/search/plugin'
import type { SearchSourceRow } from '@/search/indexing/documents'
import type { SearchCollection } from '@/search/query/types'

/** A written document; `doc` as stored, when the writer has it (then it is indexed as it is). */
export type Written = { collection: CollectionSlug; id: number; doc?: SearchSourceRow }

export type BulkOptions = {
  /** Writes a batch of items on `req` (inside the batch's transaction); what it wrote. */
  write: (items: unknown[], req: PayloadRequest) => Promise<Written[]>
  tick: (count: number) => void
  /** Items per transaction. */
  batchSize?: number
  /** Batches written at the same time (each on its own connection). */
  concurrency?: number
  /** Called once every batch is committed, before waiting for the search index. */
  onWritten?: () => void
}

export async function writeInBatches(
  payload: Payload,
  items: unknown[],
  { write, tick, onWritten, batchSize = 500, concurrency = 2 }: BulkOptions,
): Promise<void> {
  const batches: unknown[][] = []
  for (let start = 0; start < items.length; start += batchSize)
    batches.push(items.slice(start, start + batchSize))
  let next = 0
  let failure: unknown
  const indexTasks: number[] = []
  let indexed = 0

  async function writeBatch(batch: unknown[]) {
    const req = await createLocalReq(
      { context: { disableRevalidate: true, importing: true, [SKIP_SEARCH_SYNC]: true } },
      payload,
    )
    const own = await initTransaction(req)
    let written: Written[]
    try {
      written = await write(batch, req)
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
    tick(batch.length)
    const groups = new Map<string, Written[]>()
    for (const entry of written) {
      const key = `${entry.collection}:${entry.doc ? 'doc' : 'id'}`
      groups.set(key, [...(groups.get(key) ?? []), entry])
    }
    // Handed to the index batch by batch. If Meilisearch is away, the scheduled reconciliation (and
    // the one the launcher queues when it is back) brings these documents in.
    for (const entries of groups.values()) {
      const { collection } = entries[0]!
      const ids = entries.map((entry) => entry.id)
      const docs = entries[0]!.doc ? entries.map((entry) => entry.doc!) : undefined
      try {
        indexTasks.push(
          ...(await queueDocumentWrites(payload, collection as SearchCollection, ids, docs)),
        )
        indexed += ids.length
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
  onWritten?.()
  // Meilisearch indexed each batch while the next ones were written (waiting batch by batch made
  // the import wait for the indexing); the import ends when all of it is searchable.
  try {
    await waitForIndexing(indexTasks, indexed)
  } catch (error) {
    payload.logger.warn(
      { err: error },
      'Bulk import: the search index did not take every batch; the search reconciliation adds them',
    )
  }
}
