import path from 'node:path'

import { projectRoot } from './paths'

/** Node arguments that run a TypeScript command-line entry through tsx. */
export function tsEntryArgs(file: string, ...args: string[]): string[] {
  return ['--import', 'tsx', path.resolve(projectRoot, file), ...args]
}

/**
 * Exit code 13 ("unsettled top-level await") with no work done: under load, Node 20 sometimes ends
 * a child whose modules tsx's off-thread loader is still loading, because the event loop looks
 * empty while the answer is on its way. Our entries never exit with 13 themselves, and each is safe
 * to run again (migrations and seed are idempotent, an import is one transaction and upserts, an
 * export rewrites its file, a reindex swaps indexes), so the launcher runs such a child again.
 * Holding the loop open with a timer instead turned the same failure into a hang.
 */
export const LOADER_FLAKE_EXIT_CODE = 13
export const LOADER_FLAKE_ATTEMPTS = 3
