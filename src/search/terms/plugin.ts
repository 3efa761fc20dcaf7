import type { Config, Plugin } from 'payload'

import { isBuildPhase } from '@/env'
import { addRunnerContribution } from '@/jobs/contributions'

import { applySearchTermsTask, queueApplySearchTerms } from './apply'
import { startSearchTermsRefresh } from './read'
import { suggestionsEndpoint } from './suggest/endpoint'

export type SearchTermsPluginOptions = {
  /** Seconds between re-reads of the vocabulary on every app server (default 60). */
  refreshSeconds?: number
  /** Minutes between checks that the index holds the vocabulary (default 5; 0: none). */
  checkMinutes?: number
}

/**
 * Synonyms and abbreviations as content. The `search-terms` collection is listed in
 * payload.config.ts (before the plugins, so the input checks cover it); this adds the job that applies
 * the vocabulary to the index (queued by every save, scheduled as a check, and once when the jobs
 * runner starts), the per-server refresh of the vocabulary used for query analysis, and the
 * suggestions endpoint (`GET /api/search-suggestions`).
 */
export const searchTermsPlugin =
  (options: SearchTermsPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const refreshSeconds = options.refreshSeconds ?? 60
    const checkMinutes = options.checkMinutes ?? 5
    const config: Config = {
      ...incomingConfig,
      endpoints: [...(incomingConfig.endpoints ?? []), suggestionsEndpoint],
      jobs: {
        ...incomingConfig.jobs,
        tasks: [...(incomingConfig.jobs?.tasks ?? []), applySearchTermsTask(checkMinutes)],
      },
      onInit: async (payload) => {
        await incomingConfig.onInit?.(payload)
        // `next build` has no database to read.
        if (!isBuildPhase()) startSearchTermsRefresh(payload, refreshSeconds)
      },
    }
    return addRunnerContribution(config, {
      name: 'search-terms',
      start: async ({ payload, wake }) => {
        try {
          await queueApplySearchTerms(payload)
          wake()
        } catch (error) {
          payload.logger.warn({ err: error }, 'Could not queue applySearchTerms at start')
        }
      },
    })
  }
