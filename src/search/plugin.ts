import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Plugin,
} from 'payload'

import { checkRole } from '@/access/checkRole'

import { indexedCollections } from './documents'
import { searchEndpoint } from './endpoint'
import { queueSearchSync, relatedCollections, searchTasks, type RelatedCollection } from './jobs'

/** Set `context: { skipSearchSync: true }` on bulk writes that reindex afterwards. */
export const SKIP_SEARCH_SYNC = 'skipSearchSync'

const syncDocument: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (!context[SKIP_SEARCH_SYNC]) {
    await queueSearchSync(req, 'syncSearchDocument', collection.slug, doc.id)
  }
  return doc
}

const syncDeletedDocument: CollectionAfterDeleteHook = async ({ id, req, collection, context }) => {
  if (!context[SKIP_SEARCH_SYNC]) {
    await queueSearchSync(req, 'syncSearchDocument', collection.slug, Number(id))
  }
}

/** The fields of a reference that search documents carry; other changes need no re-sync. */
const carriedFields: Record<RelatedCollection, string[]> = {
  organizations: ['name'],
  topics: ['name', 'slug', 'parent'],
  'legal-bases': ['externalId', 'citation', 'heading', 'replaces'],
  municipalities: ['code', 'name', 'networkMember'],
}

const idOrValue = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const syncDependents =
  (slug: RelatedCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context }) => {
    if (context[SKIP_SEARCH_SYNC] || operation === 'create') return doc
    const changed = carriedFields[slug].some(
      (field) => idOrValue(doc?.[field]) !== idOrValue(previousDoc?.[field]),
    )
    if (changed) await queueSearchSync(req, 'syncSearchDependents', slug, doc.id)
    return doc
  }

const syncDependentsOfDeleted =
  (slug: RelatedCollection): CollectionAfterDeleteHook =>
  async ({ id, req, context }) => {
    if (!context[SKIP_SEARCH_SYNC]) {
      await queueSearchSync(req, 'syncSearchDependents', slug, Number(id))
    }
  }

/** The sync hooks of a collection: its own documents, or the documents that carry its names. */
function syncHooks(slug: string) {
  if ((indexedCollections as readonly string[]).includes(slug)) {
    return { afterChange: syncDocument, afterDelete: syncDeletedDocument }
  }
  if ((relatedCollections as readonly string[]).includes(slug)) {
    const related = slug as RelatedCollection
    return { afterChange: syncDependents(related), afterDelete: syncDependentsOfDeleted(related) }
  }
  return undefined
}

function appendHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = syncHooks(collection.slug)
  if (!hooks) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
    },
  }
}

/**
 * Meilisearch search, shaped like Payload's plugin-search: it appends hooks that queue sync jobs
 * (never waiting for Meilisearch inside a hook), adds the jobs and `GET /api/search`. The job
 * runner that works the queue is started by the server (src/instrumentation.ts).
 */
export const searchPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(appendHooks),
    endpoints: [...(config.endpoints ?? []), searchEndpoint],
    jobs: {
      ...config.jobs,
      // Running, queueing or cancelling jobs over HTTP (/api/payload-jobs/run …) is for admins:
      // Payload's default lets any logged-in user do it. Hooks queue with overrideAccess.
      access: {
        run: ({ req }) => checkRole(['admin'], req.user),
        queue: ({ req }) => checkRole(['admin'], req.user),
        cancel: ({ req }) => checkRole(['admin'], req.user),
        ...config.jobs?.access,
      },
      // Only one job per document runs at a time, and a newer one replaces a waiting one.
      enableConcurrencyControl: true,
      deleteJobOnComplete: true,
      tasks: [...(config.jobs?.tasks ?? []), ...searchTasks],
    },
  })
