import Link from 'next/link'

import { paths } from '@/domain/urls'
import { formatDate } from '@/i18n'

import type { ListingView } from './view'

/** Legislation notes that concern the listing. */
export function Notes({ view }: { view: ListingView }) {
  const { locale, t, lang, notes } = view
  const l = t.listing
  if (!(notes.length > 0)) return null
  return (
    <section aria-labelledby="noter" className="listing__section">
      <h2 id="noter">{l.notes}</h2>
      <ul className="card-list">
        {notes.map((note) => (
          <li key={note.id} className="card">
            <h3 className="card__title" lang={lang}>
              <Link href={paths.document('legislation-note', note.slug ?? '', locale)}>
                {note.title}
              </Link>
            </h3>
            {note.effectiveDate ? (
              <p className="card__meta">
                {t.note.effective}: {formatDate(note.effectiveDate, locale)}
              </p>
            ) : null}
            <p className="card__summary" lang={lang}>
              {note.summary}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
