import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Dictionary, Locale } from '@/i18n'
import type { ReferenceData } from '@/queries/reference'
import { type SearchParams, searchQueryString } from '@/search/query/params'

import { facetValueLabel } from './labels'
import { type ActiveFilter, without } from './suggestions'

/** The chosen filters as chips, each a link to the same search without it; "clear all". */
export function ActiveFilters({
  active,
  params,
  reference,
  locale,
  t,
}: {
  active: ActiveFilter[]
  params: SearchParams
  reference: ReferenceData
  locale: Locale
  t: Dictionary
}) {
  if (active.length === 0) return null
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">{t.search.activeFilters}</h3>
      <ul>
        {active.map(({ facet, value }) => (
          <li key={`${facet}:${value}`}>
            <Link
              href={paths.search(locale, searchQueryString(without(params, facet, value)))}
              className="chip"
              scroll={false}
            >
              <span className="visually-hidden">{t.search.removeFilter('')}</span>
              {t.search.facets[facet]}: {facetValueLabel(facet, value, reference, t)}{' '}
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={paths.search(locale, searchQueryString({ q: params.q }))}>
            {t.search.clearAll}
          </Link>
        </li>
      </ul>
    </div>
  )
}
