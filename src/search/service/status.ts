import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch'

import { SearchUnavailableError } from './config'

/**
 * Whether Meilisearch is believed to be down, shared by the search path (which then answers from
 * Postgres at once instead of waiting for a timeout on every request) and the job runner (which
 * then watches for Meilisearch to come back and reconciles).
 */
const RETRY_AFTER_MS = 5000

const state = { downSince: 0, lastError: '' }
const listeners = new Set<() => void>()

/** An error that means Meilisearch could not be reached, not that it refused the request. */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return false
  // The search client's own transport (./httpClient.ts) answers a refusal with MeilisearchApiError,
  // which the client hands on wrapped in a MeilisearchRequestError: still a refusal.
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError)
    return false
  return (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError ||
    error instanceof SearchUnavailableError
  )
}

export function noteSearchFailure(error: unknown) {
  if (!isConnectionError(error)) return
  const wasDown = state.downSince > 0
  state.downSince = Date.now()
  state.lastError = (error as Error).message
  if (!wasDown) for (const listener of listeners) listener()
}

export function noteSearchAvailable() {
  state.downSince = 0
  state.lastError = ''
}

/** True while a recent failure says not to try Meilisearch for a search. */
export function shouldSkipMeilisearch(now = Date.now()): boolean {
  return state.downSince > 0 && now - state.downSince < RETRY_AFTER_MS
}

/** Called once each time Meilisearch is found down. */
export function onSearchDown(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
