import type { Config, Plugin } from 'payload'

import { addOverviewSection } from '@/overview/sections'

import { searchClickEndpoint } from './clickEndpoint'
import { zeroResultSearchesSection } from './overviewSection'
import { scrubSearchStatsTask } from './scrub'

export type SearchStatsPluginOptions = {
  /** Months the daily statistics are kept (default 13). */
  retentionMonths?: number
}

/**
 * Search statistics without personal data. The `search-stats` collection is listed in
 * payload.config.ts; this adds the click endpoint, the hourly task that closes finished days and
 * deletes those past the retention, and the admin page »Søgestatistik« with its link.
 */
export const searchStatsPlugin =
  (options: SearchStatsPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const admin = incomingConfig.admin ?? {}
    const config: Config = {
      ...incomingConfig,
      endpoints: [...(incomingConfig.endpoints ?? []), searchClickEndpoint],
      jobs: {
        ...incomingConfig.jobs,
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          scrubSearchStatsTask(options.retentionMonths ?? 13),
        ],
      },
      admin: {
        ...admin,
        components: {
          ...admin.components,
          afterNavLinks: [
            ...(admin.components?.afterNavLinks ?? []),
            '/components/admin/SearchStatsNavLink.client#SearchStatsNavLink',
          ],
          views: {
            ...admin.components?.views,
            searchStats: {
              Component: '/components/admin/SearchStatsView#SearchStatsView',
              path: '/soegestatistik',
            },
          },
        },
      },
    }
    return addOverviewSection(config, zeroResultSearchesSection)
  }
