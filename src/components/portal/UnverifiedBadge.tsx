import { freshnessLabels } from '@/freshness/display'
import { formatDate, type Locale } from '@/i18n'
import type { HitReview } from '@/search/query/types'

/** »Ikke bekræftet siden …« on the card of a listing whose review date has passed. */
export function UnverifiedBadge({ review, locale }: { review: HitReview | null; locale: Locale }) {
  if (!review?.overdue) return null
  const labels = freshnessLabels[locale]
  return (
    <span className="badge badge--stale" data-unverified>
      {review.lastVerifiedAt
        ? `${labels.unverifiedSince} ${formatDate(review.lastVerifiedAt, locale)}`
        : labels.unverified}
    </span>
  )
}
