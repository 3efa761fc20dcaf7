import type { CollectionConfig, Config, Plugin } from 'payload'

import { MAIL_OUTBOX_SLUG } from '@/mail/plugin/outbox'

import { countFailedLogins } from './hooks/countFailedLogins'
import { countMailOutcomes } from './hooks/countMailOutcomes'

/**
 * Metrics: appends the hooks that count login failures and locks (users) and mail outcomes (the
 * outbox). Declared after the plugins that add those collections. The endpoint is the route
 * src/app/api/metrics/route.ts; request metrics come from the front server.
 */
export const metricsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug === 'users') {
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterError: [...(collection.hooks?.afterError ?? []), countFailedLogins],
          },
        }
      }
      if (collection.slug === MAIL_OUTBOX_SLUG) {
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), countMailOutcomes],
          },
        }
      }
      return collection
    }),
  })
