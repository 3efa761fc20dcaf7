'use client'

import { useEffect } from 'react'

import type { Locale } from '@/domain/urls'
import { getMessages } from '@/i18n/messages'

/** The error boundary's view: what happened, and a way to try again. */
export function ErrorView({
  locale,
  error,
  reset,
}: {
  locale: Locale
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = getMessages(locale).errors
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="narrow" role="alert">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      {error.digest ? <p className="muted">Ref.: {error.digest}</p> : null}
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t.retry}
        </button>{' '}
        <a href={locale === 'en' ? '/en' : '/'}>{t.toHome}</a>
      </p>
    </div>
  )
}
