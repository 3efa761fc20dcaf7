import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { alternates, paths } from '@/domain/urls'
import { contentLang, getDictionary, routeLocale } from '@/i18n'
import { methodLabels, methodTypeLabel } from '@/network/methods/labels'
import { parseLibraryParams } from '@/network/methods/libraryParams'
import { methodTypes } from '@/network/methods/options'
import type { Method } from '@/payload-types'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchParamsSchema } from '@/search/query/params'
import { search } from '@/search/query/search'
import { FilterSelect, IndexFilters } from '@/components/portal/IndexFilters'

type RawParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

/** The library is small (tens to hundreds); this bounds one read. */
const MAX_METHODS = 1000

type LibraryMethod = Pick<
  Method,
  'id' | 'title' | 'summary' | 'slug' | 'methodType' | 'topics' | 'visibility' | 'version' | 'owner'
>

/** The published methods the reader may read: one query, filters applied in memory. */
const loadMethods = cache(async (): Promise<LibraryMethod[]> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'methods',
    where: { _status: { equals: 'published' } },
    select: {
      title: true,
      summary: true,
      slug: true,
      methodType: true,
      topics: true,
      visibility: true,
      version: true,
      owner: true,
    },
    sort: 'title',
    depth: 0,
    limit: MAX_METHODS,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs as LibraryMethod[]
})

/** The ids of the methods the portal's search finds for the words, files' text included. */
const matchWords = cache(async (q: string): Promise<number[]> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const result = await search(
    payload,
    searchParamsSchema.parse({ q, kind: ['method'], perPage: 50 }),
    user,
  )
  return result.hits.map((hit) => hit.id)
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const labels = methodLabels[locale]
  return {
    title: labels.indexTitle,
    description: labels.indexLead,
    alternates: alternates(paths.methods(), locale),
  }
}

export default async function MethodsLibraryPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const [t, payload] = await Promise.all([getDictionary(locale), getPortalPayload()])
  const labels = methodLabels[locale]
  const lang = contentLang(locale)
  const { params: filters, invalid } = parseLibraryParams(await searchParams)
  const [methods, reference, matching] = await Promise.all([
    loadMethods(),
    getReferenceData(payload),
    filters.q ? matchWords(filters.q) : Promise.resolve(null),
  ])
  const topicId = filters.emne
    ? reference.topics.find((topic) => topic.slug === filters.emne)?.id
    : undefined
  const byId = new Map(methods.map((method) => [method.id, method]))
  // With words: the search's order (relevance); without: by title.
  const candidates = matching
    ? matching.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
    : methods
  const shown = candidates.filter(
    (method) =>
      (!filters.type || method.methodType === filters.type) &&
      (!filters.emne ||
        (method.topics ?? []).some(
          (value) => (typeof value === 'number' ? value : value.id) === topicId,
        )),
  )
  const topicIds = new Set(
    methods.flatMap((method) =>
      (method.topics ?? []).map((value) => (typeof value === 'number' ? value : value.id)),
    ),
  )
  const topicOptions = reference.topics.filter((topic) => topicIds.has(topic.id))
  const filtered = Boolean(filters.q || filters.type || filters.emne)

  return (
    <div className="methods-index">
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home(locale)}>{t.siteName}</Link>
          </li>
        </ol>
      </nav>
      <h1>{labels.indexTitle}</h1>
      <p className="lead">{labels.indexLead}</p>
      {invalid.length ? (
        <p className="notice notice--warning" role="alert" data-invalid-filters={invalid.join(',')}>
          {labels.invalid}
        </p>
      ) : null}
      <IndexFilters
        action={paths.methods(locale)}
        label={labels.filters}
        searchLabel={labels.search}
        q={filters.q}
        applyLabel={labels.apply}
        clear={filtered ? { href: paths.methods(locale), label: labels.clear } : null}
        data="data-method-filters"
      >
        <FilterSelect name="type" label={labels.type} all={labels.all} value={filters.type}>
          {methodTypes.map((type) => (
            <option key={type.value} value={type.value}>
              {methodTypeLabel(type.value, locale)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="emne" label={labels.topic} all={labels.all} value={filters.emne}>
          {topicOptions.map((topic) => (
            <option key={topic.id} value={topic.slug ?? ''} lang={lang}>
              {topic.name}
            </option>
          ))}
        </FilterSelect>
      </IndexFilters>
      <p role="status" data-method-count={shown.length}>
        {labels.count(shown.length)}
      </p>
      {shown.length ? (
        <ol className="card-list" data-methods="">
          {shown.map((method) => (
            <li key={method.id} className="card" data-method={method.slug}>
              <p className="card__meta">
                <span className="badge">{methodTypeLabel(method.methodType, locale)}</span>
                {method.visibility === 'internal' ? (
                  <span className="badge badge--internal">{t.listing.internal}</span>
                ) : null}
                <span>
                  {labels.version} {method.version}
                </span>
              </p>
              <h2 className="card__title" lang={lang}>
                <Link href={paths.document('method', method.slug ?? '', locale)}>
                  {method.title}
                </Link>
              </h2>
              <p className="card__summary" lang={lang}>
                {method.summary}
              </p>
              <p className="muted" lang={lang}>
                {labels.owner}: {method.owner}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p data-no-methods>{labels.none}</p>
      )}
      {filters.q ? (
        <p>
          <Link href={paths.search(locale, `q=${encodeURIComponent(filters.q)}`)}>
            {t.search.title}: {filters.q}
          </Link>
        </p>
      ) : null}
      <p className="muted">{labels.noChild}</p>
    </div>
  )
}
