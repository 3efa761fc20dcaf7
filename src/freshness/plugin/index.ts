import type { CollectionConfig, Config, Plugin } from 'payload'

import type { ListingCollection } from '@/domain/options'

import {
  sanitizeFreshnessOptions,
  withFreshnessOptions,
  type FreshnessPluginOptions,
} from '../options'
import { withVerificationFields } from './fields'
import { trackVerification } from './hooks/trackVerification'
import { ReviewReminders } from './reviewReminders'
import { resyncOverdueListingsTask, sendReviewRemindersTask } from './tasks'
import { verifyEndpoint } from './verifyEndpoint'

export type { FreshnessPluginOptions } from '../options'

/**
 * Content that stays true, as a configured plugin: for each listing collection named in the
 * options (with its review interval) it makes the verification fields read-only and derived
 * (trackVerification), adds who verified and how, the admin button and
 * `POST /api/<collection>/:id/verify`; once, it adds the reminder memory collection and the daily
 * tasks (reminder digests, re-sync of listings that turned overdue).
 */
export const freshnessPlugin =
  (pluginOptions: FreshnessPluginOptions): Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeFreshnessOptions(pluginOptions)
    for (const slug of options.collections) {
      if (!incomingConfig.collections?.some((entry) => entry.slug === slug)) {
        throw new Error(`freshnessPlugin: there is no collection "${slug}"`)
      }
    }
    const track = trackVerification(options)
    const attach = (collection: CollectionConfig): CollectionConfig => {
      if (!options.collections.includes(collection.slug as ListingCollection)) return collection
      return {
        ...collection,
        fields: withVerificationFields(collection.fields),
        hooks: {
          ...collection.hooks,
          // First: an approval is recognised by the review state that moderation's own
          // beforeChange hook (trackReview) clears on publish.
          beforeChange: [track, ...(collection.hooks?.beforeChange ?? [])],
        },
        endpoints: [
          ...(collection.endpoints || []),
          verifyEndpoint(collection.slug as ListingCollection),
        ],
      }
    }
    return withFreshnessOptions(
      {
        ...incomingConfig,
        collections: [...(incomingConfig.collections ?? []).map(attach), ReviewReminders],
        jobs: {
          ...incomingConfig.jobs,
          tasks: [
            ...(incomingConfig.jobs?.tasks ?? []),
            sendReviewRemindersTask(options),
            resyncOverdueListingsTask(options),
          ],
        },
      },
      options,
    )
  }
