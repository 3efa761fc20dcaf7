/**
 * The benchmarks' listings, made fast: the first `seed` (300) through Payload with its hooks and
 * versions (generate.ts: varied, realistic content), the rest copied from them straight in
 * Postgres (cloneListings.ts: documents, their arrays and relationships, and their latest version
 * rows), since 100 000 creates through Payload would take hours on a shared machine. The copies
 * reach Meilisearch through the product's own bulk reindex (the caller runs it when `changed`), so
 * the search index is what the product would build. The time it takes is reported, not measured.
 */
import type { Payload } from 'payload'

import { cloneListings } from './cloneListings'
import { ensureListings } from './generate'

export type BenchListings = { created: number; copied: number; ms: number; changed: boolean }

export async function ensureBenchListings(
  payload: Payload,
  target: number,
  { seed = 300, log = console.log }: { seed?: number; log?: (line: string) => void } = {},
): Promise<BenchListings> {
  const started = performance.now()
  const created = await ensureListings(payload, Math.min(target, seed), (done, total) =>
    log(`[bench] created ${done}/${total} listings through Payload`),
  )
  const copied = await cloneListings(payload, target, (total) =>
    log(`[bench] ${total} listings (copied in SQL)`),
  )
  const ms = performance.now() - started
  if (created + copied > 0)
    log(
      `[bench] generated ${created} listings through Payload and ${copied} in SQL in ${(ms / 1000).toFixed(1)} s (not measured)`,
    )
  return { created, copied, ms, changed: created + copied > 0 }
}
