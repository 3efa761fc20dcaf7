import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { relationId } from '@/utilities/relationId'

import { PROVISIONS_CONTEXT, refreshRepealFlags, type FlaggedCollection } from './flags'
import { MOVE_BY_CONTEXT } from './move'

async function refreshSafely(
  req: PayloadRequest,
  scope: { collection: FlaggedCollection; id: number } | undefined,
) {
  const by = (req.context[MOVE_BY_CONTEXT] as number | undefined) ?? null
  try {
    await refreshRepealFlags(req, new Date(), scope, { by })
  } catch (error) {
    // The daily task (noticeRepeals) repairs what a failed refresh left; the save goes on.
    req.payload.logger.error({
      msg: 'repeal: could not refresh the repeal flags',
      scope,
      err: error instanceof Error ? error.message : String(error),
    })
  }
}

/**
 * A saved listing or note: its flag (and, for a listing, its owners' task) follows what it cites
 * now, at once. Runs in the save's transaction, after its version was written, so both the
 * document and its newest version carry the flag.
 */
export const flagSavedDocument: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await refreshSafely(req, { collection: collection.slug as FlaggedCollection, id: doc.id })
  return doc
}

/** A deleted listing: its open repeal tasks are closed. */
export const flagDeletedDocument: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await refreshSafely(req, { collection: collection.slug as FlaggedCollection, id: doc.id })
  return doc
}

const day = (value: unknown) => (value ? new Date(String(value)).toISOString().slice(0, 10) : null)

/**
 * A provision saved with a past "Gælder til", or given a successor (or losing one): every listing
 * and note that cites it is flagged (or cleared) at once, without waiting for the daily task.
 * Other edits (a heading, the ELI) change nothing here.
 */
export const flagAfterProvisionChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const changed =
    operation === 'create'
      ? Boolean(doc.validTo || doc.replaces)
      : day(doc.validTo) !== day(previousDoc?.validTo) ||
        relationId(doc.replaces) !== relationId(previousDoc?.replaces)
  if (changed) {
    // The register changed: whatever this request read of it before is stale.
    delete req.context[PROVISIONS_CONTEXT]
    await refreshSafely(req, undefined)
  }
  return doc
}

/** A deleted provision may have been a successor: refresh everything. */
export const flagAfterProvisionDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  delete req.context[PROVISIONS_CONTEXT]
  await refreshSafely(req, undefined)
  return doc
}
