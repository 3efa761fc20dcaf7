import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { NewSinceLastVisit } from '@/components/portal/NewSinceLastVisit'
import { QuickSearchForm } from '@/components/portal/QuickSearchForm'
import { alternates, paths } from '@/domain/urls'
import { notesIndexPath } from '@/legislation/notes/noteIndex'
import { contentLang, formatDate, getDictionary, routeLocale } from '@/i18n'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchKinds, searchParamsSchema, searchQueryString } from '@/search/query/params'
import { search } from '@/search/query/search'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  return {
    title: { absolute: `${t.siteName} · ${t.tagline}` },
    description: t.description,
    alternates: alternates('/', locale),
  }
}

/** What the front page shows: counts per kind and topic, the newest notes, the reference data. */
const loadHome = cache(async () => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  return Promise.all([
    getReferenceData(payload),
    // Counts per kind and topic for the entry points: one search with no words or filters.
    search(payload, searchParamsSchema.parse({ perPage: 1 }), user),
    payload.find({
      collection: 'legislation-notes',
      select: { title: true, summary: true, slug: true, effectiveDate: true },
      sort: ['-effectiveDate', '-createdAt'],
      depth: 0,
      limit: 4,
      pagination: false,
      overrideAccess: false,
      user,
    }),
  ])
})

/** The front page: search first, then entry points by kind, topic and municipality. */
export default async function HomePage({ params }: Props) {
  const locale = await routeLocale(params)
  const t = await getDictionary(locale)
  const lang = contentLang(locale)
  const [[reference, overview, notes], viewer] = await Promise.all([loadHome(), getViewer()])
  const topTopics = reference.topics
    .filter((topic) => topic.parent === null && topic.slug)
    .map((topic) => ({ topic, count: overview.facets.topic?.[topic.slug!] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 12)

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t.home.title}</h1>
        <p className="lead">{t.home.lead}</p>
        <QuickSearchForm locale={locale} t={t} members={reference.members} />
      </section>

      {viewer ? <NewSinceLastVisit user={viewer} locale={locale} limit={5} compact /> : null}

      <div className="home-grid">
        <section aria-labelledby="by-kind">
          <h2 id="by-kind">{t.home.byKind}</h2>
          <ul className="entry-list">
            {searchKinds.map((kind) => (
              <li key={kind}>
                <Link href={paths.search(locale, searchQueryString({ kind: [kind] }))}>
                  <span className="entry-list__label">{t.kindsPlural[kind]}</span>
                  <span className="entry-list__count">
                    {t.home.count(overview.facets.kind?.[kind] ?? 0)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="by-topic">
          <h2 id="by-topic">{t.home.byTopic}</h2>
          <ul className="tag-list tag-list--large">
            {topTopics.map(({ topic, count }) => (
              <li key={topic.id}>
                <Link href={paths.search(locale, searchQueryString({ topic: [topic.slug!] }))}>
                  <span lang={lang}>{topic.name}</span> <span className="count">({count})</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={paths.topics(locale)}>{t.home.allTopics}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="notes">
        <h2 id="notes">{t.home.notes}</h2>
        {notes.docs.length === 0 ? <p>{t.home.noNotes}</p> : null}
        <ul className="card-list card-list--grid">
          {notes.docs.map((note) => (
            <li key={note.id} className="card">
              {note.effectiveDate ? (
                <p className="card__meta">
                  {t.note.effective}: {formatDate(note.effectiveDate, locale)}
                </p>
              ) : null}
              <h3 className="card__title" lang={lang}>
                <Link href={paths.document('legislation-note', note.slug ?? '', locale)}>
                  {note.title}
                </Link>
              </h3>
              <p className="card__summary" lang={lang}>
                {note.summary}
              </p>
            </li>
          ))}
        </ul>
        <p>
          <Link href={notesIndexPath(locale)}>{t.note.allNotes}</Link>
        </p>
      </section>

      <section aria-labelledby="members">
        <h2 id="members">{t.home.members}</h2>
        <ul className="municipality-list">
          {reference.members.map((m) => (
            <li key={m.id}>
              <Link href={paths.municipality(m.code, locale)}>{m.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
