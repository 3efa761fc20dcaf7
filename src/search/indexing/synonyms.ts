import { z } from 'zod'

import synonymsFile from '../../../content/synonyms.json'
import { DANISH_STOP_WORDS } from './stopWords'

const stopWords = new Set(DANISH_STOP_WORDS)

const term = z
  .string()
  .min(1)
  .refine((value) => value === value.toLowerCase().trim(), 'synonyms are written in lower case')
  .refine(
    (value) => !value.split(/\s+/).some((word) => stopWords.has(word)) || !value.includes(' '),
    // Meilisearch drops stop words from documents, so a phrase holding one never matches.
    'a synonym of several words must not contain a stop word',
  )

export const synonymsFileSchema = z.object({
  format: z.literal('videnportal/synonyms-v1'),
  description: z.string().optional(),
  /** Terms that find each other. */
  groups: z.array(z.array(term).min(2)),
  /** A term that finds others, not the reverse (an old provision finds its successor). */
  oneWay: z.record(term, z.array(term).min(1)),
})
export type SynonymsFile = z.infer<typeof synonymsFileSchema>

/** Meilisearch's form: each term maps to the terms it also finds. */
export function toMeilisearchSynonyms(file: SynonymsFile): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    if (from === to) return
    if (!synonyms.has(from)) synonyms.set(from, new Set())
    synonyms.get(from)!.add(to)
  }
  for (const group of file.groups) {
    for (const from of group) for (const to of group) add(from, to)
  }
  for (const [from, targets] of Object.entries(file.oneWay)) {
    for (const to of targets) add(from, to)
  }
  return Object.fromEntries(
    [...synonyms.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([from, targets]) => [from, [...targets].sort()]),
  )
}

/** content/synonyms.json, checked (the seed of the search-terms collection). */
export function readSynonymsFile(): SynonymsFile {
  const parsed = synonymsFileSchema.safeParse(synonymsFile)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`content/synonyms.json is invalid: ${problems.join('; ')}`)
  }
  return parsed.data
}

/**
 * The synonyms of content/synonyms.json. Only the seed and the first moments of a server read
 * the file: the portal's vocabulary is the search-terms collection (src/search/terms/read.ts).
 */
export function loadSynonyms(): Record<string, string[]> {
  return toMeilisearchSynonyms(readSynonymsFile())
}
