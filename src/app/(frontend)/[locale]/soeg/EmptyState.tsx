import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Dictionary, Locale } from '@/i18n'
import type { ReferenceData } from '@/queries/reference'
import { searchQueryString } from '@/search/query/params'

import { facetValueLabel } from './labels'
import type { EmptySuggestions } from './suggestions'

/**
 * Nothing found: only changes that give results (computed in suggestions.ts), each with how many,
 * as links.
 */
export function EmptyState({
  suggestions,
  reference,
  locale,
  t,
}: {
  suggestions: EmptySuggestions
  reference: ReferenceData
  locale: Locale
  t: Dictionary
}) {
  return (
    <div className="empty-state">
      <h3>{t.search.emptyTitle}</h3>
      {suggestions.loosen.length > 0 || suggestions.withoutWords ? (
        <p>{t.search.emptyLoosen}</p>
      ) : null}
      <ul>
        {suggestions.loosen.map(({ facet, value, params, total }) => (
          <li key={`${facet}:${value}`}>
            <Link href={paths.search(locale, searchQueryString(params))}>
              {t.search.emptyRemove(
                `${t.search.facets[facet].toLowerCase()} »${facetValueLabel(facet, value, reference, t)}«`,
                total,
              )}
            </Link>
          </li>
        ))}
        {suggestions.withoutWords ? (
          <li>
            <Link href={paths.search(locale, searchQueryString(suggestions.withoutWords.params))}>
              {t.search.emptyWithoutWords(suggestions.withoutWords.total)}
            </Link>
          </li>
        ) : null}
        {suggestions.everything ? (
          <li>
            <Link href={paths.search(locale)}>
              {t.search.emptyEverythingCount(suggestions.everything)}
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  )
}
