import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { withModerationOptions, type ModerationPluginOptions } from '../options'
import { moderatedAdmin } from './admin'
import { reviewFields } from './fields/reviewFields'
import { reviewStateField } from './fields/reviewStateField'
import { holdForReview } from './hooks/holdForReview'
import { refuseEmptyDrafts } from './hooks/refuseEmptyDrafts'
import { tellEditor } from './hooks/tellEditor'
import { trackReview } from './hooks/trackReview'
import { reviewEndpoint } from './reviewEndpoint'
import { reviewQueueDigestTask } from './tasks/reviewQueueDigest'

export type { ModerationPluginOptions } from '../options'

/**
 * Moderation as a configured plugin, shaped like Payload's plugin-nested-docs: for each collection
 * named in the options it appends the review fields, the hooks that hold an NGO editor's save as a
 * draft awaiting review, and `POST /api/<collection>/:id/review`; once, it adds the admin review
 * view (/admin/review) and its link in the navigation. For NGO editors, the collections' lists open on
 * their own organization's documents ("Mine opslag" in the navigation), show the review state in
 * the document and the list, and leave out the API tab. It talks: the editor is e-mailed when a
 * change is published or sent back (hooks/tellEditor), the consultants get a morning digest of the
 * queue (tasks/reviewQueueDigest), and the navigation shows how many changes wait.
 */
export const moderationPlugin =
  (options: ModerationPluginOptions): Plugin =>
  (incomingConfig: Config): Config => {
    for (const slug of options.collections) {
      const collection = incomingConfig.collections?.find((entry) => entry.slug === slug)
      if (!collection) throw new Error(`moderationPlugin: there is no collection "${slug}"`)
      if (
        !collection.versions ||
        typeof collection.versions !== 'object' ||
        !collection.versions.drafts
      ) {
        throw new Error(`moderationPlugin: "${slug}" needs versions with drafts`)
      }
    }
    const moderate = (collection: CollectionConfig): CollectionConfig => {
      if (!options.collections.includes(collection.slug as never)) return collection
      return {
        ...collection,
        admin: moderatedAdmin(collection.admin),
        // The list column "Gennemsyn" reads the review state, also when the list selects its
        // columns only (enableListViewSelectAPI).
        forceSelect: { ...collection.forceSelect, review: { status: true } } as never,
        fields: [reviewStateField(), ...collection.fields, reviewFields()],
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), holdForReview],
          beforeValidate: [...(collection.hooks?.beforeValidate ?? []), refuseEmptyDrafts],
          beforeChange: [...(collection.hooks?.beforeChange ?? []), trackReview],
          afterChange: [...(collection.hooks?.afterChange ?? []), tellEditor],
        },
        endpoints: [
          ...(collection.endpoints || []),
          reviewEndpoint(collection.slug as CollectionSlug),
        ],
      }
    }
    const admin = incomingConfig.admin ?? {}
    return withModerationOptions(
      {
        ...incomingConfig,
        collections: (incomingConfig.collections ?? []).map(moderate),
        jobs: {
          ...incomingConfig.jobs,
          tasks: [...(incomingConfig.jobs?.tasks ?? []), reviewQueueDigestTask as never],
        },
        admin: {
          ...admin,
          components: {
            ...admin.components,
            afterNavLinks: [
              ...(admin.components?.afterNavLinks ?? []),
              '/components/admin/ReviewNavLink#ReviewNavLink',
              '/components/admin/MyListingsNavLinks.client#MyListingsNavLinks',
            ],
            views: {
              ...admin.components?.views,
              review: { Component: '/components/admin/ReviewView#ReviewView', path: '/review' },
            },
          },
        },
      },
      options,
    )
  }
