/**
 * The shortlist of client components. For an anonymous reader it is kept in this browser
 * (localStorage); for a logged-in reader (the page's body carries `data-shortlist-account`) it is
 * their current list on their account (/api/shortlist/current and /toggle), the same on every
 * device. Components subscribe with useShortlist() and stay in step across tabs (the storage
 * event) and within a page (a custom event).
 */
import { useSyncExternalStore } from 'react'

import { MAX_SHORTLIST, shortlistEntry } from '@/domain/shortlist'

const KEY = 'videnportal.huskeliste.v1'
const EVENT = 'videnportal:shortlist'
const EMPTY: string[] = []

let snapshot: { raw: string | null; entries: string[] } = { raw: null, entries: EMPTY }

function read(): string[] {
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(KEY)
  } catch {
    return EMPTY
  }
  if (raw === snapshot.raw) return snapshot.entries
  let entries: string[] = EMPTY
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : []
    if (Array.isArray(parsed)) {
      entries = parsed
        .filter((entry): entry is string => shortlistEntry.safeParse(entry).success)
        .slice(0, MAX_SHORTLIST)
    }
  } catch {
    entries = EMPTY
  }
  snapshot = { raw, entries }
  return entries
}

export function writeShortlist(entries: string[]) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify([...new Set(entries)].slice(0, MAX_SHORTLIST)))
  } catch {
    // Private mode or storage full: the share link still works.
  }
  window.dispatchEvent(new Event(EVENT))
}

export function toggleEntry(entry: string) {
  if (onAccount()) {
    void toggleOnAccount(entry)
    return
  }
  const entries = read()
  writeShortlist(entries.includes(entry) ? entries.filter((e) => e !== entry) : [...entries, entry])
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange)
  window.addEventListener(EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(EVENT, onChange)
  }
}

// ------------------------------------------------------------ the logged-in reader's account list

/** A change on the account, told to this browser's other tabs (they read the list again). */
const ACCOUNT_BUMP = 'videnportal.huskeliste.konto'
let account: { entries: string[] | null; loading: boolean; failed: boolean } = {
  entries: null,
  loading: false,
  failed: false,
}

const onAccount = () =>
  !account.failed &&
  typeof document !== 'undefined' &&
  document.body?.dataset.shortlistAccount === '1'

type AccountAnswer = { list: { entries: string[] } | null }

function settle(answer: AccountAnswer | null) {
  account = answer
    ? { entries: answer.list?.entries ?? EMPTY, loading: false, failed: false }
    : // The session ended or the server is away: the browser's own list serves meanwhile.
      { entries: null, loading: false, failed: true }
  window.dispatchEvent(new Event(EVENT))
}

async function loadAccount() {
  if (account.loading) return
  account = { ...account, loading: true }
  try {
    const response = await fetch('/api/shortlist/current', { credentials: 'same-origin' })
    settle(response.ok ? ((await response.json()) as AccountAnswer) : null)
  } catch {
    settle(null)
  }
}

async function toggleOnAccount(entry: string) {
  try {
    const response = await fetch('/api/shortlist/toggle', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entry }),
    })
    settle(response.ok ? ((await response.json()) as AccountAnswer) : null)
    try {
      window.localStorage.setItem(ACCOUNT_BUMP, String(Date.now()))
    } catch {
      // Other tabs catch up on their next load.
    }
  } catch {
    settle(null)
  }
}

function subscribeAccount(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === ACCOUNT_BUMP) void loadAccount()
  }
  window.addEventListener('storage', onStorage)
  window.addEventListener(EVENT, onChange)
  if (account.entries === null && !account.failed) void loadAccount()
  return () => {
    window.removeEventListener('storage', onStorage)
    window.removeEventListener(EVENT, onChange)
  }
}

const readAccount = () => (account.failed ? read() : account.entries)

/**
 * The entries of the reader's list (the account's when logged in), or null on the server and
 * before it is known (before hydration, or while the account's list loads).
 */
export function useShortlist(): string[] | null {
  const mode = onAccount()
  return useSyncExternalStore<string[] | null>(
    mode ? subscribeAccount : subscribe,
    mode ? readAccount : read,
    () => null,
  )
}

/** The list kept in this browser only (offered for saving with the account after a login). */
export function useLocalShortlist(): string[] | null {
  return useSyncExternalStore<string[] | null>(subscribe, read, () => null)
}
