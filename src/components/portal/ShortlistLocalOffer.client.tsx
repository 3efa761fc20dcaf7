'use client'

import { useEffect } from 'react'

import { shortlistQuery } from '@/domain/shortlist'
import { createShortlistAction } from '@/shortlists/actions'

import { useLocalShortlist, writeShortlist } from './shortlistStore'

/**
 * For a reader who has just logged in: the list kept in this browser before (anonymously) is
 * offered for saving with the account, under a name. Once saved (`clear`), the browser's copy is
 * emptied, so that it is not offered again.
 */
export function ShortlistLocalOffer({
  locale,
  clear,
  labels,
}: {
  locale: string
  clear: boolean
  labels: {
    /** `{n}` is the number of listings. */
    found: { one: string; other: string }
    name: string
    hint: string
    save: string
    defaultName: string
  }
}) {
  const entries = useLocalShortlist()
  useEffect(() => {
    if (clear && entries && entries.length) writeShortlist([])
  }, [clear, entries])
  if (!entries || entries.length === 0 || clear) return null
  return (
    <section className="notice shortlist-local" aria-labelledby="huskeliste-browser">
      <h2 id="huskeliste-browser" className="visually-hidden">
        {labels.save}
      </h2>
      <p>
        {entries.length === 1
          ? labels.found.one
          : labels.found.other.replace('{n}', String(entries.length))}
      </p>
      <form action={createShortlistAction} className="inline-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="entries" value={shortlistQuery(entries).slice(2)} />
        <label htmlFor="huskeliste-browser-navn">{labels.name}</label>
        <input
          id="huskeliste-browser-navn"
          name="name"
          type="text"
          maxLength={80}
          defaultValue={labels.defaultName}
          aria-describedby="huskeliste-browser-hint"
        />
        <p id="huskeliste-browser-hint" className="hint">
          {labels.hint}
        </p>
        <button type="submit" className="button">
          {labels.save}
        </button>
      </form>
    </section>
  )
}
