import type { Metadata } from 'next'
import Link from 'next/link'

import { paths, type Locale } from '@/domain/urls'
import { formatDate, getMessages, type Messages } from '@/i18n/messages'
import { getReferenceData, type ReferenceData } from '@/portal/reference'
import { describeSearchErrors, facetValueLabel } from '@/portal/searchLabels'
import { getPortalPayload, getViewer } from '@/portal/session'
import {
  facetNames,
  type FacetName,
  parseSearchParams,
  type SearchParams,
  searchKinds,
  searchQueryString,
  searchSorts,
} from '@/search/query/params'
import { search } from '@/search/query/search'
import type { SearchHit, SearchResult } from '@/search/query/types'

import { SearchFilterForm } from '../SearchFilterForm.client'
import { ShortlistButton } from '../ShortlistButton.client'

type RawSearchParams = Record<string, string | string[] | undefined>
type Props = { locale: Locale; searchParams: Promise<RawSearchParams> }

export async function searchMetadata({ locale, searchParams }: Props): Promise<Metadata> {
  const t = getMessages(locale)
  const parsed = parseSearchParams(await searchParams)
  const q = parsed.ok ? parsed.params.q : ''
  return {
    title: q ? t.search.titleWithQuery(q) : t.search.title,
    // Result pages are for people; search engines get the listings themselves.
    robots: { index: false, follow: true },
  }
}

/** Which values a filter has selected, as strings (the form's and the facets' shape). */
function selected(params: SearchParams, facet: FacetName): string[] {
  const value = params[facet]
  if (Array.isArray(value)) return value.map(String)
  return value ? [String(value)] : []
}

/** The same search without one filter value (for "remove" links); page back to 1. */
function without(params: SearchParams, facet: FacetName, value: string): SearchParams {
  const next = { ...params, page: 1 } as Record<string, unknown>
  const current = params[facet]
  next[facet] = Array.isArray(current)
    ? (current as Array<string | number>).filter((v) => String(v) !== value)
    : undefined
  return next as SearchParams
}

