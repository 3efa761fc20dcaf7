import type { CollectionAfterChangeHook, TypeWithID } from 'payload'

import { relationId } from '@/utilities/relationId'

import { queueSearchSyncFromHook, SKIP_SEARCH_SYNC } from '../queueSearchSync'

/** A carried field's value to compare: a relationship by the id it points at, anything else as is. */
const idOrValue = (value: unknown) => relationId(value) ?? value

/**
 * For a reference collection (organizations, topics …): when a field that search documents carry
 * changes, queues the re-sync of the documents that carry it. Other changes need none. A failure
 * is logged, never thrown into the user's save.
 */
export const queueDependentsSync =
  (carriedFields: string[]): CollectionAfterChangeHook<TypeWithID & Record<string, unknown>> =>
  async ({ doc, previousDoc, operation, req, collection, context }) => {
    if (context[SKIP_SEARCH_SYNC] || operation === 'create') return doc
    const changed = carriedFields.some(
      (field) => idOrValue(doc?.[field]) !== idOrValue(previousDoc?.[field]),
    )
    if (!changed) return doc
    await queueSearchSyncFromHook(req, 'syncSearchDependents', collection.slug, Number(doc.id))
    return doc
  }
