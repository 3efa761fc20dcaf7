'use client'

import { useActionState } from 'react'

import { confirmListing, type VerifyState } from '@/actions/verifyListing'
import type { Locale } from '@/i18n/locales'

/**
 * The button »Opslaget er stadig korrekt« (a POST through a server action, so it works without
 * JavaScript as well). `next` is where to return after confirming: the listing page.
 */
export function VerifyListingForm({
  locale,
  section,
  id,
  next,
  labels,
}: {
  locale: Locale
  section: string
  id: number
  next: string
  labels: { confirm: string; hint: string }
}) {
  const [state, action, pending] = useActionState<VerifyState, FormData>(confirmListing, {
    error: null,
  })
  return (
    <form action={action} className="verify-form no-print" data-verify-form>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="id" value={id} />
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
