/**
 * The shortlist kept in this browser (localStorage), for client components only. Components
 * subscribe with useShortlist() and stay in step across tabs (the storage event) and within a page
 * (a custom event).
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

/** The entries, or null on the server and before hydration (the list is not known there). */
export function useShortlist(): string[] | null {
  return useSyncExternalStore<string[] | null>(subscribe, read, () => null)
}
