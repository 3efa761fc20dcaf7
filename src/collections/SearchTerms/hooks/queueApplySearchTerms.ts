import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { queueApplySearchTerms } from '@/search/terms/apply'

/** Seeding and bulk writes pass this and apply the vocabulary once at the end. */
export const SKIP_APPLY_SEARCH_TERMS = 'skipApplySearchTerms'

async function queueFromHook(req: PayloadRequest) {
  if (req.context?.[SKIP_APPLY_SEARCH_TERMS]) return
  // Hooks may fire twice in one request; one job applies the whole vocabulary anyway.
  if (req.context?.searchTermsQueued) return
  req.context.searchTermsQueued = true
  try {
    // Queued in the write's transaction: it runs when the change has committed, never before.
    await queueApplySearchTerms(req.payload, req)
  } catch (error) {
    // The scheduled check applies the vocabulary within minutes anyway; the save stands.
    req.payload.logger.error({ err: error }, 'Could not queue applySearchTerms')
  }
}

export const queueApplyAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await queueFromHook(req)
  return doc
}

export const queueApplyAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueFromHook(req)
  return doc
}
