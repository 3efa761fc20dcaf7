'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { shortlistQuery } from '@/domain/shortlist'

import { writeShortlist, useShortlist } from '@/components/portal/shortlistStore'

type Labels = {
  empty: string
  lead: string
  sharedLead: string
  shareLink: string
  copy: string
  copied: string
  print: string
  save: string
  saved: string
  clear: string
}

const noSubscription = () => () => {}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((entry, index) => entry === b[index])

/**
 * The shortlist page's controls. The list shown is always the one in the URL (rendered on the
 * server, so a shared link works anywhere, even without JavaScript). Opening /huskeliste without a
 * list shows the one kept in this browser by putting it in the URL; a list that came as a link can
 * be kept; while the page shows the browser's own list, changes to it are followed.
 */
export function ShortlistControls({
  path,
  urlEntries,
  labels,
}: {
  path: string
  urlEntries: string[] | null
  labels: Labels
}) {
  const router = useRouter()
  const stored = useShortlist()
  const [message, setMessage] = useState('')
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  )
  const copyTarget = useRef<HTMLInputElement>(null)
  const previous = useRef<string[] | null>(null)
  // The page shows the browser's own list when the stored list is the one in the URL.
  const own = stored !== null && urlEntries !== null && same(stored, urlEntries)

  useEffect(() => {
    if (stored === null) return
    const before = previous.current
    previous.current = stored
    if (urlEntries === null) {
      if (stored.length > 0) router.replace(`${path}?${shortlistQuery(stored)}`, { scroll: false })
      return
    }
    // The own list changed (an item removed here or in another tab): show the new one.
    if (before && same(before, urlEntries) && !same(stored, urlEntries)) {
      router.replace(stored.length ? `${path}?${shortlistQuery(stored)}` : path, { scroll: false })
    }
  }, [stored, urlEntries, path, router])

  if (stored === null) return null
  if (urlEntries === null) {
    return stored.length === 0 ? <p className="notice">{labels.empty}</p> : null
  }

  const shareUrl = `${origin}${path}?${shortlistQuery(urlEntries)}`
  return (
    <div className="shortlist-controls no-print">
      <p>{own ? labels.lead : labels.sharedLead}</p>
      <div className="share">
        <label htmlFor="share-link">{labels.shareLink}</label>
        <div className="search-bar__row">
          <input
            id="share-link"
            ref={copyTarget}
            type="text"
            readOnly
            value={shareUrl}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(shareUrl)
              } catch {
                copyTarget.current?.select()
                document.execCommand?.('copy')
              }
              setMessage(labels.copied)
            }}
          >
            {labels.copy}
          </button>
        </div>
      </div>
      <div className="actions">
        {!own ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              writeShortlist(urlEntries)
              setMessage(labels.saved)
            }}
          >
            {labels.save}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {labels.print}
        </button>
        {own ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => writeShortlist([])}
          >
            {labels.clear}
          </button>
        ) : null}
      </div>
      <p role="status" className="status-message">
        {message}
      </p>
    </div>
  )
}
