'use client'

import type React from 'react'
import { createContext, useContext, useEffect } from 'react'

/** The error page's strings in the reader's language, handed down by the portal layout. */
export type ErrorText = {
  title: string
  text: string
  retry: string
  toHome: string
  homePath: string
}

const ErrorTextContext = createContext<ErrorText>({
  title: 'Noget gik galt',
  text: 'Siden kunne ikke vises lige nu. Prøv igen om lidt.',
  retry: 'Prøv igen',
  toHome: 'Gå til forsiden',
  homePath: '/',
})

/**
 * Error boundaries (error.tsx) are client components and get no params: the layout, which knows
 * the language, provides their few strings here, so no dictionary is sent to the browser.
 */
export function ErrorTextProvider({
  value,
  children,
}: {
  value: ErrorText
  children: React.ReactNode
}) {
  return <ErrorTextContext.Provider value={value}>{children}</ErrorTextContext.Provider>
}

/** The error boundary's view: what happened, and a way to try again. */
export function ErrorView({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useContext(ErrorTextContext)
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="narrow" role="alert">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
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
