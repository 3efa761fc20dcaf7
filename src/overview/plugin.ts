import type { Config, Plugin } from 'payload'

import {
  defaultIntervalFor,
  errorReportsSection,
  freshnessSection,
  reviewQueueSection,
  type IntervalFor,
} from './builtins'
import { overviewCsvEndpoint } from './csvEndpoint'
import { addOverviewSection, overviewSections } from './sections'

export type OverviewPluginOptions = {
  /** The review interval per kind of listing (months); default 6 for every kind. */
  intervalFor?: IntervalFor
}

/**
 * The secretariat's overview ("Overblik", /admin/overblik): freshness per organization and
 * municipality, open error reports and the review queue by age, each count a link to the list
 * behind it, and a CSV export of every table (GET /api/overblik/<table>). Other features add
 * their figures with addOverviewSection (./sections.ts); they follow the built-in ones.
 */
export const overviewPlugin =
  (options: OverviewPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const added = overviewSections({ config: incomingConfig as never })
    let config: Config = {
      ...incomingConfig,
      custom: { ...incomingConfig.custom, overviewSections: [] },
    }
    for (const section of [
      freshnessSection(options.intervalFor ?? defaultIntervalFor),
      errorReportsSection,
      reviewQueueSection,
      ...added,
    ]) {
      config = addOverviewSection(config, section)
    }
    const admin = config.admin ?? {}
    return {
      ...config,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          afterNavLinks: [
            ...(admin.components?.afterNavLinks ?? []),
            '/components/admin/OverviewNavLink.client#OverviewNavLink',
          ],
          views: {
            ...admin.components?.views,
            overview: {
              Component: '/components/admin/OverviewView#OverviewView',
              path: '/overblik',
            },
          },
        },
      },
      endpoints: [...(config.endpoints ?? []), overviewCsvEndpoint],
    }
  }
