'use client'

import type { DefaultCellComponentProps } from 'payload'

import { type ReviewState, reviewStateLabels } from '@/moderation/reviewState'

/** The list column "Gennemsyn": "Afventer gennemsyn" or "Sendt tilbage" for a pending draft. */
export function ReviewStateCell({ rowData }: DefaultCellComponentProps) {
  const status = (rowData as { review?: ReviewState } | undefined)?.review?.status
  if (!status) return null
  return (
    <span className={`review-state review-state--${status}`} data-review-state={status}>
      {reviewStateLabels[status]}
    </span>
  )
}
