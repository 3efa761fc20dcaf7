import config from '@payload-config'
import { getPayload } from 'payload'

import { readServerEnv } from '@/env'

import { startSearchRunner } from './runner'

const RETRY_MS = 15_000

/**
 * Starts the search sync runner in the Next.js server, in the background: the server must come up
 * (and /api/health answer) even when the database is not reachable yet; the start is retried.
 */
export function startRunnerInBackground(): void {
  if (readServerEnv().SEARCH_RUNNER === 'off') return
  void (async () => {
    try {
      // A Payload of its own (key): the instrumentation bundle's copy of Payload's classes must
      // not serve the routes, whose error handling checks `instanceof` against their own copy.
      const payload = await getPayload({ config, key: 'search-runner' })
      await startSearchRunner(payload)
    } catch (error) {
      console.error(
        `[videnportal] The search sync runner could not start (${error instanceof Error ? error.message : String(error)}); trying again in ${RETRY_MS / 1000} s.`,
      )
      setTimeout(startRunnerInBackground, RETRY_MS).unref()
    }
  })()
}
