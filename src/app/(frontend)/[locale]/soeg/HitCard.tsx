import Link from 'next/link'

import { LegislationMarker } from '@/components/portal/LegislationBanner'
import { ShortlistButton } from '@/components/portal/ShortlistButton.client'
import { UnverifiedBadge } from '@/components/portal/UnverifiedBadge'
import { localizePath } from '@/domain/urls'
import { contentLang, type Dictionary, formatDate, formatNumber, type Locale } from '@/i18n'
import type { LegislationNotice } from '@/legislation/notes/notices'
import type { SearchHit } from '@/search/query/types'

/** A hit's shortlist entry: its Danish path without the leading slash (`tilbud/x`). */
export const hitEntry = (hit: SearchHit) => hit.url.replace(/^\//, '')

/**
 * One search hit: kind, provider, highlighted title and summary, new legislation that affects it,
 * date, shortlist button.
 */
export function HitCard({
  hit,
  locale,
  t,
  notices,
  distanceKm,
}: {
  hit: SearchHit
  locale: Locale
  t: Dictionary
  notices?: LegislationNotice[]
  /** Kilometres to the listing's nearest place, when the search has a starting point (src/geo). */
  distanceKm?: number
}) {
  const lang = contentLang(locale)
  return (
    <li className="card hit" data-hit={hitEntry(hit)}>
      <p className="card__meta">
        <span className="badge">{t.kinds[hit.kind]}</span>
        {hit.visibility === 'internal' ? (
          <span className="badge badge--internal" title={t.search.internalHint}>
            {t.search.internal}
          </span>
        ) : null}
        {hit.provider ? <span lang={lang}>{hit.provider.name}</span> : null}
        <UnverifiedBadge review={hit.review} locale={locale} />
        {distanceKm !== undefined ? (
          <span className="hit__distance" data-distance-km={distanceKm}>
            <span className="visually-hidden">{t.geo.distanceLabel}: </span>
            {t.geo.distance(formatNumber(distanceKm, locale))}
            {hit.nearestPlace ? (
              <span className="muted" lang={lang}>
                {' '}
                ({t.geo.nearestPlace(hit.nearestPlace)})
              </span>
            ) : null}
          </span>
        ) : null}
      </p>
      <h3 className="card__title" lang={lang}>
        <Link href={localizePath(hit.url, locale)}>
          <span dangerouslySetInnerHTML={{ __html: hit.highlights.title }} />
        </Link>
      </h3>
      <p
        className="card__summary"
        lang={lang}
        dangerouslySetInnerHTML={{ __html: hit.highlights.summary }}
      />
      <LegislationMarker notices={notices} locale={locale} />
      <p className="card__footer">
        <span className="muted">
          {t.search.updated} {formatDate(hit.updatedAt, locale)}
        </span>
        {hit.kind !== 'legislation-note' ? (
          <ShortlistButton
            entry={hitEntry(hit)}
            title={hit.title}
            labels={{ add: t.shortlist.add, remove: t.shortlist.remove }}
          />
        ) : null}
      </p>
    </li>
  )
}
