import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { relationId, relationIds } from '@/utilities/relationId'
import { parseSlug } from '@/domain/routeParams'
import { collectionOfKind } from '@/domain/options'
import { alternates, listingKindOfSection, paths } from '@/domain/urls'
import { contentLang, getDictionary, routeLocale } from '@/i18n'
import { findListing, findNotesAbout, findProvider } from '@/queries/listings'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload } from '@/queries/session'
import { ErrorReportForm } from '@/components/portal/ErrorReportForm'
import { LegislationBanner } from '@/components/portal/LegislationBanner'
import { confirmedNoteParam, findListingNotices } from '@/legislation/notes/portal'
import { FollowUp } from '@/outcomes/components/FollowUp'

import { Contacts } from './Contacts'
import { EditListingLink } from './EditListingLink'
import { CostAndCapacity } from './CostAndCapacity'
import { Evidence } from './Evidence'
import { ForWhom } from './ForWhom'
import { LegalBases } from './LegalBases'
import { ListingFooter } from './ListingFooter'
import { ListingHeader } from './ListingHeader'
import { Locations } from './Locations'
import { Notes } from './Notes'
import { Referral } from './Referral'
import { WhatHappens } from './WhatHappens'

/**
 * A listing of any kind: `/tilbud/…`, `/mentorordninger/…` and `/skoletilbud/…` (the section
 * names the kind; any other section is a 404). Grouped as a caseworker reads it, one component
 * per section beside this file; prints on paper.
 */
type Props = {
  params: Promise<{ locale: string; section: string; slug: string }>
  searchParams?: Promise<Record<string, string | string[] | undefined>>
}

/** The listing of this address as the reader may see it (shared by page and metadata). */
const load = cache(async (section: string, rawSlug: string) => {
  const kind = listingKindOfSection(section)
  const slug = parseSlug(rawSlug)
  if (!kind || !slug) return null
  const listing = await findListing(kind, slug)
  return listing ? { kind, listing } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { section, slug } = await params
  const found = await load(section, slug)
  const t = await getDictionary(locale)
  if (!found) return { title: t.errors.notFoundTitle }
  const { kind, listing } = found
  return {
    title: `${listing.title} (${t.kinds[kind]})`,
    description: listing.summary,
    alternates: alternates(paths.document(kind, listing.slug ?? ''), locale),
    // Internal listings are never for search engines.
    robots: listing.visibility === 'internal' ? { index: false, follow: false } : undefined,
  }
}

export default async function ListingPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { section, slug } = await params
  const found = await load(section, slug)
  if (!found) notFound()
  const { kind, listing } = found
  const payload = await getPortalPayload()
  const providerId = relationId(listing.provider)
  const [reference, provider, notes, legislation] = await Promise.all([
    getReferenceData(payload, {
      topics: relationIds(listing.topics),
      legalBases: relationIds(listing.legalBasis),
      outcomes: relationIds(listing.outcomes?.map((row) => row.outcome)),
    }),
    providerId ? findProvider(providerId) : Promise.resolve(null),
    findNotesAbout(kind, listing.id),
    findListingNotices(kind, listing.id),
  ])
  const view = {
    listing,
    kind,
    locale,
    t: await getDictionary(locale),
    lang: contentLang(locale),
    reference,
    provider,
    notes,
  }

  return (
    <article className="listing" data-kind={kind} data-visibility={listing.visibility}>
      <ListingHeader view={view}>
        <LegislationBanner
          kind={kind}
          listing={listing}
          locale={locale}
          notices={legislation.notices}
          canConfirm={legislation.canConfirm}
          confirmedNote={confirmedNoteParam(await searchParams)}
        />
      </ListingHeader>
      <EditListingLink view={view} />
      <ForWhom view={view} />
      <WhatHappens view={view} />
      <Referral view={view} />
      <FollowUp
        rows={listing.outcomes}
        outcomeById={reference.outcomeById}
        locale={locale}
        lang={view.lang}
      />
      <CostAndCapacity view={view} />
      <Contacts view={view} />
      <Locations view={view} />
      <LegalBases view={view} />
      <Evidence view={view} />
      <Notes view={view} />
      <ListingFooter view={view} />
      <ErrorReportForm collection={collectionOfKind[kind]} id={listing.id} locale={locale} />
    </article>
  )
}
