import type { Config, Plugin } from 'payload'

import { addOverviewSection } from '@/overview/sections'

import { watchOverviewSection } from './overviewSection'
import { watchRetsinformationTask } from './tasks/watchRetsinformation'

export type WatchOptions = {
  /** Where Retsinformation is read (RETSINFORMATION_URL); unset: the watch is off. */
  baseUrl?: string
  /** Per request (RETSINFORMATION_TIMEOUT_SECONDS). */
  timeoutSeconds: number
}

/**
 * A watch on Retsinformation: the task that reads the cited acts' ELI metadata and the update
 * feed and opens `act-changed` review tasks, and its section in the Overblik. The collection it
 * remembers in (`retsinformation-acts`) is listed in payload.config.ts, so the input checks
 * cover it like every other collection.
 */
export const retsinformationWatchPlugin =
  (options: WatchOptions): Plugin =>
  (config: Config): Config =>
    addOverviewSection(
      {
        ...config,
        jobs: {
          ...config.jobs,
          tasks: [...(config.jobs?.tasks ?? []), watchRetsinformationTask(options)],
        },
      },
      watchOverviewSection(Boolean(options.baseUrl)),
    )
