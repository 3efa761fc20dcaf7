'use client'

import { toggleEntry, useShortlist } from './shortlistStore'

/**
 * Adds a listing to the browser's shortlist or removes it. Without JavaScript there is no
 * shortlist in the browser, so the button is not shown until the page is interactive.
 */
export function ShortlistButton({
  entry,
  title,
  labels,
}: {
  entry: string
  title: string
  labels: { add: string; remove: string }
}) {
  const entries = useShortlist()
  if (!entries) return null
  const on = entries.includes(entry)
  return (
    <button
      type="button"
      className={`button button--secondary shortlist-button${on ? ' is-on' : ''}`}
      data-shortlist-entry={entry}
      onClick={() => toggleEntry(entry)}
    >
      {on ? labels.remove : labels.add}
      <span className="visually-hidden">: {title}</span>
    </button>
  )
}
