import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { VerifyListingForm } from '@/components/portal/VerifyListingForm.client'
import { listingKindOfSection, paths } from '@/domain/urls'
import { freshnessLabels, unverifiedText, verificationText } from '@/freshness/display'
import { collectionOfSection } from '@/freshness/paths'
import { mayVerify } from '@/freshness/verify'
import { formatDate, routeLocale } from '@/i18n'
import { getPortalPayload, getViewer } from '@/queries/session'

type Props = { params: Promise<{ locale: string; section: string; id: string }> }

export const metadata: Metadata = { title: 'Bekræft opslag', robots: { index: false } }

/**
 * Where the reminder mail leads: »Opslaget er stadig korrekt« for one listing. Showing it changes
 * nothing (a link in a mail may be opened by a scanner); the button POSTs. An anonymous reader is
 * sent to the login first and comes back here.
 */
export default async function ConfirmListingPage({ params }: Props) {
  const locale = await routeLocale(params)
  const { section, id: rawId } = await params
  const collection = collectionOfSection(section)
  const kind = listingKindOfSection(section)
  const id = Number(rawId)
  if (!collection || !kind || !/^\d{1,10}$/.test(rawId) || id <= 0 || id > 2_147_483_647) {
    notFound()
  }
  const here = `${locale === 'da' ? '' : `/${locale}`}/bekraeft/${section}/${id}`
  const user = await getViewer()
  if (!user) redirect(`${paths.login(locale)}?next=${encodeURIComponent(here)}`)
  const payload = await getPortalPayload()
  const labels = freshnessLabels[locale]
  const allowed = await mayVerify(payload, collection, id, user)
  if (!allowed) {
    return (
      <div className="narrow">
        <h1>{labels.confirm}</h1>
        <p className="notice notice--error" role="alert">
          Du kan ikke bekræfte dette opslag: kun udbyderens redaktører og konsulenterne kan det. Er
          du logget ind med den rigtige bruger?
        </p>
      </div>
    )
  }
  // access: the reader may update this listing (mayVerify); read it as they may.
  const listing = await payload
    .findByID({ collection, id, depth: 0, user, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!listing) notFound()
  const date = (value: string) => formatDate(value, locale)
  const unverified = unverifiedText(listing, labels, date)
  return (
    <div className="narrow">
      <h1>{labels.confirm}</h1>
      <h2>{listing.title}</h2>
      {unverified ? <p className="notice notice--warning">{unverified}.</p> : null}
      <dl className="facts">
        <dt>{labels.nextReview}</dt>
        <dd>{listing.nextReviewAt ? date(listing.nextReviewAt) : '–'}</dd>
        <dt>Senest kontrolleret</dt>
        <dd>{verificationText(listing, labels, date)}</dd>
      </dl>
      <p>
        {listing._status === 'published' && listing.slug ? (
          <Link href={paths.document(kind, listing.slug, locale)}>
            Se opslaget, som læserne ser det
          </Link>
        ) : null}{' '}
        · <a href={`/admin/collections/${collection}/${id}`}>Ret opslaget i administrationen</a>
      </p>
      <VerifyListingForm
        locale={locale}
        section={section}
        id={id}
        next={listing.slug ? paths.document(kind, listing.slug, locale) : here}
        labels={{ confirm: labels.confirm, hint: labels.confirmHint }}
      />
    </div>
  )
}
