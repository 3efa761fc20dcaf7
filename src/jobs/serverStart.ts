import config from '@payload-config'
import { getPayload } from 'payload'

import { readServerEnv, type ServerEnv } from '@/env'

import { jobsRunnerEnabled } from './enabled'
import { startJobsRunner } from './runner'

const RETRY_MS = 15_000

/**
 * Starts the jobs runner in the Next.js server, in the background: the server must come up (and
 * /api/health answer) even when the database is not reachable yet; the start is retried.
 * Returns false when this server is not to run it (JOBS_RUNNER=off or SEARCH_RUNNER=off).
 */
export function startJobsRunnerInBackground(env: ServerEnv = readServerEnv()): boolean {
  if (!jobsRunnerEnabled(env)) return false
  void (async () => {
    try {
      // A Payload of its own (key): the instrumentation bundle's copy of Payload's classes must
      // not serve the routes, whose error handling checks `instanceof` against their own copy.
      const payload = await getPayload({ config, key: 'jobs-runner' })
      await startJobsRunner(payload)
    } catch (error) {
      console.error(
        `[videnportal] The jobs runner could not start (${error instanceof Error ? error.message : String(error)}); trying again in ${RETRY_MS / 1000} s.`,
      )
      setTimeout(() => startJobsRunnerInBackground(env), RETRY_MS).unref()
    }
  })()
  return true
}
