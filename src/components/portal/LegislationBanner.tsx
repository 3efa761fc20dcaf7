import Link from 'next/link'

import { ConfirmNoteForm } from '@/components/portal/ConfirmNoteForm.client'
import type { ListingKind } from '@/domain/options'
import { paths, sectionOfKind } from '@/domain/urls'
import { contentLang, formatDate, type Locale } from '@/i18n'
import { noteLabels } from '@/legislation/notes/labels'
import type { LegislationNotice } from '@/legislation/notes/notices'

import '@/legislation/notes/notes.css'

/**
 * At the top of a listing's page: »Ny lovgivning berører dette tilbud: <note>, gælder fra <date>«
 * for each recent or coming note that affects it and that its owners have not yet confirmed it
 * against; for an owner or consultant, with the button that confirms it.
 */
export function LegislationBanner({
  kind,
  listing,
  locale,
  notices,
  canConfirm,
  confirmedNote,
}: {
  kind: ListingKind
  listing: { id: number; slug?: string | null }
  locale: Locale
  notices: LegislationNotice[]
  canConfirm: boolean
  confirmedNote: number | null
}) {
  const labels = noteLabels[locale]
  const lang = contentLang(locale)
  const thanks =
    confirmedNote !== null && !notices.some((notice) => notice.noteId === confirmedNote) ? (
      <p className="notice notice--success" role="status" data-note-confirmed>
        {labels.confirmed}
      </p>
    ) : null
  if (notices.length === 0) return thanks
  const here = paths.document(kind, listing.slug ?? '', locale)
  return (
    <>
      {thanks}
      <section className="notice notice--law" data-legislation-banner aria-label={labels.marker}>
        {notices.map((notice) => (
          <div key={notice.noteId} className="law-notice" data-legislation-notice={notice.noteId}>
            <p>
              <strong>{`${labels.affectsThis[kind]}:`}</strong>{' '}
              <Link href={paths.document('legislation-note', notice.slug, locale)} lang={lang}>
                {notice.title}
              </Link>
              {`, ${labels.appliesFrom} ${formatDate(notice.effectiveDate, locale)}`}
              {notice.state === 'upcoming' ? (
                <>
                  {' '}
                  <span className="badge badge--law-upcoming">{labels.upcoming}</span>
                </>
              ) : null}
            </p>
            {canConfirm ? (
              <ConfirmNoteForm
                locale={locale}
                section={sectionOfKind[kind]}
                id={listing.id}
                note={notice.noteId}
                next={here}
                labels={{ confirm: labels.confirm, hint: labels.confirmHint }}
              />
            ) : null}
          </div>
        ))}
      </section>
    </>
  )
}

/** The marker on a listing's card in results and lists: the newest note only. */
export function LegislationMarker({
  notices,
  locale,
}: {
  notices: LegislationNotice[] | undefined
  locale: Locale
}) {
  const notice = notices?.[0]
  if (!notice) return null
  const labels = noteLabels[locale]
  return (
    <p className="card__law" data-legislation-marker={notice.noteId}>
      <span className="badge badge--law">{labels.marker}</span>{' '}
      <span lang={contentLang(locale)}>{notice.title}</span>
      {`, ${labels.appliesFrom} ${formatDate(notice.effectiveDate, locale)}`}
      {notices.length > 1 ? ` (+${notices.length - 1})` : ''}
    </p>
  )
}
