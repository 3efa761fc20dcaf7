'use client'

import type React from 'react'
import { useEffect, useRef } from 'react'

/** Where the results page puts the filters beside the results (styles.css, .results-layout). */
const SIDE_BY_SIDE = '(min-width: 48.01rem)'

/**
 * Whether the reader opened the filters on a narrow screen. The form's fields are rendered anew
 * for each new state (SearchFilterForm), so the disclosure would close after every choice; this
 * keeps it open while the reader picks several filters.
 */
let openedOnPhone = false

/**
 * The filters behind a "Filtre (n)" disclosure: a plain `<details>`, so it works without
 * JavaScript. On a phone it starts closed and the results come first; beside the results (wide
 * screens) the stylesheet shows the filters without the summary, and this opens the element too,
 * so that its state is also right for assistive technology.
 */
export function FiltersDisclosure({
  summary,
  children,
}: {
  summary: React.ReactNode
  children: React.ReactNode
}) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const details = ref.current
    if (!details) return
    const wide = window.matchMedia(SIDE_BY_SIDE)
    const sync = () => {
      details.open = wide.matches || openedOnPhone
    }
    sync()
    wide.addEventListener('change', sync)
    return () => wide.removeEventListener('change', sync)
  }, [])
  return (
    <details
      ref={ref}
      className="filters-disclosure"
      data-filters-disclosure=""
      onToggle={(event) => {
        if (!window.matchMedia(SIDE_BY_SIDE).matches) openedOnPhone = event.currentTarget.open
      }}
    >
      {summary}
      {children}
    </details>
  )
}
