import Link from 'next/link'

import { entryOf, shortlistQuery } from '@/domain/shortlist'
import { paths } from '@/domain/urls'
import { formatDate } from '@/i18n'

import { Fact } from './Fact'
import { VerifyListing, verificationOf } from './Verification'
import type { ListingView } from './view'

/** When the listing was verified and changed, and a link to share it. */
export function ListingFooter({ view }: { view: ListingView }) {
  const { listing, kind, locale, t } = view
  const l = t.listing
  const entry = entryOf({ kind, slug: listing.slug ?? '' })
  return (
    <footer className="listing__footer">
      <dl className="facts facts--inline">
        <Fact term={l.lastVerified}>
          <span id="kontrol" data-verification>
            {verificationOf(view)}
          </span>
        </Fact>
        <Fact term={l.nextReview}>
          {listing.nextReviewAt ? formatDate(listing.nextReviewAt, locale) : null}
        </Fact>
        <Fact term={l.lastChanged}>{formatDate(listing.updatedAt, locale)}</Fact>
      </dl>
      <VerifyListing view={view} />
      <p className="no-print">
        <Link href={`${paths.shortlist(locale)}?${shortlistQuery([entry])}`}>
          {t.shortlist.shareLink}
        </Link>
      </p>
    </footer>
  )
}
