import type { CollectionConfig, Config, Plugin } from 'payload'

import { addRunnerContribution } from '@/jobs/contributions'

import { searchEndpoint } from './endpoint'
import { queueDeletedDocumentSync } from './hooks/queueDeletedDocumentSync'
import { queueDependentsOfDeletedSync } from './hooks/queueDependentsOfDeletedSync'
import { queueDependentsSync } from './hooks/queueDependentsSync'
import { queueDocumentSync } from './hooks/queueDocumentSync'
import { sanitizeSearchOptions, withSearchOptions, type SearchPluginOptions } from '../options'
import { searchRunnerContribution } from './runnerContribution'
import { reconcileSearchTask } from './tasks/reconcileSearch'
import { syncSearchDependentsTask } from './tasks/syncSearchDependents'
import { syncSearchDocumentTask } from './tasks/syncSearchDocument'

export type { SearchPluginOptions } from '../options'
export { SKIP_SEARCH_SYNC } from './queueSearchSync'

/**
 * Meilisearch search as a configured plugin, shaped like Payload's plugin-nested-docs: the options
 * name the indexed collections (each with its document mapper) and the reference collections whose
 * names documents carry. It appends hooks that queue sync jobs (never waiting for Meilisearch
 * inside a hook), its tasks to `jobs.tasks`, `GET /api/search`, and its start-up work to the jobs
 * runner (src/jobs). It sets no global jobs option: those belong to payload.config.ts.
 */
export const searchPlugin =
  (pluginOptions: SearchPluginOptions): Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeSearchOptions(pluginOptions, incomingConfig)
    const appendHooks = (collection: CollectionConfig): CollectionConfig => {
      const indexed = options.indexed.includes(collection.slug as never)
      const reference = options.references[collection.slug]
      if (!indexed && !reference) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [
            ...(collection.hooks?.afterChange ?? []),
            indexed ? queueDocumentSync : queueDependentsSync(reference!.fields),
          ],
          afterDelete: [
            ...(collection.hooks?.afterDelete ?? []),
            indexed ? queueDeletedDocumentSync : queueDependentsOfDeletedSync,
          ],
        },
      }
    }
    const config: Config = {
      ...incomingConfig,
      collections: (incomingConfig.collections ?? []).map(appendHooks),
      endpoints: [...(incomingConfig.endpoints ?? []), searchEndpoint],
      jobs: {
        ...incomingConfig.jobs,
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          syncSearchDocumentTask(options),
          syncSearchDependentsTask(options),
          reconcileSearchTask(options),
        ],
      },
    }
    return addRunnerContribution(
      withSearchOptions(config, options),
      searchRunnerContribution(options),
    )
  }
