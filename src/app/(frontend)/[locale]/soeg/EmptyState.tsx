import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Dictionary, Locale } from '@/i18n'
import type { ReferenceData } from '@/queries/reference'
import { searchQueryString } from '@/search/query/params'

import { facetValueLabel } from './labels'
import type { Suggestion } from './suggestions'

/** Nothing found: the suggestions (computed in suggestions.ts) as links, and a way out. */
export function EmptyState({
  suggestions,
  hasWords,
  reference,
  locale,
  t,
}: {
  suggestions: Suggestion[]
  hasWords: boolean
  reference: ReferenceData
  locale: Locale
  t: Dictionary
}) {
  return (
    <div className="empty-state">
      <h3>{t.search.emptyTitle}</h3>
      <p>{t.search.emptyLoosen}</p>
      <ul>
        {suggestions.map(({ facet, value, params, total }) => (
          <li key={`${facet}:${value}`}>
            <Link href={paths.search(locale, searchQueryString(params))}>
              {t.search.emptyRemove(
                `${t.search.facets[facet].toLowerCase()} »${facetValueLabel(facet, value, reference, t)}«`,
                total,
              )}
            </Link>
          </li>
        ))}
        {hasWords ? <li>{t.search.emptyFewerWords}</li> : null}
        <li>
          <Link href={paths.search(locale)}>{t.search.emptyEverything}</Link>
        </li>
      </ul>
    </div>
  )
}
