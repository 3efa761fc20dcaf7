'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { type ReviewState, reviewStateMessage } from '@/moderation/reviewState'

/**
 * At the top of a moderated document: whether its newest draft waits for a consultant or was sent
 * back. Reads the saved document, so it appears as soon as a save returns.
 */
export function PendingReviewNotice() {
  const { data } = useDocumentInfo()
  const review = (data as { review?: ReviewState } | undefined)?.review
  const message = reviewStateMessage(review)
  if (!message) return null
  return (
    <div
      role="status"
      className={`review-notice review-notice--${review?.status}`}
      data-review-state={review?.status ?? undefined}
    >
      <p>{message}</p>
    </div>
  )
}
