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

/** Options for `waitTask`: the timeout above, polled less often the longer the wait may be. */
export function taskWait(work: { documents?: number } = {}) {
  const timeout = meiliTaskTimeoutMs(work)
  return { timeout, interval: timeout > 60_000 ? 200 : 50 }
}

/** A wait that ran out: the task is still queued or running in Meilisearch, not failed. */
export function isTaskTimeout(error: unknown): boolean {
  return error instanceof MeilisearchTaskTimeOutError
}
