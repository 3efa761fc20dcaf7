import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { Mentor, Offer, Organization, SchoolOption } from '@/payload-types'

type Moderated = Offer | Mentor | SchoolOption | Organization

/** Keeps the review state honest: it is derived from who saves what, never taken from the input. */
export const trackReview: CollectionBeforeChangeHook<Moderated> = ({
  data,
  originalDoc,
  req,
  context,
}) => {
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
