'use client'

import { useRouter } from 'next/navigation'
import type React from 'react'
import { Fragment, useEffect, useRef, useTransition } from 'react'

/**
 * The search form of the results page. Without JavaScript it is a plain GET form. With it, a
 * changed filter or sort order navigates at once (the server renders the new results, no full
 * reload), and submitting does the same; empty fields stay out of the URL.
 */
export function SearchFilterForm({
  action,
  loadingLabel,
  stateKey,
  children,
}: {
  action: string
  loadingLabel: string
  /** The URL state the fields were rendered from; new state renders fresh fields. */
  stateKey: string
  children: React.ReactNode
}) {
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const [pending, startTransition] = useTransition()
  const focused = useRef<string | null>(null)

  // The fields are rendered anew for the new state: keep keyboard focus where it was.
  useEffect(() => {
    if (pending || !focused.current) return
    const element = document.getElementById(focused.current)
    focused.current = null
    if (element && document.activeElement !== element) element.focus()
  }, [pending, stateKey])

  const navigate = () => {
    if (!form.current) return
    const query = new URLSearchParams()
    for (const [key, value] of new FormData(form.current)) {
      if (typeof value === 'string' && value.trim() !== '') query.append(key, value)
    }
    const search = query.toString()
    focused.current = document.activeElement?.id || null
    startTransition(() => {
      router.push(search ? `${action}?${search}` : action, { scroll: false })
    })
  }

  return (
    <form
      ref={form}
      action={action}
      method="get"
      className="search-form"
      aria-busy={pending}
      data-pending={pending ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault()
        navigate()
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement | HTMLSelectElement
        // Typing in the search box waits for Enter or the button.
        if (target.type === 'search' || target.type === 'text') return
        navigate()
      }}
    >
      <Fragment key={stateKey}>{children}</Fragment>
      <p className="visually-hidden" role="status">
        {pending ? loadingLabel : ''}
      </p>
    </form>
  )
}