const hitEntry = (hit: SearchHit) => hit.url.replace(/^\//, '')
const localized = (url: string, locale: Locale) => (locale === 'en' ? `/en${url}` : url)

export async function SearchPage({ locale, searchParams }: Props) {
  const t = getMessages(locale)
  const parsed = parseSearchParams(await searchParams)
  if (!parsed.ok) {
    return (
      <>
        <h1>{t.search.invalidTitle}</h1>
        <div className="notice notice--error" role="alert">
          <p>{t.search.invalidLead}</p>
          <ul>
            {describeSearchErrors(parsed.errors, locale).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
        <p>
          <Link href={paths.search(locale)}>{t.search.startOver}</Link>
        </p>
      </>
    )
  }
  const params = parsed.params
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const [reference, result] = await Promise.all([
    getReferenceData(payload),
    search(payload, params, user),
  ])

  const active = facetNames.flatMap((facet) =>
    selected(params, facet).map((value) => ({ facet, value })),
  )
  // Nothing found: what would loosening each filter give? One small search per active filter.
  const loosen =
    result.total === 0 && active.length > 0
      ? await Promise.all(
          active.slice(0, 8).map(async ({ facet, value }) => {
            const next = without(params, facet, value)
            const answer = await search(payload, { ...next, perPage: 1 }, user).catch(() => null)
            return { facet, value, params: next, total: answer?.total ?? null }
          }),
        )
      : []

  const from = result.total === 0 ? 0 : (result.page - 1) * result.perPage + 1
  const to = Math.min(result.total, result.page * result.perPage)
  const pages = Math.max(1, Math.ceil(result.total / result.perPage))
  const link = (next: Partial<SearchParams>) =>
    paths.search(locale, searchQueryString({ ...params, ...next }))
  const contentLang = locale === 'en' ? 'da' : undefined

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
            <button type="submit" className="button">
              {t.search.submit}
            </button>
          </div>
        </div>
        {params.perPage !== 20 ? (
          <input type="hidden" name="perPage" value={params.perPage} />
        ) : null}
        <div className="results-layout">
          <Filters params={params} result={result} reference={reference} locale={locale} t={t} />
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
            {active.length > 0 ? (
              <div className="active-filters">
                <h3 className="visually-hidden">{t.search.activeFilters}</h3>
                <ul>
                  {active.map(({ facet, value }) => {
                    const label = facetValueLabel(facet, value, reference, locale)
                    return (
                      <li key={`${facet}:${value}`}>
                        <Link
                          href={paths.search(
                            locale,
                            searchQueryString(without(params, facet, value)),
                          )}
                          className="chip"
                          scroll={false}
                        >
                          <span className="visually-hidden">{t.search.removeFilter('')}</span>
                          {t.search.facets[facet]}: {label} <span aria-hidden="true">×</span>
                        </Link>
                      </li>
                    )
                  })}
                  <li>
                    <Link href={paths.search(locale, searchQueryString({ q: params.q }))}>
                      {t.search.clearAll}
                    </Link>
                  </li>
                </ul>
              </div>
            ) : null}
            {result.total === 0 ? (
              <div className="empty-state">
                <h3>{t.search.emptyTitle}</h3>
                <p>{t.search.emptyLoosen}</p>
                <ul>
                  {loosen.map(({ facet, value, params: next, total }) => (
                    <li key={`${facet}:${value}`}>
                      <Link href={paths.search(locale, searchQueryString(next))}>
                        {t.search.emptyRemove(
                          `${t.search.facets[facet].toLowerCase()} »${facetValueLabel(facet, value, reference, locale)}«`,
                          total,
                        )}
                      </Link>
                    </li>
                  ))}
                  {params.q ? <li>{t.search.emptyFewerWords}</li> : null}
                  <li>
                    <Link href={paths.search(locale)}>{t.search.emptyEverything}</Link>
                  </li>
                </ul>
              </div>
            ) : (
              <ol className="hit-list" start={from}>
                {result.hits.map((hit) => (
                  <li
                    key={`${hit.collection}:${hit.id}`}
                    className="card hit"
                    data-hit={hitEntry(hit)}
                  >
                    <p className="card__meta">
                      <span className="badge">{t.kinds[hit.kind]}</span>
                      {hit.visibility === 'internal' ? (
                        <span className="badge badge--internal" title={t.search.internalHint}>
                          {t.search.internal}
                        </span>
                      ) : null}
                      {hit.provider ? <span lang={contentLang}>{hit.provider.name}</span> : null}
                    </p>
                    <h3 className="card__title" lang={contentLang}>
                      <Link href={localized(hit.url, locale)}>
                        <span dangerouslySetInnerHTML={{ __html: hit.highlights.title }} />
                      </Link>
                    </h3>
                    <p
                      className="card__summary"
                      lang={contentLang}
                      dangerouslySetInnerHTML={{ __html: hit.highlights.summary }}
                    />
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
                ))}
              </ol>
            )}
            {pages > 1 ? (
              <nav aria-label={t.search.pagination} className="pagination">
                <ul>
                  {result.page > 1 ? (
                    <li>
                      <Link href={link({ page: result.page - 1 })} rel="prev">
                        {t.search.previous}
                      </Link>
                    </li>
                  ) : null}
                  {pageWindow(result.page, pages).map((page, index) =>
                    page === null ? (
                      <li key={`gap-${index}`} aria-hidden="true">
                        …
                      </li>
                    ) : (
                      <li key={page}>
                        <Link
                          href={link({ page })}
                          aria-current={page === result.page ? 'page' : undefined}
                          aria-label={t.search.page(page)}
                        >
                          {page}
                        </Link>
                      </li>
                    ),
                  )}
                  {result.page < pages ? (
                    <li>
                      <Link href={link({ page: result.page + 1 })} rel="next">
                        {t.search.next}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </section>
        </div>
      </SearchFilterForm>
    </div>
  )
}

/** Page numbers around the current one, with gaps (null) for long lists. */
function pageWindow(current: number, total: number): Array<number | null> {
  const pages = new Set([1, total, current - 1, current, current + 1])
  const sorted = [...pages].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b)
  const out: Array<number | null> = []
  for (const page of sorted) {
    if (out.length && page - (out[out.length - 1] as number) > 1) out.push(null)
    out.push(page)
  }
  return out
}

const VISIBLE = 8

function Filters({
  params,
  result,
  reference,
  locale,
  t,
}: {
  params: SearchParams
  result: SearchResult
  reference: ReferenceData
  locale: Locale
  t: Messages
}) {
  const counts = result.facets
  const ordered = (facet: FacetName): Array<[string, number]> => {
    const values = new Map(Object.entries(counts[facet] ?? {}))
    for (const value of selected(params, facet)) if (!values.has(value)) values.set(value, 0)
    const entries = [...values.entries()]
    if (facet === 'kind') {
      return searchKinds.filter((k) => values.has(k)).map((k) => [k, values.get(k)!])
    }
    if (facet === 'municipality') {
      return entries.sort((a, b) =>
        facetValueLabel('municipality', a[0], reference, locale).localeCompare(
          facetValueLabel('municipality', b[0], reference, locale),
          'da',
        ),
      )
    }
    return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'))
  }
  const checkboxes = (facet: 'kind' | 'municipality' | 'topic' | 'legalBasis' | 'language') => {
    const entries = ordered(facet)
    if (entries.length === 0) return null
    const chosen = new Set(selected(params, facet))
    const item = ([value, count]: [string, number]) => {
      const id = `f-${facet}-${value}`
      return (
        <li key={value}>
          <input
            type="checkbox"
            id={id}
            name={facet}
            value={value}
            defaultChecked={chosen.has(value)}
          />
          <label htmlFor={id}>
            <span lang={facet === 'topic' && locale === 'en' ? 'da' : undefined}>
              {facetValueLabel(facet, value, reference, locale)}
            </span>{' '}
            <span className="count">({count.toLocaleString(t.dateLocale)})</span>
          </label>
        </li>
      )
    }
    // Chosen values always stay visible.
    const visible = entries.filter(([value], index) => index < VISIBLE || chosen.has(value))
    const rest = entries.filter(([value], index) => index >= VISIBLE && !chosen.has(value))
    return (
      <fieldset className="facet" data-facet={facet}>
        <legend>{t.search.facets[facet]}</legend>
        <ul>{visible.map(item)}</ul>
        {rest.length > 0 ? (
          <details>
            <summary>{t.search.showMore(rest.length)}</summary>
            <ul>{rest.map(item)}</ul>
          </details>
        ) : null}
      </fieldset>
    )
  }
  const ages = counts.age ?? {}
  const chosenAges = selected(params, 'age')
  const single = (facet: 'cost' | 'capacity', value: 'free' | 'open', label: string) => {
    const id = `f-${facet}`
    const count = counts[facet]?.[value] ?? 0
    return (
      <fieldset className="facet" data-facet={facet}>
        <legend>{t.search.facets[facet]}</legend>
        <ul>
          <li>
            <input
              type="checkbox"
              id={id}
              name={facet}
              value={value}
              defaultChecked={params[facet] === value}
            />
            <label htmlFor={id}>
              {label} <span className="count">({count.toLocaleString(t.dateLocale)})</span>
            </label>
          </li>
        </ul>
      </fieldset>
    )
  }

  return (
    <aside className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t.search.filters}</h2>
      <div className="facet" data-facet="age">
        <label htmlFor="f-age" className="facet__label">
          {t.search.facets.age}
        </label>
        <select id="f-age" name="age" defaultValue={chosenAges[0] ?? ''}>
          <option value="">{t.search.anyAge}</option>
          {Array.from({ length: 31 }, (_, age) => String(age)).map((age) => (
            <option key={age} value={age}>
              {t.search.years(Number(age))} ({(ages[age] ?? 0).toLocaleString(t.dateLocale)})
            </option>
          ))}
        </select>
        {chosenAges.slice(1).map((age) => (
          <input key={age} type="hidden" name="age" value={age} />
        ))}
      </div>
      {checkboxes('municipality')}
      {checkboxes('kind')}
      {single('capacity', 'open', t.search.onlyOpen)}
      {single('cost', 'free', t.search.onlyFree)}
      {checkboxes('topic')}
      {checkboxes('language')}
      {checkboxes('legalBasis')}
      <button type="submit" className="button button--secondary filters__apply">
        {t.search.applyFilters}
      </button>
    </aside>
  )
}
