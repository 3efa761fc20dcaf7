import { VerifyListingForm } from '@/components/portal/VerifyListingForm.client'
import { collectionOfKind } from '@/domain/options'
import { paths, sectionOfKind } from '@/domain/urls'
import { freshnessLabels, unverifiedText, verificationText } from '@/freshness/display'
import { formatDate } from '@/i18n'
import { canEditInAdmin } from '@/queries/editAccess'

import type { ListingView } from './view'

/** »Bekræftet af udbyderen 2. november 2026«, »Kontrolleret af sekretariatet …«, »… (importeret)«. */
export function verificationOf(view: ListingView): string {
  return verificationText(view.listing, freshnessLabels[view.locale], (value) =>
    formatDate(value, view.locale),
  )
}

/** A warning at the top of an overdue listing: »Ikke bekræftet siden …«. */
export function UnverifiedNotice({ view }: { view: ListingView }) {
  const labels = freshnessLabels[view.locale]
  const text = unverifiedText(view.listing, labels, (value) => formatDate(value, view.locale))
  if (!text) return null
  return (
    <p className="notice notice--warning" data-unverified>
      <strong>{text}.</strong> {labels.overdueHint}
    </p>
  )
}

/** »Opslaget er stadig korrekt« for a logged-in owner or consultant (anonymous readers: no query). */
export async function VerifyListing({ view }: { view: ListingView }) {
  const { listing, kind, locale } = view
  if (!(await canEditInAdmin(collectionOfKind[kind], listing.id))) return null
  const labels = freshnessLabels[locale]
  return (
    <VerifyListingForm
      locale={locale}
      section={sectionOfKind[kind]}
      id={listing.id}
      next={paths.document(kind, listing.slug ?? '', locale)}
      labels={{ confirm: labels.confirm, hint: labels.confirmHint }}
    />
  )
}
