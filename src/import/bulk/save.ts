import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import {
  loadRepealed,
  refreshRepealFlags,
  type FlaggedCollection,
} from '@/legislation/repeal/flags'
import { relationIds } from '@/utilities/relationId'

import { prepareDocument, refusalOf } from './prepare'
import { saveDocuments, transactionOf } from './rows'

type Doc = Record<string, unknown>

/** One item of a batch, as the importer would hand it to `payload.create` / `payload.update`. */
export type Planned = {
  collection: CollectionSlug
  data: Doc
  draft: boolean
  /** The stored document it updates. */
  existingId?: number
}

/** An item a collection hook refused (e.g. a published listing without a public contact). */
export class RefusedInBatch extends Error {
  constructor(
    readonly index: number,
    readonly errors: Array<{ path: string; message: string }>,
  ) {
    super(errors.map((error) => error.message).join(' '))
  }
}

/**
 * Saves a batch in `req`'s transaction: documents made by the collections' hooks, written as rows
 * a table at a time, then the repeal flag refreshed where it can be set. Returns the stored
 * documents (as a depth-0 read would give them) in the order of `planned`.
 */
export async function saveBatch(
  payload: Payload,
  req: PayloadRequest,
  planned: Planned[],
  now: Date = new Date(),
): Promise<Array<Doc & { id: number }>> {
  const db = await transactionOf(payload, req)
  const stored: Array<Doc & { id: number }> = new Array(planned.length)
  const groups = new Map<string, number[]>()
  planned.forEach((plan, i) => {
    const key = `${plan.collection}:${plan.existingId === undefined ? 'create' : 'update'}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const repealed = await loadRepealed(payload, now, req)
  const toRefresh: Array<{ collection: FlaggedCollection; id: number }> = []

  for (const [key, indexes] of groups) {
    const [slug, operation] = key.split(':') as [CollectionSlug, 'create' | 'update']
    const collection = payload.collections[slug].config
    const existingIds = operation === 'update' ? indexes.map((i) => planned[i]!.existingId!) : []
    const originals = new Map<number, Doc>()
    if (existingIds.length) {
      const { docs } = await payload.db.find({
        collection: slug,
        where: { id: { in: existingIds } },
        limit: 0,
        pagination: false,
        req,
      })
      for (const doc of docs) originals.set(doc.id as number, doc as Doc)
    }
    const docs: Doc[] = []
    for (const i of indexes) {
      const plan = planned[i]!
      try {
        docs.push(
          await prepareDocument({
            collection,
            req,
            data: plan.data,
            originalDoc: plan.existingId === undefined ? undefined : originals.get(plan.existingId),
            draft: plan.draft,
          }),
        )
      } catch (error) {
        const errors = refusalOf(error)
        if (errors) throw new RefusedInBatch(i, errors)
        throw error
      }
    }
    const saved = await saveDocuments(payload, db, {
      collection,
      docs,
      ids: existingIds.length ? existingIds : undefined,
      now: now.toISOString(),
    })
    indexes.forEach((planIndex, j) => {
      const doc = saved[j]!
      const id = doc.id
      stored[planIndex] = doc
      const cites =
        doc._status === 'published' &&
        relationIds(doc.legalBasis).some((provision) => repealed.has(provision))
      if (cites || originals.get(id)?.citesRepealed)
        toRefresh.push({ collection: slug as FlaggedCollection, id })
    })
  }
  // What the listings' afterChange hook (flagSavedDocument) does, for the few it concerns.
  for (const scope of toRefresh) await refreshRepealFlags(req, now, scope)
  return stored
}
