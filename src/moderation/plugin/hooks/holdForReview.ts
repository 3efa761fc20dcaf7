import type { CollectionBeforeOperationHook } from 'payload'

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
