'use client'

import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Notice = { noteId: number; title: string; slug: string; effectiveDate: string; state: string }

const danishDay = (value: string) =>
  new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(value))

/**
 * »Ny lovgivning« in the sidebar of a listing: the notes that stand at the top of its page (in
 * force within 12 months, or coming into force) and are not yet confirmed, each with the button
 * that confirms the listing against it (POST /api/<collection>/:id/confirm-note). Shown only to
 * those who may edit the listing; nothing when no note concerns it.
 */
export function LegislationNoticesPanel() {
  const { id, collectionSlug, docPermissions } = useDocumentInfo()
  const [notices, setNotices] = useState<Notice[]>([])
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string>()
  const may = Boolean(id && collectionSlug && docPermissions?.update)

  useEffect(() => {
    if (!may) return
    let active = true
    fetch(`/api/${collectionSlug}/${id}/legislation-notices`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { notices: [] }))
      .then((body: { notices?: Notice[] }) => {
        if (active) setNotices(body.notices ?? [])
      })
      .catch(() => undefined)
    return () => {
      active = false
    }
  }, [may, collectionSlug, id])

  if (!may || notices.length === 0) return null

  async function confirm(noteId: number) {
    setBusy(noteId)
    setError(undefined)
    const response = await fetch(`/api/${collectionSlug}/${id}/confirm-note`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: noteId }),
    }).catch(() => undefined)
    setBusy(null)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as
        { errors?: Array<{ message: string }> } | undefined
      setError(body?.errors?.[0]?.message ?? 'Bekræftelsen mislykkedes. Prøv igen.')
      return
    }
    toast.success('Tak – opslaget er bekræftet i forhold til noten.')
    setNotices((list) => list.filter((notice) => notice.noteId !== noteId))
  }

  return (
    <div className="field-type legislation-notices" data-legislation-notices>
      <p className="field-label">Ny lovgivning</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {notices.map((notice) => (
          <li key={notice.noteId} style={{ marginBottom: '1rem' }} data-notice={notice.noteId}>
            <a
              href={`/lovgivning/${encodeURIComponent(notice.slug)}`}
              target="_blank"
              rel="noopener"
            >
              {notice.title}
            </a>
            <p className="field-description">
              {notice.state === 'upcoming' ? 'Træder i kraft' : 'Gælder fra'}{' '}
              {danishDay(notice.effectiveDate)}
            </p>
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy !== null}
              onClick={() => confirm(notice.noteId)}
            >
              Opslaget er gennemgået i forhold til noten
            </Button>
          </li>
        ))}
      </ul>
      <p className="field-description">
        Ret opslaget først, hvis noget skal ændres. Når du bekræfter, forsvinder noten fra toppen af
        opslagets side.
      </p>
      {error && (
        <p role="alert" className="legislation-notices__error">
          {error}
        </p>
      )}
    </div>
  )
}
