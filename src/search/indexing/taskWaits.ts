import { MeilisearchTaskTimeOutError } from 'meilisearch'

/**
 * How long the portal waits for a Meilisearch task. Meilisearch runs its tasks one after another,
 * so a small write (the settings record, a document) can wait behind a reindex that is still
 * filling the index; the client's default of 5 s is far too short for that on a loaded machine.
 * The base comes from MEILI_TASK_TIMEOUT_SECONDS (default 120), and a batch of documents gets
 * PER_DOCUMENT_MS more per document, up to MAX_MS.
 */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 120
const PER_DOCUMENT_MS = 50
const MAX_MS = 60 * 60_000

export function meiliTaskTimeoutMs(
  { documents = 0 }: { documents?: number } = {},
  value = process.env.MEILI_TASK_TIMEOUT_SECONDS,
): number {
  const seconds = Number(value)
  const base =
    value !== undefined && value !== '' && Number.isFinite(seconds) && seconds > 0
      ? seconds * 1000
      : DEFAULT_TASK_TIMEOUT_SECONDS * 1000
  return Math.min(MAX_MS, Math.round(base + Math.max(0, documents) * PER_DOCUMENT_MS))
}

/** Writes of fewer documents than this are polled often: they are done in milliseconds. */
const LARGE_WRITE_DOCUMENTS = 1000

/**
 * Options for `waitTask`: the timeout above, and a poll interval by the size of the work. A one-
 * document sync (a publish) is polled every 25 ms, as its job ends, and the next sync starts, only
 * when the wait sees it done; a batch of a reindex or a settings change on a large index every
 * 200 ms.
 */
export function taskWait(work: { documents?: number } = {}) {
  const timeout = meiliTaskTimeoutMs(work)
  return { timeout, interval: (work.documents ?? 0) >= LARGE_WRITE_DOCUMENTS ? 200 : 25 }
}

/** A wait that ran out: the task is still queued or running in Meilisearch, not failed. */
export function isTaskTimeout(error: unknown): boolean {
  return error instanceof MeilisearchTaskTimeOutError
}
