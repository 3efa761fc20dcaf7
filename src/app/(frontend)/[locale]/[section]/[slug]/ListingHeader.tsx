import Link from 'next/link'
import type { ReactNode } from 'react'

import { PrintButton } from '@/components/portal/PrintButton.client'
import { ShortlistButton } from '@/components/portal/ShortlistButton.client'
import { entryOf } from '@/domain/shortlist'
import { paths } from '@/domain/urls'
import { optionLabel } from '@/i18n'
import { searchQueryString } from '@/search/query/params'

import { Fact } from './Fact'
import { UnverifiedNotice, verificationOf } from './Verification'
import type { ListingView } from './view'

/**
 * Breadcrumbs, title, provider, summary and the key facts at the top of a listing; `children`
 * (notices such as new legislation) follow the summary.
 */
export function ListingHeader({ view, children }: { view: ListingView; children?: ReactNode }) {
  const { listing, kind, locale, t, lang, provider } = view
  const l = t.listing
  const entry = entryOf({ kind, slug: listing.slug ?? '' })
  const searchLink = (query: Parameters<typeof searchQueryString>[0]) =>
    paths.search(locale, searchQueryString(query))
  return (
    <>
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home(locale)}>{t.siteName}</Link>
          </li>
          <li>
            <Link href={searchLink({ kind: [kind] })}>{t.kindsPlural[kind]}</Link>
          </li>
        </ol>
      </nav>
      <header className="listing__header">
        <p className="card__meta">
          <span className="badge">{t.kinds[kind]}</span>
          {listing.visibility === 'internal' ? (
            <span className="badge badge--internal">{l.internal}</span>
          ) : null}
        </p>
        <h1 lang={lang}>{listing.title}</h1>
        {provider ? (
          <p className="listing__provider">
            {l.provider}:{' '}
            <Link href={paths.organization(provider.slug ?? '', locale)} lang={lang}>
              {provider.name}
            </Link>
          </p>
        ) : null}
        <p className="lead" lang={lang}>
          {listing.summary}
        </p>
        {listing.visibility === 'internal' ? (
          <p className="notice notice--internal">{l.internalListing}</p>
        ) : null}
        <UnverifiedNotice view={view} />
        {children}
        <div className="actions no-print">
          <ShortlistButton
            entry={entry}
            title={listing.title}
            labels={{ add: t.shortlist.add, remove: t.shortlist.remove }}
          />
          <PrintButton label={l.print} />
        </div>
        <dl className="key-facts">
          <Fact term={l.age}>{l.ageRange(listing.ageMin, listing.ageMax)}</Fact>
          <Fact term={l.price}>{optionLabel(t, 'cost', listing.cost?.type)}</Fact>
          <Fact term={l.capacity}>
            <span className={`capacity capacity--${listing.capacity?.status}`}>
              {optionLabel(t, 'capacity', listing.capacity?.status)}
            </span>
          </Fact>
          <Fact term={l.lastVerified}>{verificationOf(view)}</Fact>
        </dl>
      </header>
    </>
  )
}
