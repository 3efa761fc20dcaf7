import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { type ListingKind } from '@/domain/options'
import { paths } from '@/domain/urls'
import { contentLang, formatDate, getDictionary, routeLocale } from '@/i18n'
import type { LegislationNote } from '@/payload-types'
import { parseSlug } from '@/domain/routeParams'
import { noteLabels } from '@/legislation/notes/labels'
import { notesIndexPath } from '@/legislation/notes/noteIndex'
import { noteState } from '@/legislation/notes/window'
import { findListingSummaries } from '@/queries/listings'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'
import { searchQueryString } from '@/search/query/params'

import { ListingSummaryList } from '@/components/portal/ListingSummaryList'
import { DocumentHeader } from '@/components/portal/DocumentHeader'
import { documentMetadata } from '@/components/portal/documentMetadata'
import { RichTextBlock } from '@/components/portal/RichTextBlock'
import { TopicLinks } from '@/components/portal/TopicLinks'

import '@/legislation/notes/notes.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

const kindOfCollection: Record<string, ListingKind> = {
  offers: 'offer',
  mentors: 'mentor',
  'school-options': 'school-option',
}

const findNote = cache(async (slug: string): Promise<LegislationNote | null> => {
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const { docs } = await payload.find({
    collection: 'legislation-notes',
    where: { slug: { equals: slug } },
    select: {
      title: true,
      summary: true,
      body: true,
      effectiveDate: true,
      legalBases: true,
      topics: true,
      affects: true,
      visibility: true,
      slug: true,
      updatedAt: true,
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return (docs[0] as LegislationNote | undefined) ?? null
})

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? findNote(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const [note, t] = await Promise.all([load(params), getDictionary(locale)])
  return documentMetadata(note, 'legislation-note', locale, t.errors.notFoundTitle)
}

export default async function NotePage({ params }: Props) {
  const locale = await routeLocale(params)
  const note = await load(params)
  if (!note) notFound()
  const t = await getDictionary(locale)
  const n = t.note
  const lang = contentLang(locale)
  const payload = await getPortalPayload()
  const state = note.effectiveDate ? noteState(note.effectiveDate, new Date()) : null

  // `affects` holds only what the reader may read (keepReadableOnly); group the ids by kind.
  const affected: Record<ListingKind, number[]> = { offer: [], mentor: [], 'school-option': [] }
  for (const ref of note.affects ?? []) {
    const kind = kindOfCollection[ref.relationTo]
    const id = typeof ref.value === 'number' ? ref.value : ref.value?.id
    if (kind && typeof id === 'number') affected[kind].push(id)
  }
  const [reference, { items }] = await Promise.all([
    getReferenceData(payload),
    findListingSummaries((kind) => (affected[kind].length ? { id: { in: affected[kind] } } : null)),
  ])
  const legalBases = (note.legalBases ?? [])
    .map((value) => reference.legalBasisById.get(typeof value === 'number' ? value : value.id))
    .filter((basis) => basis !== undefined)
  const topics = (note.topics ?? [])
    .map((value) => reference.topicById.get(typeof value === 'number' ? value : value.id))
    .filter((topic) => topic !== undefined)

  return (
    <article className="note">
      <DocumentHeader
        home={{ href: paths.home(locale), label: t.siteName }}
        index={{ href: notesIndexPath(locale), label: n.allNotes }}
        breadcrumbsLabel={t.breadcrumbs}
        badges={
          <>
            <span className="badge">{n.kind}</span>
            {note.visibility === 'internal' ? (
              <span className="badge badge--internal">{t.listing.internal}</span>
            ) : null}
            {state ? (
              <span
                className={state === 'upcoming' ? 'badge badge--upcoming' : 'badge'}
                data-note-state={state}
              >
                {state === 'upcoming' ? noteLabels[locale].upcoming : noteLabels[locale].inForce}
              </span>
            ) : null}
            {note.effectiveDate ? (
              <span>
                {n.effective}: {formatDate(note.effectiveDate, locale)}
              </span>
            ) : null}
          </>
        }
        title={note.title}
        summary={note.summary}
        lang={lang}
        printLabel={t.listing.print}
      />
      <RichTextBlock value={note.body} lang={lang} />
      {legalBases.length ? (
        <section aria-labelledby="lovgrundlag">
          <h2 id="lovgrundlag">{n.legalBases}</h2>
          <ul className="law-list">
            {legalBases.map((basis) => (
              <li key={basis.id}>
                <strong>{basis.citation}</strong>
                <span lang={lang}>{basis.heading}</span>
                <a href={basis.eli} rel="external noopener" className="external">
                  {t.listing.readLaw}
                  <span className="visually-hidden">: {basis.citation}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TopicLinks
        heading={n.topics}
        topics={topics}
        lang={lang}
        href={(slug) => paths.search(locale, searchQueryString({ topic: [slug] }))}
      />
      <section aria-labelledby="beroerte">
        <h2 id="beroerte">{n.affects}</h2>
        {items.length ? <ListingSummaryList items={items} locale={locale} /> : <p>{n.noAffects}</p>}
      </section>
    </article>
  )
}
