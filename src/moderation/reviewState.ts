import { formatDanishDate } from '@/domain/danishDate'

/** The review state of a document's newest draft, as the admin shows it (document and list). */
export type ReviewState = {
  status?: 'awaiting-review' | 'changes-requested' | null
  comment?: string | null
  submittedAt?: string | null
}

export const reviewStateLabels = {
  'awaiting-review': 'Afventer gennemsyn',
  'changes-requested': 'Sendt tilbage',
} as const

/** One sentence for the document: what waits for whom, since when. */
export function reviewStateMessage(review: ReviewState | null | undefined): string | null {
  const submitted = review?.submittedAt
    ? ` (indsendt ${formatDanishDate(review.submittedAt, { withTime: true })})`
    : ''
  if (review?.status === 'awaiting-review') {
    return `Din ændring venter på godkendelse hos en konsulent${submitted}. Indtil da er den offentliggjorte version uændret.`
  }
  if (review?.status === 'changes-requested') {
    return `En konsulent har sendt ændringen tilbage${review.comment ? `: »${review.comment}«` : ''}. Ret den, og gem igen.`
  }
  return null
}
