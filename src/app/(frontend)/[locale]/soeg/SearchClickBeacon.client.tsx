'use client'

import { useEffect } from 'react'

/**
 * Counts which result was opened, for the search statistics: a click on a link in the hit list
 * sends `{ q, query, position }` with `navigator.sendBeacon` (the link itself stays a plain link,
 * no redirect). Nothing about the reader is sent. Without JavaScript nothing is counted.
 */
export function SearchClickBeacon({ q, query }: { q: string; query: string }) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      const list = link?.closest('ol[data-search-hits]') as HTMLOListElement | null
      const item = link?.closest('ol[data-search-hits] > li')
      if (!link || !list || !item) return
      const position = list.start + [...list.children].indexOf(item)
      if (!navigator.sendBeacon || position < 1) return
      const body = new Blob([JSON.stringify({ q, query, position })], { type: 'application/json' })
      navigator.sendBeacon('/api/search-clicks', body)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [q, query])
  return null
}
