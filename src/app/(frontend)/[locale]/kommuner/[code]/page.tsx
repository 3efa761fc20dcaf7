import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { alternates, localizePath, paths } from '@/domain/urls'
import { contentLang, getDictionary, optionLabel, routeLocale } from '@/i18n'
import { codeParam } from '@/domain/routeParams'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchKinds, searchParamsSchema, searchQueryString } from '@/search/query/params'
import { search } from '@/search/query/search'
import { partnerOrganizations } from '@/cooperations/queries'

type Props = { params: Promise<{ locale: string; code: string }> }

/** A member municipality by its code (one per request, shared by the page and its metadata). */
const findMember = cache(async (rawCode: string) => {
  const parsed = codeParam.safeParse(rawCode)
  if (!parsed.success) return null
  const payload = await getPortalPayload()
  const reference = await getReferenceData(payload)
  const municipality = reference.municipalityByCode.get(parsed.data)
  // A page per member of the network; other municipalities have no listings to show.
  return municipality?.networkMember ? municipality : null
})

const load = async (params: Props['params']) => findMember((await params).code)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const municipality = await load(params)
  const t = await getDictionary(locale)
  if (!municipality) return { title: t.errors.notFoundTitle }
  return {
    title: municipality.name,
    description: t.municipality.lead(municipality.name),
    alternates: alternates(paths.municipality(municipality.code), locale),
  }
}

export default async function MunicipalityPage({ params }: Props) {
  const locale = await routeLocale(params)
  const municipality = await load(params)
  if (!municipality) notFound()
  const t = await getDictionary(locale)
  const m = t.municipality
  const lang = contentLang(locale)
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const filter = searchParamsSchema.parse({ municipality: [municipality.code], perPage: 10 })
  const [reference, result, partners] = await Promise.all([
    getReferenceData(payload),
    search(payload, { ...filter, sort: 'title' }, user),
    partnerOrganizations({ payload, user }, municipality.id),
  ])

  return (
    <>
      <h1>{municipality.name}</h1>
      <p className="lead">{m.lead(municipality.name)}</p>
      <dl className="facts facts--inline">
        <div className="facts__row">
          <dt>{m.code}</dt>
          <dd>{municipality.code}</dd>
        </div>
        <div className="facts__row">
          <dt>{m.region}</dt>
          <dd>{municipality.region}</dd>
        </div>
      </dl>

      <section aria-labelledby="opslag">
        <h2 id="opslag">{m.listings}</h2>
        <ul className="entry-list">
          {searchKinds
            .filter((kind) => kind !== 'legislation-note' && kind !== 'method')
            .map((kind) => (
              <li key={kind}>
                <Link
                  href={paths.search(
                    locale,
                    searchQueryString({ municipality: [municipality.code], kind: [kind] }),
                  )}
                >
                  <span className="entry-list__label">{t.kindsPlural[kind]}</span>
                  <span className="entry-list__count">
                    {t.home.count(result.facets.kind?.[kind] ?? 0)}
                  </span>
                </Link>
              </li>
            ))}
        </ul>
        <ul className="card-list">
          {result.hits.map((hit) => (
            <li key={`${hit.collection}:${hit.id}`} className="card">
              <p className="card__meta">
                <span className="badge">{t.kinds[hit.kind]}</span>
                {hit.visibility === 'internal' ? (
                  <span className="badge badge--internal">{t.search.internal}</span>
                ) : null}
                {hit.provider ? <span lang={lang}>{hit.provider.name}</span> : null}
              </p>
              <h3 className="card__title" lang={lang}>
                <Link href={localizePath(hit.url, locale)}>{hit.title}</Link>
              </h3>
              <p className="card__summary" lang={lang}>
                {hit.summary}
              </p>
            </li>
          ))}
        </ul>
        <p>
          <Link
            href={paths.search(locale, searchQueryString({ municipality: [municipality.code] }))}
          >
            {m.seeAll(result.total, municipality.name)}
          </Link>
        </p>
      </section>

      <section aria-labelledby="aftaler">
        <h2 id="aftaler">{m.agreements}</h2>
        {partners.docs.length === 0 ? <p>{m.noAgreements}</p> : null}
        <ul className="link-list">
          {partners.docs.map((organization) => (
            <li key={organization.id}>
              <Link href={paths.organization(organization.slug ?? '', locale)} lang={lang}>
                {organization.name}
              </Link>{' '}
              <span className="muted">
                ({optionLabel(t, 'organizationType', organization.type)})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="andre">
        <h2 id="andre">{m.others}</h2>
        <ul className="municipality-list">
          {reference.members
            .filter((other) => other.id !== municipality.id)
            .map((other) => (
              <li key={other.id}>
                <Link href={paths.municipality(other.code, locale)}>{other.name}</Link>
              </li>
            ))}
        </ul>
      </section>
    </>
  )
}
