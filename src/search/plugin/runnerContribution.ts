import type { Payload } from 'payload'

import type { RunnerContribution } from '@/jobs/contributions'

import { reconcile } from '../indexing/indexer'
import { ensureIndex } from '../indexing/settings'
import { isTaskTimeout } from '../indexing/taskWaits'
import { meiliClient, searchConfig } from '../service/config'
import {
  isConnectionError,
  noteSearchAvailable,
  noteSearchFailure,
  onSearchDown,
} from '../service/status'
import type { SanitizedSearchOptions } from '../options'

const HEALTH_POLL_MS = 1000
/** A busy Meilisearch (its task wait ran out) is asked again after this long. */
const BUSY_RETRY_MS = 30_000

/**
 * What search adds to the jobs runner when it starts in a server: release search jobs a crashed
 * server left running, apply the index settings and reconcile at once, and whenever Meilisearch
 * is found down, watch for it to come back and reconcile then, so the index converges. (The
 * periodic reconciliation is the scheduled task reconcileSearch.)
 */
export const searchRunnerContribution = (options: SanitizedSearchOptions): RunnerContribution => ({
  name: 'search',
  start: async ({ payload, wake, log }) => {
    let stopped = false
    const timers = new Set<NodeJS.Timeout>()
    const later = (ms: number, action: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        if (!stopped) action()
      }, ms)
      timers.add(timer)
    }

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
        if (isTaskTimeout(error)) {
          // Meilisearch is busy (a reindex still filling the index on a loaded machine): not a
          // failure, and never one that stops the start. Searches meanwhile use what is indexed.
          log(
            `Meilisearch is still working through earlier tasks; reconciling the search index again in ${BUSY_RETRY_MS / 1000} s.`,
          )
          later(BUSY_RETRY_MS, () => void reconcileNow(why).then(wake))
          return
        }
        noteSearchFailure(error)
        if (!isConnectionError(error)) {
          payload.logger.error({ err: error }, 'Search reconciliation failed')
        } else watchForRecovery()
      }
    }

    let watching = false
    const watchForRecovery = () => {
      if (watching || stopped) return
      watching = true
      const check = async () => {
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

    await releaseStuckJobs(payload, options.queue)
    void reconcileNow('start').then(wake)

    return () => {
      stopped = true
      unsubscribe()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  },
})

/**
 * Jobs a crashed server left marked as running would block their document's later jobs forever
 * (exclusive concurrency). When the runner starts, none of its jobs runs yet: release them.
 */
async function releaseStuckJobs(payload: Payload, queue: string) {
  try {
    // access: system work of the runner on the search queue.
    await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: queue } }, { processing: { equals: true } }] },
      data: { processing: false },
      overrideAccess: true,
    })
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not release search jobs left running')
  }
}
