import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { SearchDocument } from '../../indexing/documents'
import { readerFilter } from '../../query/search'
import { meiliClient, searchConfig } from '../../service/config'
import { shouldSkipMeilisearch } from '../../service/status'
import { currentSearchTerms } from '../read'
import { normalizeTerm } from '../rules'

export type Suggestion = { text: string; kind: 'title' | 'topic' | 'term' }

export const MAX_SUGGESTIONS = 8

/** True when `text` starts with `prefix`, or one of its words does. */
export function matchesPrefix(text: string, prefix: string): boolean {
  const value = normalizeTerm(text)
  return value.startsWith(prefix) || value.split(/[\s\-/]+/).some((word) => word.startsWith(prefix))
}

const TOPICS_TTL_MS = 60_000
let topics: { at: number; names: Promise<string[]> } | undefined

/** Topic names (readable by anyone), kept for a minute. */
function topicNames(payload: Payload): Promise<string[]> {
  if (!topics || Date.now() - topics.at > TOPICS_TTL_MS) {
    const names = payload
      .find({
        collection: 'topics',
        select: { name: true },
        depth: 0,
        pagination: false,
        // Topics are public: the same answer for every reader.
        overrideAccess: false,
      })
      .then(({ docs }) => docs.map((doc) => doc.name))
    topics = { at: Date.now(), names }
    names.catch(() => (topics = undefined))
  }
  return topics.names
}

/** Titles the reader may find, from Meilisearch (prefix search on the last word). */
async function titles(payload: Payload, q: string, user: User | null): Promise<string[]> {
  const config = searchConfig()
  if (!config || shouldSkipMeilisearch()) return []
  try {
    const visibility = await readerFilter(payload, user)
    const { hits } = await meiliClient('search')
      .index(config.indexName)
      .search<SearchDocument>(q, {
        limit: 5,
        attributesToRetrieve: ['title'],
        ...(visibility ? { filter: visibility } : {}),
      })
    return hits.map((hit) => hit.title)
  } catch {
    return []
  }
}

/**
 * Suggestions for what has been typed so far: the vocabulary's terms and the topics that begin
 * with it (or have a word that does), then titles of listings and notes the reader may find.
 */
export async function suggest(
  payload: Payload,
  q: string,
  user: User | null,
): Promise<Suggestion[]> {
  const prefix = normalizeTerm(q)
  if (prefix.length < 2) return []
  const terms = Object.keys(currentSearchTerms())
    .filter((term) => term.startsWith(prefix))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .slice(0, 3)
    .map((text): Suggestion => ({ text, kind: 'term' }))
  const [names, found] = await Promise.all([
    topicNames(payload).catch(() => [] as string[]),
    titles(payload, q, user),
  ])
  const topicHits = names
    .filter((name) => matchesPrefix(name, prefix))
    .slice(0, 3)
    .map((text): Suggestion => ({ text, kind: 'topic' }))
  const seen = new Set<string>()
  const result: Suggestion[] = []
  for (const suggestion of [
    ...topicHits,
    ...terms,
    ...found.map((text): Suggestion => ({ text, kind: 'title' })),
  ]) {
    const key = normalizeTerm(suggestion.text)
    if (seen.has(key)) continue
    seen.add(key)
    result.push(suggestion)
    if (result.length === MAX_SUGGESTIONS) break
  }
  return result
}
