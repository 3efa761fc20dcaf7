'use client'

import Link from 'next/link'
import type React from 'react'
import { createContext, useContext, useEffect } from 'react'

/** The strings of the error and not-found pages in the reader's language, from the layout. */
export type FallbackText = {
  errorTitle: string
  errorText: string
  retry: string
  notFoundTitle: string
  notFoundText: string
  toHome: string
  toSearch: string
  homePath: string
  searchPath: string
  siteName: string
}

// Always provided: error.tsx and not-found.tsx render inside the portal layout's provider (a
// failing layout itself is caught by src/app/global-error.tsx).
const FallbackTextContext = createContext<FallbackText | null>(null)

function useFallbackText(): FallbackText {
  const text = useContext(FallbackTextContext)
  if (!text) throw new Error('FallbackTextProvider is missing around the portal pages')
  return text
}

/**
 * Error and not-found boundaries get no params (and error boundaries are client components): the
 * layout, which knows the language, provides their few strings here, so no dictionary is sent to
 * the browser.
 */
export function FallbackTextProvider({
  value,
  children,
}: {
  value: FallbackText
  children: React.ReactNode
}) {
  return <FallbackTextContext.Provider value={value}>{children}</FallbackTextContext.Provider>
}

/** The portal's 404 page in the reader's language. */
export function NotFoundView() {
  const t = useFallbackText()
  return (
    <div className="narrow">
      <title>{`${t.notFoundTitle} · ${t.siteName}`}</title>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <ul className="link-list">
        <li>
          <Link href={t.homePath}>{t.toHome}</Link>
        </li>
        <li>
          <Link href={t.searchPath}>{t.toSearch}</Link>
        </li>
      </ul>
    </div>
  )
}

/** The error boundary's view: what happened, and a way to try again. */
export function ErrorView({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useFallbackText()
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
        <a href={t.homePath}>{t.toHome}</a>
      </p>
    </div>
  )
}
