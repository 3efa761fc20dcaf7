import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { codeParam, parseSlug } from '@/domain/routeParams'
import { paths } from '@/domain/urls'
import { contentLang, getDictionary, routeLocale } from '@/i18n'
import { isNetworkEditor, isNetworkMember } from '@/network/access'
import { networkPaths } from '@/network/paths'
import { qualityLabels } from '@/network/quality/labels'
import { qualityPath } from '@/network/quality/paths'
import { TrendChart } from '@/network/quality/TrendChart'
import { indicatorTrends } from '@/network/quality/trend'
import type { QualityAnswer, QualityIndicatorSet } from '@/payload-types'
import { getPortalPayload, getViewer } from '@/queries/session'
import { relationId, relationIds } from '@/utilities/relationId'

import '@/network/quality/quality.css'

type RawParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawParams> }

/** The network, its indicator sets and their answers, each read with the viewer's own access. */
const loadQuality = cache(async (slug: string) => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'networks',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const network = docs[0]
  if (!network || !(isNetworkMember(user, network) || isNetworkEditor(user, network))) return null
  const sets = (
    await payload.find({
      collection: 'quality-indicator-sets',
      where: { network: { equals: network.id } },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      overrideAccess: false,
      user,
    })
  ).docs as QualityIndicatorSet[]
  const answers = sets.length
    ? ((
        await payload.find({
          collection: 'quality-answers',
          where: { indicatorSet: { in: sets.map((set) => set.id) } },
          select: { indicatorSet: true, municipality: true, year: true, scores: true },
          depth: 0,
          pagination: false,
          overrideAccess: false,
          user,
        })
      ).docs as QualityAnswer[])
    : []
  // access: names and codes of the member municipalities (public reference data).
  const municipalities = (
    await payload.find({
      collection: 'municipalities',
      where: { id: { in: relationIds(network.memberMunicipalities) } },
      select: { name: true, code: true },
      depth: 0,
      pagination: false,
      sort: 'name',
      overrideAccess: true,
    })
  ).docs
  return { network, sets, answers, municipalities }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: qualityLabels[locale].title, robots: { index: false, follow: false } }
}

export default async function QualityPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const slug = parseSlug((await params).slug)
  const data = slug ? await loadQuality(slug) : null
  if (!data || !slug) notFound()
  const t = await getDictionary(locale)
  const labels = qualityLabels[locale]
  const lang = contentLang(locale)
  const raw = (await searchParams).kommune
  const wanted = codeParam.safeParse(Array.isArray(raw) ? raw[0] : raw)
  const chosen = wanted.success
    ? data.municipalities.find((municipality) => municipality.code === wanted.data)
    : undefined
  const unknownChoice = Boolean(raw) && !chosen

  return (
    <article className="quality">
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home(locale)}>{t.siteName}</Link>
          </li>
          <li>
            <Link href={networkPaths.page(locale, slug)} lang={lang}>
              {data.network.name}
            </Link>
          </li>
        </ol>
      </nav>
      <h1>{labels.title}</h1>
      <p className="lead">{labels.lead}</p>
      {unknownChoice ? (
        <p className="notice notice--warning" role="alert">
          {labels.unknownMunicipality}
        </p>
      ) : null}
      <form
        method="get"
        action={qualityPath(locale, slug)}
        className="note-filters"
        data-quality-filter
      >
        <label>
          {labels.municipality}
          <select name="kommune" defaultValue={chosen?.code ?? ''}>
            <option value="">{labels.allMunicipalities}</option>
            {data.municipalities.map((municipality) => (
              <option key={municipality.id} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {labels.show}
        </button>
      </form>
      {data.sets.length === 0 ? <p>{labels.noSets}</p> : null}
      {data.sets.map((set) => {
        const answers = data.answers.filter((answer) => relationId(answer.indicatorSet) === set.id)
        const trends = indicatorTrends(set, answers)
        const themes = [...new Set(trends.map((trend) => trend.theme))]
        return (
          <section key={set.id} aria-labelledby={`set-${set.id}`} data-indicator-set={set.id}>
            <h2 id={`set-${set.id}`} lang={lang}>
              {set.title}
            </h2>
            {set.introduction ? <p lang={lang}>{set.introduction}</p> : null}
            {answers.length === 0 ? <p>{labels.noAnswers}</p> : null}
            {answers.length > 0
              ? themes.map((theme) => (
                  <section key={theme} aria-label={theme}>
                    <h3 lang={lang}>{theme}</h3>
                    {trends
                      .filter((trend) => trend.theme === theme)
                      .map((trend) => {
                        const own = chosen
                          ? trend.municipalities.find((entry) => entry.id === chosen.id)
                          : undefined
                        return (
                          <div key={trend.key} className="quality-indicator">
                            <h4 lang={lang}>{trend.statement}</h4>
                            <TrendChart
                              id={trend.key}
                              statement={trend.statement}
                              labels={labels}
                              series={[
                                {
                                  label: labels.network,
                                  points: trend.network,
                                  variant: 'network',
                                },
                                ...(chosen
                                  ? [
                                      {
                                        label: chosen.name,
                                        points:
                                          own?.points ??
                                          trend.network.map((point) => ({
                                            ...point,
                                            value: null,
                                            count: 0,
                                          })),
                                        variant: 'municipality' as const,
                                      },
                                    ]
                                  : []),
                              ]}
                            />
                          </div>
                        )
                      })}
                  </section>
                ))
              : null}
          </section>
        )
      })}
    </article>
  )
}
