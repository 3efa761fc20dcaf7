import Link from 'next/link'

import { LegislationMarker } from '@/components/portal/LegislationBanner'
import { ShortlistButton } from '@/components/portal/ShortlistButton.client'
import { UnverifiedBadge } from '@/components/portal/UnverifiedBadge'
import { localizePath } from '@/domain/urls'
import {
  contentLang,
  type Dictionary,
  formatDate,
  formatNumber,
  type Locale,
  optionLabel,
} from '@/i18n'
import type { LegislationNotice } from '@/legislation/notes/notices'
import type { InternalCardFacts } from '@/queries/cardInternalFacts'
import type { ReferenceData } from '@/queries/reference'
import type { SearchHit } from '@/search/query/types'

import { CardFacts } from './CardFacts'

/** A hit's shortlist entry: its Danish path without the leading slash (`tilbud/x`). */
export const hitEntry = (hit: SearchHit) => hit.url.replace(/^\//, '')

/** The option list that labels a listing's type within its kind. */
const typeList = {
  offer: 'offerType',
  mentor: 'mentorType',
  'school-option': 'schoolType',
} as const

/**
 * One search hit: kind and type, provider, highlighted title and summary, the facts a caseworker
 * decides by (./CardFacts.tsx; internal ones only for readers who may see them), new legislation
 * that affects it, date, shortlist button. `distanceKm` (src/geo) is the distance to its nearest
 * place when the search measures from a point; it is shown once, beside the provider.
 */
export function HitCard({
  hit,
  locale,
  t,
  notices,
  reference,
  internal,
  distanceKm,
}: {
  hit: SearchHit
  locale: Locale
  t: Dictionary
  notices?: LegislationNotice[]
  reference: ReferenceData
  internal?: InternalCardFacts
  /** Kilometres to the listing's nearest place, when the search has a starting point (src/geo). */
  distanceKm?: number
}) {
  const lang = contentLang(locale)
  const typeField = hit.kind in typeList ? typeList[hit.kind as keyof typeof typeList] : null
  const type =
    hit.facts?.listingType && typeField ? optionLabel(t, typeField, hit.facts.listingType) : ''
  return (
    <li className="card hit" data-hit={hitEntry(hit)}>
      <p className="card__meta">
        <span className="badge">{t.kinds[hit.kind]}</span>
        {type ? <span className="card__type">{type}</span> : null}
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
      {hit.facts ? (
        <CardFacts
          facts={hit.facts}
          internal={internal}
          overdue={Boolean(hit.review?.overdue)}
          reference={reference}
          locale={locale}
          t={t}
        />
      ) : null}
      <LegislationMarker notices={notices} locale={locale} />
      <p className="card__footer">
        <span className="muted">
          {t.search.updated} {formatDate(hit.updatedAt, locale)}
        </span>
        {hit.kind !== 'legislation-note' && hit.kind !== 'method' ? (
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
