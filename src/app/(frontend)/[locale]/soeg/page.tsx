import type { Metadata } from 'next'
import { cache } from 'react'

import { alternates, paths } from '@/domain/urls'
import { getDictionary, routeLocale } from '@/i18n'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { parseSearchParamsForPage } from '@/geo/pageParams'
import { type SearchParams, searchQueryString, searchSorts } from '@/search/query/params'
import { search } from '@/search/query/search'
import { SearchInputError } from '@/geo/origin'
import { MapOfPlaces } from '@/geo/components/MapOfPlaces'
import { findNoticesForCards } from '@/legislation/notes/portal'
import { cardInternalFacts, hitKey } from '@/queries/cardInternalFacts'
import { recordPortalSearch } from '@/search/stats/recordPortalSearch'
import { SearchSuggestions } from '@/components/portal/SearchSuggestions.client'

import { ActiveFilters } from './ActiveFilters'
import { EmptyState } from './EmptyState'
import { Filters } from './Filters'
import { HitCard } from './HitCard'
import { InvalidSearch } from './InvalidSearch'
import { Pagination } from './Pagination'
import { SearchClickBeacon } from './SearchClickBeacon.client'
import { SearchFilterForm } from './SearchFilterForm.client'
import { MatchNotice } from './MatchNotice'
import { activeFilters, emptySuggestions } from './suggestions'

type RawSearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

/** The address read once per request (page and metadata share it). */
const parse = cache(async (searchParams: Props['searchParams']) =>
  parseSearchParamsForPage(await searchParams),
)

/** One search with the reader's access, and the suggestions that give results when it is empty. */
const runSearch = cache(async (params: SearchParams) => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const [reference, result] = await Promise.all([
    getReferenceData(payload),
    search(payload, params, user),
  ])
  const [suggestions, notices, internal] = await Promise.all([
    result.total === 0 ? emptySuggestions(payload, params, user) : null,
    findNoticesForCards(result.hits),
    // The internal facts the reader may see, for the page's hits in one batch (not in the index).
    cardInternalFacts(payload, result.hits, user),
  ])
  await recordPortalSearch(payload, params, result.total, user)
  return { reference, result, suggestions, notices, internal }
})

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  const parsed = await parse(searchParams)
  const q = parsed.ok ? parsed.params.q : ''
  return {
    title: q ? t.search.titleWithQuery(q) : t.search.title,
    alternates: alternates('/soeg', locale),
    // Result pages are for people; search engines get the listings themselves.
    robots: { index: false, follow: true },
  }
}

/** The results page: the URL is the whole state; a GET form that works without JavaScript. */
export default async function SearchPage({ params: routeParams, searchParams }: Props) {
  const locale = await routeLocale(routeParams)
  const t = await getDictionary(locale)
  const parsed = await parse(searchParams)
  if (!parsed.ok) return <InvalidSearch errors={parsed.errors} locale={locale} t={t} />
  const params = parsed.params
  const outcome = await runSearch(params).catch((error: unknown) => {
    if (error instanceof SearchInputError) return error
    throw error
  })
  if (outcome instanceof SearchInputError) {
    return <InvalidSearch errors={outcome.errors} locale={locale} t={t} />
  }
  const { reference, result, suggestions, notices, internal } = outcome

  const from = result.total === 0 ? 0 : (result.page - 1) * result.perPage + 1
  const to = Math.min(result.total, result.page * result.perPage)
  const pages = Math.max(1, Math.ceil(result.total / result.perPage))
  const pageLink = (page: number) => paths.search(locale, searchQueryString({ ...params, page }))
  const shared = { reference, locale, t }

  return (
    <div className="search-page">
      <h1>{params.q ? t.search.titleWithQuery(params.q) : t.search.title}</h1>
      <SearchFilterForm
        action={paths.search(locale)}
        loadingLabel={t.search.loading}
        stateKey={searchQueryString(params)}
      >
        <div className="search-bar" role="search">
          <label htmlFor="q">{t.search.queryLabel}</label>
          <div className="search-bar__row">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={params.q}
              maxLength={200}
              autoComplete="off"
              enterKeyHint="search"
            />
            <SearchSuggestions inputId="q" label={t.search.queryLabel} />
            <button type="submit" className="button">
              {t.search.submit}
            </button>
          </div>
        </div>
        {params.perPage !== 20 ? (
          <input type="hidden" name="perPage" value={params.perPage} />
        ) : null}
        <div className="results-layout">
          <Filters
            params={params}
            result={result}
            distanceNeedsPoint={parsed.distanceNeedsPoint}
            {...shared}
          />
          <section className="results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="visually-hidden">
              {t.search.resultsCount(result.total)}
            </h2>
            <div className="results-bar">
              <p role="status" className="results-count" data-total={result.total}>
                {result.total > 0
                  ? t.search.showing(from, to, result.total)
                  : t.search.resultsCount(0)}
              </p>
              <p className="sort">
                <label htmlFor="sort">{t.search.sort}</label>{' '}
                <select id="sort" name="sort" defaultValue={params.sort}>
                  {searchSorts.map((sort) => (
                    <option key={sort} value={sort}>
                      {t.search.sorts[sort]}
                    </option>
                  ))}
                </select>
              </p>
            </div>
            {result.degraded ? (
              <p className="notice notice--warning" data-degraded="true">
                {t.search.degraded}
              </p>
            ) : null}
            <MapOfPlaces
              places={result.hits.flatMap((hit) =>
                (hit.places ?? []).map((place) => ({
                  ...place,
                  label: `${hit.title}: ${place.label}`,
                })),
              )}
              t={t}
            />
            <ActiveFilters active={activeFilters(params)} params={params} {...shared} />
            <MatchNotice result={result} params={params} locale={locale} t={t} />
            {suggestions ? (
              <EmptyState suggestions={suggestions} {...shared} />
            ) : (
              <ol className="hit-list" start={from} data-search-hits="">
                {result.hits.map((hit) => (
                  <HitCard
                    key={`${hit.collection}:${hit.id}`}
                    hit={hit}
                    locale={locale}
                    t={t}
                    notices={notices.get(`${hit.collection}:${hit.id}`)}
                    reference={reference}
                    internal={internal.get(hitKey(hit))}
                    distanceKm={hit.distanceKm ?? undefined}
                  />
                ))}
              </ol>
            )}
            <SearchClickBeacon q={params.q} query={searchQueryString(params)} />
            <Pagination page={result.page} pages={pages} link={pageLink} t={t} />
          </section>
        </div>
      </SearchFilterForm>
    </div>
  )
}
