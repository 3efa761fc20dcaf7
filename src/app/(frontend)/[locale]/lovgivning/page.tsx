import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { lawLabel } from '@/domain/options'
import { alternates, paths } from '@/domain/urls'
import { contentLang, formatDate, getDictionary, routeLocale, type Locale } from '@/i18n'
import { followPaths } from '@/legislation/follow/paths'
import { noteLabels } from '@/legislation/notes/labels'
import {
  filterNotes,
  noteIndexQuery,
  notesIndexPath,
  NOTES_PER_PAGE,
  parseNoteIndexParams,
  stateParamValues,
  yearOf,
  type IndexNote,
  type NoteIndexParams,
} from '@/legislation/notes/noteIndex'
import { noteState } from '@/legislation/notes/window'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchParamsSchema } from '@/search/query/params'
import { search } from '@/search/query/search'

import { Pagination } from '../soeg/Pagination'

import '@/legislation/notes/notes.css'
import { FilterSelect, IndexFilters } from '@/components/portal/IndexFilters'

type RawParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

/** At most this many notes are read for the index (far above the network's output). */
const MAX_NOTES = 2000
/** Word searches look at this many hits (pages of 50). */
const MAX_WORD_HITS = 500

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const labels = noteLabels[locale]
  return {
    title: labels.indexTitle,
    description: labels.indexLead,
    alternates: {
      ...alternates('/lovgivning', locale),
      // Feed readers find the Atom feed of the notes from the page (RFC 4287 autodiscovery).
      types: { 'application/atom+xml': followPaths.feed },
    },
  }
}

/** The Atom feed narrowed the way the page is: the same topic and law parameters. */
function feedHref(filters: NoteIndexParams): string {
  const query = new URLSearchParams()
  for (const topic of filters.emne) query.append('emne', topic)
  for (const law of filters.lov) query.append('lov', law)
  const text = query.toString()
  return text ? `${followPaths.feed}?${text}` : followPaths.feed
}

/** The published notes the reader may read: one query; filters are applied in memory. */
const loadNotes = cache(async (): Promise<IndexNote[]> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'legislation-notes',
    where: { _status: { equals: 'published' } },
    select: {
      title: true,
      summary: true,
      slug: true,
      effectiveDate: true,
      topics: true,
      legalBases: true,
      visibility: true,
    },
    sort: '-effectiveDate',
    depth: 0,
    limit: MAX_NOTES,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs as IndexNote[]
})

/** The ids of the notes the portal's search finds for the words (the same search as /soeg). */
const matchWords = cache(async (q: string): Promise<Set<number>> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const ids = new Set<number>()
  for (let page = 1; page <= MAX_WORD_HITS / 50; page++) {
    const result = await search(
      payload,
      searchParamsSchema.parse({ q, kind: ['legislation-note'], perPage: 50, page }),
      user,
    )
    for (const hit of result.hits) ids.add(hit.id)
    if (page * 50 >= result.total) break
  }
  return ids
})

