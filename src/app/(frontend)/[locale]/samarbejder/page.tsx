import type { Metadata } from 'next'
import Link from 'next/link'

import { cooperationPaths } from '@/cooperations/paths'
import { listCooperations } from '@/cooperations/queries'
import { alternates } from '@/domain/urls'
import { routeLocale } from '@/i18n'
import { getPortalPayload, getViewer } from '@/queries/session'

import '@/cooperations/cooperations.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return {
    title: 'Samarbejder mellem kommuner og organisationer',
    alternates: alternates(cooperationPaths.list('da'), locale),
  }
}

/** The cooperations the reader may read (public ones for everyone), by title. */
export default async function CooperationsPage({ params }: Props) {
  const locale = await routeLocale(params)
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const cooperations = await listCooperations({ payload, user }, {})
  return (
    <article className="cooperation" lang="da">
      <h1>Samarbejder mellem kommuner og organisationer</h1>
      <p className="lead">
        Samarbejder om forebyggende indsatser til børn og unge, med katalogets seks værktøjer:
        samarbejdsaftale, forandringsteori, dokumentationsstrategi, data- og vidensdelingsmodel,
        implementeringsplan og refleksionsdage.
      </p>
      {cooperations.length === 0 ? <p>Der er ingen samarbejder, du kan se.</p> : null}
      <ul className="link-list">
        {cooperations.map((cooperation) => (
          <li key={cooperation.id}>
            <Link href={cooperationPaths.cooperation(String(cooperation.slug), locale)}>
              {cooperation.title}
            </Link>
            {cooperation.visibility === 'internal' ? (
              <span className="muted"> (intern)</span>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  )
}
