'use client'

import { useShortlist } from './shortlistStore'

/** The number of listings on the shortlist, next to the menu item. */
export function ShortlistCount() {
  const entries = useShortlist()
  if (!entries || entries.length === 0) return null
  return (
    <span className="badge badge--count" data-shortlist-count={entries.length}>
      {' '}
      {entries.length}
    </span>
  )
}