export default async function NotesIndexPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const [t, payload] = await Promise.all([getDictionary(locale), getPortalPayload()])
  const labels = noteLabels[locale]
  const lang = contentLang(locale)
  const { params: filters, invalid } = parseNoteIndexParams(await searchParams)
  const [notes, reference, matchingIds] = await Promise.all([
    loadNotes(),
    getReferenceData(payload),
    filters.q ? matchWords(filters.q) : Promise.resolve(null),
  ])
  const now = new Date()
  const shown = filterNotes(notes, filters, {
    now,
    topicParent: new Map(reference.topics.map((topic) => [topic.id, topic.parent])),
    topicIdBySlug: new Map(reference.topics.map((topic) => [topic.slug ?? '', topic.id])),
    lawOfBasis: new Map(reference.legalBases.map((basis) => [basis.id, basis.law])),
    matchingIds,
  })
  const pages = Math.max(1, Math.ceil(shown.length / NOTES_PER_PAGE))
  const page = Math.min(filters.side, pages)
  const onPage = shown.slice((page - 1) * NOTES_PER_PAGE, page * NOTES_PER_PAGE)

  // The choices: what the notes the reader may read have (topics and their ancestors, laws, years).
  const topicIds = new Set<number>()
  const lawValues = new Set<string>()
  const years = new Set<number>()
  for (const note of notes) {
    for (const value of note.topics ?? []) {
      let id: number | null | undefined = typeof value === 'number' ? value : value.id
      for (let depth = 0; id != null && depth < 20; depth++) {
        topicIds.add(id)
        id = reference.topicById.get(id)?.parent
      }
    }
    for (const value of note.legalBases ?? []) {
      const law = reference.legalBasisById.get(typeof value === 'number' ? value : value.id)?.law
      if (law) lawValues.add(law)
    }
    const year = yearOf(note.effectiveDate)
    if (year) years.add(year)
  }
  const topicOptions = reference.topics.filter((topic) => topicIds.has(topic.id))
  const lawOptions = [...lawValues].sort((a, b) => lawLabel(a).localeCompare(lawLabel(b), 'da'))
  const yearOptions = [...years].sort((a, b) => b - a)
  const pageLink = (side: number) => notesIndexPath(locale, noteIndexQuery({ ...filters, side }))
  const filtered =
    filters.q || filters.emne.length || filters.lov.length || filters.aar || filters.status

  return (
    <div className="notes-index">
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home(locale)}>{t.siteName}</Link>
          </li>
        </ol>
      </nav>
      <h1>{labels.indexTitle}</h1>
      <p className="lead">{labels.indexLead}</p>
      <p>
        <a href={feedHref(filters)} type="application/atom+xml" data-feed-link>
          {labels.feed}
        </a>
      </p>
      {invalid.length ? (
        <p className="notice notice--warning" role="alert" data-invalid-filters={invalid.join(',')}>
          {labels.invalid}
        </p>
      ) : null}
      <IndexFilters
        action={notesIndexPath(locale)}
        label={labels.filters}
        searchLabel={labels.search}
        q={filters.q}
        applyLabel={labels.apply}
        clear={filtered ? { href: notesIndexPath(locale), label: labels.clear } : null}
        data="data-note-filters"
      >
        <FilterSelect name="emne" label={labels.topic} all={labels.all} value={filters.emne[0]}>
          {topicOptions.map((topic) => (
            <option key={topic.id} value={topic.slug ?? ''} lang={lang}>
              {topic.parent !== null ? '– ' : ''}
              {topic.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="lov" label={labels.law} all={labels.all} value={filters.lov[0]}>
          {lawOptions.map((law) => (
            <option key={law} value={law}>
              {lawLabel(law)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          name="aar"
          label={labels.year}
          all={labels.all}
          value={filters.aar?.toString()}
        >
          {yearOptions.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="status" label={labels.state} all={labels.all} value={filters.status}>
          {stateParamValues.map((value) => (
            <option key={value} value={value}>
              {value === 'kommende' ? labels.stateUpcoming : labels.stateInForce}
            </option>
          ))}
        </FilterSelect>
      </IndexFilters>
      <p role="status" data-note-count={shown.length}>
        {labels.count(shown.length)}
      </p>
      {onPage.length ? (
        <ol className="card-list note-list" data-notes="">
          {onPage.map((note) => (
            <NoteCard key={note.id} note={note} locale={locale} now={now} />
          ))}
        </ol>
      ) : (
        <p data-no-notes>{labels.none}</p>
      )}
      <Pagination page={page} pages={pages} link={pageLink} t={t} />
    </div>
  )
}

async function NoteCard({ note, locale, now }: { note: IndexNote; locale: Locale; now: Date }) {
  const [t, reference] = await Promise.all([
    getDictionary(locale),
    getPortalPayload().then(getReferenceData),
  ])
  const labels = noteLabels[locale]
  const lang = contentLang(locale)
  const state = noteState(note.effectiveDate, now)
  const citations = (note.legalBases ?? [])
    .map((value) => reference.legalBasisById.get(typeof value === 'number' ? value : value.id))
    .filter((basis) => basis !== undefined)
    .map((basis) => basis.citation)
  return (
    <li className="card" data-note={note.slug} data-note-state={state}>
      <p className="card__meta">
        <span className="badge">{t.note.kind}</span>
        {note.visibility === 'internal' ? (
          <span className="badge badge--internal">{t.listing.internal}</span>
        ) : null}
        <span className={state === 'upcoming' ? 'badge badge--upcoming' : 'badge'}>
          {state === 'upcoming' ? labels.upcoming : labels.inForce}
        </span>
        {note.effectiveDate ? (
          <span>
            {state === 'upcoming' ? '' : `${labels.appliesFrom} `}
            {formatDate(note.effectiveDate, locale)}
          </span>
        ) : null}
      </p>
      <h2 className="card__title" lang={lang}>
        <Link href={paths.document('legislation-note', note.slug ?? '', locale)}>{note.title}</Link>
      </h2>
      <p className="card__summary" lang={lang}>
        {note.summary}
      </p>
      {citations.length ? (
        <p className="muted" lang={lang}>
          {[...new Set(citations)].join(' · ')}
        </p>
      ) : null}
    </li>
  )
}
