import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { alternates, paths } from '@/domain/urls'
import { contentLang, formatDate, getDictionary, optionLabel, routeLocale } from '@/i18n'
import type { Organization } from '@/payload-types'
import { parseSlug } from '@/domain/routeParams'
import { findListingSummaries } from '@/queries/listings'
import { OrganizationPlaces } from '@/geo/components/OrganizationPlaces'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { listCooperations } from '@/cooperations/queries'
import { cooperationPaths } from '@/cooperations/paths'

import { ErrorReportForm } from '@/components/portal/ErrorReportForm'
import { ListingSummaryList } from '@/components/portal/ListingSummaryList'

type Props = { params: Promise<{ locale: string; slug: string }> }

const findOrganization = cache(async (slug: string): Promise<Organization | null> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { slug: { equals: slug } },
    select: {
      name: true,
      type: true,
      cvr: true,
      description: true,
      website: true,
      email: true,
      phone: true,
      address: true,
      slug: true,
      updatedAt: true,
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return (docs[0] as Organization | undefined) ?? null
})

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? findOrganization(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const organization = await load(params)
  const t = await getDictionary(locale)
  if (!organization) return { title: t.errors.notFoundTitle }
  return {
    title: organization.name,
    description: organization.description ?? undefined,
    alternates: alternates(paths.organization(organization.slug ?? ''), locale),
  }
}

export default async function OrganizationPage({ params }: Props) {
  const locale = await routeLocale(params)
  const organization = await load(params)
  if (!organization) notFound()
  const t = await getDictionary(locale)
  const o = t.organization
  const lang = contentLang(locale)
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const [reference, { items }, cooperations] = await Promise.all([
    getReferenceData(payload),
    findListingSummaries(() => ({ provider: { equals: organization.id } }), 200),
    listCooperations({ payload, user }, { organization: { equals: organization.id } }),
  ])
  // The agreements are the cooperations' agreements now (issue 19); a reader sees those they may.
  const agreements = cooperations.map((cooperation) => ({
    id: cooperation.id,
    slug: cooperation.slug,
    title: cooperation.title,
    municipality: cooperation.municipalities?.[0] ?? 0,
    parties: cooperation.agreement?.parties,
    periodFrom: cooperation.agreement?.periodFrom,
    periodTo: cooperation.agreement?.periodTo,
    purpose: cooperation.agreement?.purpose,
    contact: cooperation.agreement?.contacts?.[0],
  }))
  const address = organization.address

  return (
    <article className="organization">
      <header>
        <p className="card__meta">
          <span className="badge">{o.kind}</span>
          <span>{optionLabel(t, 'organizationType', organization.type)}</span>
        </p>
        <h1 lang={lang}>{organization.name}</h1>
        {organization.description ? (
          <p className="lead" lang={lang}>
            {organization.description}
          </p>
        ) : null}
        <dl className="facts">
          {organization.website ? (
            <div className="facts__row">
              <dt>{o.website}</dt>
              <dd>
                <a href={organization.website} rel="external noopener">
                  {organization.website.replace(/^https:\/\//, '')}
                </a>
              </dd>
            </div>
          ) : null}
          {organization.email ? (
            <div className="facts__row">
              <dt>{o.email}</dt>
              <dd>
                <a href={`mailto:${organization.email}`}>{organization.email}</a>
              </dd>
            </div>
          ) : null}
          {organization.phone ? (
            <div className="facts__row">
              <dt>{o.phone}</dt>
              <dd>
                <a href={`tel:${organization.phone.replace(/\s+/g, '')}`}>{organization.phone}</a>
              </dd>
            </div>
          ) : null}
          {address?.address ? (
            <div className="facts__row">
              <dt>{o.address}</dt>
              <dd lang={lang}>
                {address.address}, {address.postalCode} {address.city}
              </dd>
            </div>
          ) : null}
          {organization.cvr ? (
            <div className="facts__row">
              <dt>{o.cvr}</dt>
              <dd>{organization.cvr}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      <OrganizationPlaces organizationId={organization.id} locale={locale} t={t} />

      <section aria-labelledby="opslag">
        <h2 id="opslag">{o.listings}</h2>
        {items.length ? (
          <ListingSummaryList items={items} locale={locale} />
        ) : (
          <p>{o.noListings}</p>
        )}
      </section>

      <section aria-labelledby="aftaler">
        <h2 id="aftaler">{o.agreements}</h2>
        {agreements.length === 0 ? <p>{o.noAgreements}</p> : null}
        {agreements.map((agreement, index) => {
          const municipality = reference.municipalityById.get(
            typeof agreement.municipality === 'number'
              ? agreement.municipality
              : agreement.municipality.id,
          )
          return (
            <section key={agreement.id ?? index} className="card agreement">
              <h3>
                {municipality ? (
                  municipality.networkMember ? (
                    <Link href={paths.municipality(municipality.code, locale)}>
                      {municipality.name}
                    </Link>
                  ) : (
                    municipality.name
                  )
                ) : (
                  o.agreements
                )}
              </h3>
              {agreement.slug ? (
                <p>
                  <Link href={cooperationPaths.cooperation(agreement.slug, locale)} lang={lang}>
                    {agreement.title}
                  </Link>
                </p>
              ) : null}
              <dl className="facts">
                <div className="facts__row">
                  <dt>{o.parties}</dt>
                  <dd lang={lang}>{agreement.parties}</dd>
                </div>
                <div className="facts__row">
                  <dt>{o.period}</dt>
                  <dd>
                    {agreement.periodTo
                      ? `${formatDate(agreement.periodFrom, locale)} – ${formatDate(agreement.periodTo, locale)}`
                      : o.from(formatDate(agreement.periodFrom, locale))}
                  </dd>
                </div>
                <div className="facts__row">
                  <dt>{o.purpose}</dt>
                  <dd lang={lang}>{agreement.purpose}</dd>
                </div>
                {agreement.contact?.email || agreement.contact?.phone ? (
                  <div className="facts__row">
                    <dt>{o.contact}</dt>
                    <dd>
                      {[agreement.contact.name, agreement.contact.role].filter(Boolean).join(', ')}{' '}
                      {agreement.contact.email ? (
                        <a href={`mailto:${agreement.contact.email}`}>{agreement.contact.email}</a>
                      ) : null}{' '}
                      {agreement.contact.phone ? (
                        <a href={`tel:${agreement.contact.phone.replace(/\s+/g, '')}`}>
                          {agreement.contact.phone}
                        </a>
                      ) : null}
                    </dd>
                  </div>
                ) : null}
              </dl>
            </section>
          )
        })}
      </section>
      <ErrorReportForm collection="organizations" id={organization.id} locale={locale} />
    </article>
  )
}
