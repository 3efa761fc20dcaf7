import pg from 'pg'
import type { Payload } from 'payload'

import { readServerEnv } from '@/env'

import { meiliClient, searchConfig } from './config'
import { reconcile } from './indexer'
import { queueReconcile, SEARCH_QUEUE } from './jobs'
import { ensureIndex } from './settings'
import { isConnectionError, noteSearchAvailable, noteSearchFailure, onSearchDown } from './status'

/** Postgres channel the payload_jobs trigger (migration search_jobs) notifies on commit. */
export const JOBS_CHANNEL = 'videnportal_search_jobs'

/** Picks up jobs whose retry time has come, and anything a lost notification left behind. */
const POLL_MS = 5000
const HEALTH_POLL_MS = 1000
/** Jobs taken per run; a full batch means more may be waiting. */
const BATCH = 100

type Runner = { stop: () => Promise<void>; wake: () => void }

const globalKey = Symbol.for('videnportal.searchRunner')
type WithRunner = typeof globalThis & { [globalKey]?: Runner }

/**
 * Works the search queue inside the server process. Hooks only queue jobs (in the writing
 * transaction); a trigger on payload_jobs sends a Postgres NOTIFY that is delivered when that
 * transaction commits, and the runner wakes on it — no slow timer between a publish and the index.
 * At start it applies the index settings and reconciles; then it reconciles every
 * SEARCH_RECONCILE_MINUTES, and when Meilisearch goes down it watches for it to come back and
 * reconciles at once, so the index converges.
 */
export async function startSearchRunner(
  payload: Payload,
  {
    log = (message: string) => payload.logger.info(message),
  }: { log?: (message: string) => void } = {},
): Promise<Runner> {
  const holder = globalThis as WithRunner
  if (holder[globalKey]) return holder[globalKey]
  const env = readServerEnv()
  let stopped = false
  let running = false
  let again = false
  const timers = new Set<NodeJS.Timeout>()
  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (!stopped) action()
    }, ms)
    timers.add(timer)
  }

  const drain = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        const result = await payload.jobs.run({
          queue: SEARCH_QUEUE,
          limit: BATCH,
          silent: { info: true },
        })
        if (
          result.remainingJobsFromQueried > 0 ||
          (result.jobStatus && Object.keys(result.jobStatus).length === BATCH)
        ) {
          again = true
        }
      } while (again && !stopped)
    } catch (error) {
      payload.logger.error({ err: error }, 'Search sync runner failed to run jobs')
    } finally {
      running = false
    }
  }
  const wake = () => {
    if (!stopped) void drain()
  }

  // Reconcile directly (not as a job) when the runner starts and when Meilisearch returns.
  const reconcileNow = async (why: string) => {
    try {
      const config = searchConfig()
      if (!config) return
      await ensureIndex(meiliClient('write'), config.indexName)
      const report = await reconcile(payload)
      noteSearchAvailable()
      if (report.upserted + report.deleted > 0) {
        log(
          `Search index reconciled (${why}): ${report.upserted} updated, ${report.deleted} removed of ${report.checked}.`,
        )
      }
    } catch (error) {
      noteSearchFailure(error)
      if (!isConnectionError(error))
        payload.logger.error({ err: error }, 'Search reconciliation failed')
      else watchForRecovery()
    }
  }

  let watching = false
  const watchForRecovery = () => {
    if (watching || stopped) return
    watching = true
    const check = async () => {
      if (stopped) return
      const healthy = await meiliClient('search')
        .isHealthy()
        .catch(() => false)
      if (!healthy) return later(HEALTH_POLL_MS, check)
      watching = false
      log('Meilisearch is reachable again: reconciling the search index.')
      await reconcileNow('Meilisearch is back')
      wake()
    }
    later(HEALTH_POLL_MS, check)
  }
  const unsubscribe = onSearchDown(watchForRecovery)

  // LISTEN on a connection of its own; reconnect when it drops.
  let listener: pg.Client | undefined
  const listen = async () => {
    if (stopped || !env.DATABASE_URI) return
    const client = new pg.Client({ connectionString: env.DATABASE_URI })
    client.on('notification', wake)
    client.on('error', () => undefined)
    client.on('end', () => {
      if (listener === client) listener = undefined
      if (!stopped) later(POLL_MS, () => void listen())
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${JOBS_CHANNEL}`)
      listener = client
      wake()
    } catch (error) {
      payload.logger.warn({ err: error }, 'Search sync runner could not LISTEN; polling only')
      await client.end().catch(() => undefined)
    }
  }

  const poll = () => {
    wake()
    later(POLL_MS, poll)
  }
  const scheduleReconcile = () => {
    if (env.SEARCH_RECONCILE_MINUTES <= 0) return
    later(env.SEARCH_RECONCILE_MINUTES * 60_000, async () => {
      await queueReconcile(payload).catch((error) =>
        payload.logger.error({ err: error }, 'Could not queue search reconciliation'),
      )
      scheduleReconcile()
    })
  }

  const runner: Runner = {
    wake,
    stop: async () => {
      stopped = true
      unsubscribe()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      await listener?.end().catch(() => undefined)
      delete holder[globalKey]
    },
  }
  holder[globalKey] = runner

  await releaseStuckJobs(payload)
  await listen()
  void reconcileNow('start').then(wake)
  later(POLL_MS, poll)
  scheduleReconcile()
  return runner
}

/**
 * Jobs a crashed server left marked as running would block their document's later jobs forever
 * (exclusive concurrency). When the runner starts, none of its jobs runs yet: release them.
 */
async function releaseStuckJobs(payload: Payload) {
  try {
    // access: system work of the runner on its own queue.
    await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { processing: { equals: true } }] },
      data: { processing: false },
      overrideAccess: true,
    })
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not release search jobs left running')
  }
}
