import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { topicFacetValues } from '@/domain/options'
import { alternates, paths } from '@/domain/urls'
import { contentLang, getDictionary, routeLocale } from '@/i18n'
import { getReferenceData, type ReferenceTopic } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchParamsSchema, searchQueryString } from '@/search/query/params'
import { search } from '@/search/query/search'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  return {
    title: t.topics.title,
    description: t.topics.lead,
    alternates: alternates('/emner', locale),
  }
}

/** Every topic with the number of listings about it (one search with no words or filters). */
const loadTopics = cache(async () => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  return Promise.all([
    getReferenceData(payload),
    search(payload, searchParamsSchema.parse({ perPage: 1 }), user),
  ])
})

export default async function TopicsPage({ params }: Props) {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  const lang = contentLang(locale)
  const [reference, overview] = await loadTopics()
  const counts = overview.facets.topic ?? {}
  const children = new Map<number, ReferenceTopic[]>()
  for (const topic of reference.topics) {
    if (topic.parent !== null)
      children.set(topic.parent, [...(children.get(topic.parent) ?? []), topic])
  }
  const item = (topic: ReferenceTopic) => (
    <li key={topic.id}>
      <Link href={paths.search(locale, searchQueryString({ topic: [topic.slug ?? ''] }))}>
        <span lang={lang}>{topic.name}</span>
      </Link>{' '}
      <span className="count">({t.home.count(counts[topic.slug ?? ''] ?? 0)})</span>
      {topic.description ? (
        <p className="muted" lang={lang}>
          {topic.description}
        </p>
      ) : null}
      {children.get(topic.id)?.length ? (
        <ul className="topic-tree">{children.get(topic.id)!.map(item)}</ul>
      ) : null}
    </li>
  )

  return (
    <>
      <h1>{t.topics.title}</h1>
      <p className="lead">{t.topics.lead}</p>
      <div className="topics-grid">
        {topicFacetValues.map((facet) => {
          const roots = reference.topics.filter(
            (topic) =>
              topic.facet === facet &&
              (topic.parent === null || !reference.topicById.has(topic.parent)),
          )
          if (roots.length === 0) return null
          return (
            <section key={facet} aria-labelledby={`facet-${facet}`}>
              <h2 id={`facet-${facet}`}>{t.topics[facet]}</h2>
              <ul className="topic-tree">{roots.map(item)}</ul>
            </section>
          )
        })}
      </div>
    </>
  )
}
