import type { Payload } from 'payload'

import { codeOf } from '@/utilities/errorChain'

import { loadSynonyms } from '../indexing/synonyms'
import { searchTermEntrySchema, toSynonyms, type SearchTermEntry } from './rules'

/**
 * The vocabulary as the database holds it, each entry checked again with the rules of
 * ./rules.ts (an entry that no longer passes, e.g. after a stop word was added, is left out and
 * logged rather than breaking search for every other term).
 */
export async function readSearchTermEntries(payload: Payload): Promise<SearchTermEntry[]> {
  // access: system read of the whole vocabulary, to apply it to the index and to correct typos.
  const { docs } = await payload.find({
    collection: 'search-terms',
    pagination: false,
    depth: 0,
    select: { kind: true, term: true, terms: true },
    overrideAccess: true,
  })
  const entries: SearchTermEntry[] = []
  for (const doc of docs) {
    const parsed = searchTermEntrySchema.safeParse({
      kind: doc.kind,
      term: doc.term ?? undefined,
      terms: doc.terms ?? [],
    })
    if (parsed.success) entries.push(parsed.data)
    else
      payload.logger.warn(`search-terms ${doc.id} is left out: ${parsed.error.issues[0]?.message}`)
  }
  return entries
}

/** The vocabulary in Meilisearch's synonym form: each term maps to the terms it also finds. */
export async function readSearchTerms(payload: Payload): Promise<Record<string, string[]>> {
  return toSynonyms(await readSearchTermEntries(payload))
}

type Cache = { terms: Record<string, string[]>; readAt: number | null; source: 'file' | 'database' }

/**
 * One copy per process: Next bundles the API routes, the pages and the jobs runner
 * (instrumentation) apart, and each bundle would otherwise keep its own module state, so that the
 * apply job's fresh read would not reach the routes that use it.
 */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('videnportal.searchTerms')] ??= {
  cache: undefined,
  listeners: new Set(),
  timer: undefined,
}) as {
  cache: Cache | undefined
  listeners: Set<(terms: Record<string, string[]>) => void>
  timer: NodeJS.Timeout | undefined
}

/**
 * The vocabulary this server uses for query analysis (typo correction, expansion), kept in
 * memory and re-read from the database every SEARCH_TERMS_REFRESH_SECONDS (see
 * startSearchTermsRefresh). Until the first read it is content/synonyms.json, the seed's source.
 */
export function currentSearchTerms(): Record<string, string[]> {
  state.cache ??= { terms: loadSynonyms(), readAt: null, source: 'file' }
  return state.cache.terms
}

/** When and from where the current vocabulary was read (for tests and the health of the cache). */
export function searchTermsCacheState(): { readAt: number | null; source: 'file' | 'database' } {
  currentSearchTerms()
  return { readAt: state.cache!.readAt, source: state.cache!.source }
}

/** Replaces the cached vocabulary (after a read, or when the apply job has just read it). */
export function setCurrentSearchTerms(terms: Record<string, string[]>, now = Date.now()) {
  state.cache = { terms, readAt: now, source: 'database' }
  for (const listener of state.listeners) listener(terms)
}

/** Called whenever the vocabulary is replaced (a typo corrector can rebuild its index). */
export function onSearchTermsChange(listener: (terms: Record<string, string[]>) => void) {
  state.listeners.add(listener)
  return () => state.listeners.delete(listener)
}

/** Reads the vocabulary from the database now. On failure the last one is kept and logged. */
export async function refreshSearchTerms(payload: Payload): Promise<Record<string, string[]>> {
  try {
    setCurrentSearchTerms(await readSearchTerms(payload))
  } catch (error) {
    // Before the first migration (a first start's prepare step) the table does not exist yet.
    if (codeOf(error) !== UNDEFINED_TABLE) {
      payload.logger.warn(
        `Could not re-read the search terms (${(error as Error).message.split('\n')[0]}); keeping the last ones`,
      )
    }
  }
  return currentSearchTerms()
}

const UNDEFINED_TABLE = '42P01'

/**
 * Re-reads the vocabulary every `seconds` on this server (every app server runs this from the
 * plugin's onInit, whether or not it runs the jobs runner). Started once per process.
 */
export function startSearchTermsRefresh(payload: Payload, seconds: number) {
  if (state.timer) return
  void refreshSearchTerms(payload)
  state.timer = setInterval(() => void refreshSearchTerms(payload), seconds * 1000)
  state.timer.unref()
}

export function stopSearchTermsRefresh() {
  if (state.timer) clearInterval(state.timer)
  state.timer = undefined
}
