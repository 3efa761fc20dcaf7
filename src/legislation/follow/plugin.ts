import type { CollectionConfig, Config, Plugin } from 'payload'

import { FollowVisits } from './collections/followVisits'
import { Subscriptions } from './collections/subscriptions'
import { forgetFollowsOfUser } from './forgetUser'
import { stopSubscriptionEndpoint } from './stopEndpoint'
import { sendFollowDigestTask } from './tasks'

const withForgetOnDelete = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'users'
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), forgetFollowsOfUser],
        },
      }
    : collection

export type FollowPluginOptions = {
  /** When the weekly digest runs (cron, server time); default Monday 06:30. */
  digestCron?: string
  /** The jobs queue of the digest task; default `follow`. */
  queue?: string
}

/**
 * Follow a topic, as a configured plugin: the `subscriptions` collection (with its signed stop
 * endpoint), the follow feature's memory (`follow-visits`) and the weekly digest task. The Atom
 * feed (/lovgivning/feed.xml) and the portal page (/foelg) read what this adds. Declared before
 * the input checks in payload.config.ts, so that they cover these collections too.
 */
export const followPlugin =
  (options: FollowPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => ({
    ...incomingConfig,
    collections: [
      ...(incomingConfig.collections ?? []).map(withForgetOnDelete),
      Subscriptions,
      FollowVisits,
    ],
    endpoints: [...(incomingConfig.endpoints ?? []), stopSubscriptionEndpoint],
    jobs: {
      ...incomingConfig.jobs,
      tasks: [
        ...(incomingConfig.jobs?.tasks ?? []),
        sendFollowDigestTask({
          cron: options.digestCron ?? '30 6 * * 1',
          queue: options.queue ?? 'follow',
        }),
      ],
    },
  })
