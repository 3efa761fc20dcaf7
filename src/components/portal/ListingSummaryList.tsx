import Link from 'next/link'

import { entryOf } from '@/domain/shortlist'
import { paths } from '@/domain/urls'
import { contentLang, getDictionary, type Locale } from '@/i18n'
import { findNoticesForCards, noticeKeyOf } from '@/legislation/notes/portal'
import type { ListingSummary } from '@/queries/listings'

import { LegislationMarker } from './LegislationBanner'
import { ShortlistButton } from './ShortlistButton.client'

/**
 * A plain list of listings (organization, note, municipality and shortlist pages), each with the
 * marker of new legislation that affects it.
 */
export async function ListingSummaryList({
  items,
  locale,
  headingLevel = 3,
  shortlist = true,
}: {
  items: ListingSummary[]
  locale: Locale
  headingLevel?: 2 | 3
  shortlist?: boolean
}) {
  const [t, notices] = await Promise.all([getDictionary(locale), findNoticesForCards(items)])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const lang = contentLang(locale)
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={`${item.kind}:${item.id}`} className="card" data-listing={entryOf(item)}>
          <p className="card__meta">
            <span className="badge">{t.kinds[item.kind]}</span>
            {item.visibility === 'internal' ? (
              <span className="badge badge--internal" title={t.search.internalHint}>
                {t.search.internal}
              </span>
            ) : null}
            <span>{t.listing.ageRange(item.ageMin, item.ageMax)}</span>
          </p>
          <Heading className="card__title" lang={lang}>
            <Link href={paths.document(item.kind, item.slug, locale)}>{item.title}</Link>
          </Heading>
          <p className="card__summary" lang={lang}>
            {item.summary}
          </p>
          <LegislationMarker notices={notices.get(noticeKeyOf(item))} locale={locale} />
          {shortlist ? (
            <ShortlistButton
              entry={entryOf(item)}
              title={item.title}
              labels={{ add: t.shortlist.add, remove: t.shortlist.remove }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  )
}
