import type { Metadata } from 'next'
import Link from 'next/link'

import { topicFacetValues } from '@/domain/options'
import { paths, type Locale } from '@/domain/urls'
import { getMessages } from '@/i18n/messages'
import { getReferenceData, type ReferenceTopic } from '@/portal/reference'
import { getPortalPayload, getViewer } from '@/portal/session'
import { searchParamsSchema, searchQueryString } from '@/search/query/params'
import { search } from '@/search/query/search'

export function topicsMetadata(locale: Locale): Metadata {
  const t = getMessages(locale)
  return { title: t.topics.title, description: t.topics.lead }
}

export async function TopicsPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale)
  const contentLang = locale === 'en' ? 'da' : undefined
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const [reference, overview] = await Promise.all([
    getReferenceData(payload),
    search(payload, searchParamsSchema.parse({ perPage: 1 }), user),
  ])
  const counts = overview.facets.topic ?? {}
  const children = new Map<number, ReferenceTopic[]>()
  for (const topic of reference.topics) {
    if (topic.parent !== null)
      children.set(topic.parent, [...(children.get(topic.parent) ?? []), topic])
  }
  const item = (topic: ReferenceTopic) => (
    <li key={topic.id}>
      <Link href={paths.search(locale, searchQueryString({ topic: [topic.slug ?? ''] }))}>
        <span lang={contentLang}>{topic.name}</span>
      </Link>{' '}
      <span className="count">({t.home.count(counts[topic.slug ?? ''] ?? 0)})</span>
      {topic.description ? (
        <p className="muted" lang={contentLang}>
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
