'use client'

import { useSyncExternalStore } from 'react'

const noop = () => () => {}

/** Opens the browser's print dialog; hidden without JavaScript (the browser's own menu works). */
export function PrintButton({ label }: { label: string }) {
  const ready = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
  if (!ready) return null
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  )
}
