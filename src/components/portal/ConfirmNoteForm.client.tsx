'use client'

import { useActionState } from 'react'

import { confirmAgainstNote, type ConfirmNoteState } from '@/actions/confirmNote'
import type { Locale } from '@/i18n/locales'

/**
 * The owner's button on a listing's legislation banner (a POST through a server action, so it
 * works without JavaScript). `next` is the listing page to return to.
 */
export function ConfirmNoteForm({
  locale,
  section,
  id,
  note,
  next,
  labels,
}: {
  locale: Locale
  section: string
  id: number
  note: number
  next: string
  labels: { confirm: string; hint: string }
}) {
  const [state, action, pending] = useActionState<ConfirmNoteState, FormData>(confirmAgainstNote, {
    error: null,
  })
  return (
    <form action={action} className="confirm-note-form no-print" data-confirm-note-form={note}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="note" value={note} />
      <input type="hidden" name="next" value={next} />
      {state.error ? (
        <p className="notice notice--error" role="alert">
          {state.error}
        </p>
      ) : null}
      <p className="muted">{labels.hint}</p>
      <button type="submit" className="button" disabled={pending}>
        {labels.confirm}
      </button>
    </form>
  )
}
