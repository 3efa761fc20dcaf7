import type { CollectionSlug, Config, Payload } from 'payload'

export type ModerationPluginOptions = {
  /** Collections (with drafts) whose NGO editors' changes wait for a consultant's review. */
  collections: CollectionSlug[]
}

const customKey = 'moderation'

/** The moderated collections, as the running Payload holds them. */
export function moderatedCollections(payload: Pick<Payload, 'config'>): CollectionSlug[] {
  return (
    (
      (payload.config.custom as Record<string, unknown> | undefined)?.[customKey] as
        ModerationPluginOptions | undefined
    )?.collections ?? []
  )
}

export const withModerationOptions = (
  config: Config,
  options: ModerationPluginOptions,
): Config => ({
  ...config,
  custom: { ...config.custom, [customKey]: options },
})
