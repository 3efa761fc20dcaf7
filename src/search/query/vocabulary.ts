import type { Payload } from 'payload'

import { currentSearchTerms } from '@/search/terms/read'

import { danishStemSet, danishVocabulary, foldings, stem } from '../indexing/danish'
import type { SearchDocument } from '../indexing/documents'
import { DANISH_STOP_WORDS } from '../indexing/stopWords'
import { meiliClient, searchConfig } from '../service/config'
import { tokens, type Vocabulary } from './analysis'

/**
 * The vocabulary the query analysis corrects against: the words of the portal's own public
 * documents (titles, topic names, summaries, providers, read from the search index; an internal
 * listing's words are never offered to a reader who may not see it) and its search terms.
 * Each app server keeps it in memory and reads it again every VOCABULARY_REFRESH_MS in the
 * background, so new listings and new search terms reach typo correction without a restart.
 */

/**
 * The search terms (Meilisearch's synonym form): the search-terms collection as this server last
 * read it (src/search/terms/read.ts refreshes it every SEARCH_TERMS_REFRESH_SECONDS).
 */
export function searchTermsForAnalysis(): Record<string, string[]> {
  return currentSearchTerms()
}

export const VOCABULARY_REFRESH_MS = 60_000
const FIELDS = ['title', 'topicNames', 'summary', 'providerName'] as const
const PAGE = 1000
const stopWords = new Set(DANISH_STOP_WORDS)

/** Builds a vocabulary from texts of the portal and its search terms. Pure apart from the word list. */
export function buildVocabulary(
  texts: Iterable<string>,
  synonyms: Record<string, string[]>,
): Vocabulary {
  const words = new Map<string, number>()
  for (const text of texts) {
    for (const word of tokens(text)) {
      if (word.length < 2 || stopWords.has(word) || /^\p{N}+$/u.test(word)) continue
      words.set(word, (words.get(word) ?? 0) + 1)
    }
  }
  const terms = new Set<string>()
  for (const [term, targets] of Object.entries(synonyms)) {
    for (const value of [term, ...targets]) {
      const normal = value.toLocaleLowerCase('da').trim()
      // Only terms made of words (not "§ 52"): those are what a caseworker types as words.
      if (normal && tokens(normal).join(' ') === normal) terms.add(normal)
    }
  }
  const termByStem = new Map<string, string>()
  const phrases: string[][] = []
  for (const term of terms) {
    if (term.includes(' ')) phrases.push(term.split(' '))
    else if (!termByStem.has(stem(term))) termByStem.set(stem(term), term)
  }
  phrases.sort((a, b) => b.length - a.length)
  const folded = new Map<string, string>()
  const byLength = new Map<number, string[]>()
  const add = (word: string) => {
    const list = byLength.get(word.length) ?? []
    list.push(word)
    byLength.set(word.length, list)
  }
  for (const word of words.keys()) {
    for (const variant of foldings(word)) if (!folded.has(variant)) folded.set(variant, word)
    if (word.length >= 3) add(word)
  }
  for (const term of terms) {
    if (!term.includes(' ') && !words.has(term)) add(term)
  }
  const stems = new Set([...words.keys()].map(stem).filter((stemmed) => stemmed.length >= 3))
  return {
    words,
    stems,
    folded,
    terms,
    termByStem,
    phrases,
    dictionary: danishVocabulary(),
    dictionaryStems: danishStemSet(),
    byLength,
  }
}

/** The texts of every document in the index, a page at a time. */
async function indexTexts(): Promise<string[]> {
  const config = searchConfig()
  if (!config) return []
  const index = meiliClient('write').index<SearchDocument>(config.indexName)
  const texts: string[] = []
  for (let offset = 0; ; offset += PAGE) {
    const { results, total } = await index.getDocuments({
      fields: [...FIELDS],
      // Public documents only: a correction ("Mente du …?") must not reveal an internal word.
      filter: 'visibility = "public"',
      limit: PAGE,
      offset,
    })
    for (const doc of results) {
      texts.push(doc.title ?? '', doc.summary ?? '', doc.providerName ?? '')
      texts.push(...(doc.topicNames ?? []))
    }
    if (offset + PAGE >= total || results.length === 0) return texts
  }
}

type Cache = { vocabulary: Vocabulary; loadedAt: number }
let cache: Cache | undefined
let loading: Promise<Vocabulary> | undefined

/** Reads the vocabulary again now (tests call this instead of waiting for the interval). */
export function refreshVocabulary(payload?: Payload): Promise<Vocabulary> {
  loading ??= (async () => {
    try {
      const texts = await indexTexts().catch((error: unknown) => {
        payload?.logger.warn({ err: error }, 'Could not read the search vocabulary from the index')
        return cache ? null : []
      })
      const vocabulary =
        texts === null ? cache!.vocabulary : buildVocabulary(texts, searchTermsForAnalysis())
      cache = { vocabulary, loadedAt: Date.now() }
      return vocabulary
    } finally {
      loading = undefined
    }
  })()
  return loading
}

/**
 * The current vocabulary: loaded on first use, then served from memory and refreshed in the
 * background once it is older than VOCABULARY_REFRESH_MS (a search never waits for a refresh).
 */
export async function currentVocabulary(payload?: Payload): Promise<Vocabulary> {
  if (!cache) return refreshVocabulary(payload)
  if (Date.now() - cache.loadedAt > VOCABULARY_REFRESH_MS) void refreshVocabulary(payload)
  return cache.vocabulary
}
