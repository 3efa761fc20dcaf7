import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Whatever an NGO editor saves becomes a draft version: the published version stays as it is
 * until a consultant publishes the change. (Access already refuses `_status: 'published'` from
 * them; this also covers a plain save without the draft flag.)
 */
export const holdForReview: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!checkRole(['ngo-editor'], req.user)) return args
  if (operation !== 'create' && operation !== 'update') return args
  return { ...args, draft: true, data: { ...args.data, _status: 'draft' } }
}

/** Keeps the review state honest: it is derived from who saves what, never taken from the input. */
export const trackReview: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (context.reviewDecision) return data
  if (checkRole(['ngo-editor'], req.user)) {
    return {
      ...data,
      _status: 'draft',
      review: {
        status: 'awaiting-review',
        comment: originalDoc?.review?.comment ?? null,
        submittedBy: req.user!.id,
        submittedAt: new Date().toISOString(),
      },
    }
  }
  if (data._status === 'published') {
    return {
      ...data,
      review: { status: null, comment: null, submittedBy: null, submittedAt: null },
    }
  }
  // A consultant's or admin's own draft keeps the review state it was loaded with.
  return data
}
