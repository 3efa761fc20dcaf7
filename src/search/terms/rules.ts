import { z } from 'zod'

import { DANISH_STOP_WORDS } from '../indexing/stopWords'

const stopWords = new Set(DANISH_STOP_WORDS)

/** At most this many characters in one term; a term is a word or a short phrase. */
export const MAX_TERM_LENGTH = 80
/** At most this many terms in one entry. */
export const MAX_TERMS_PER_ENTRY = 30

/**
 * A term as Meilisearch compares it: lower case, single spaces, no leading or trailing space
 * (»  De Utrolige  År « → »de utrolige år«). Unicode NFC, so an »å« typed as »a« + ring is one
 * letter.
 */
export function normalizeTerm(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * What is wrong with a term, in Danish, or null. Meilisearch drops stop words from documents,
 * so a phrase holding one never matches; and a term must hold a letter or a digit.
 */
export function termProblem(term: string): string | null {
  if (!term) return 'Et ord må ikke være tomt.'
  if (term.length > MAX_TERM_LENGTH)
    return `»${term.slice(0, 20)}…« er for langt: højst ${MAX_TERM_LENGTH} tegn.`
  if (!/[\p{L}\p{N}]/u.test(term)) return `»${term}« skal indeholde et bogstav eller et tal.`
  if (term.includes(' ')) {
    const stop = term.split(' ').find((word) => stopWords.has(word))
    if (stop)
      return `»${term}« indeholder fyldordet »${stop}«, som søgningen ignorerer, så udtrykket aldrig findes. Skriv det uden »${stop}«.`
  }
  return null
}

const term = z
  .string()
  .transform(normalizeTerm)
  .superRefine((value, context) => {
    const problem = termProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

/** One entry of the vocabulary: a group of terms that find each other, or a one-way entry. */
export const searchTermEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('group'),
    terms: z.array(term).min(2, 'En gruppe skal have mindst to ord.').max(MAX_TERMS_PER_ENTRY),
  }),
  z.object({
    kind: z.literal('one-way'),
    term,
    terms: z
      .array(term)
      .min(1, 'Skriv mindst ét ord, som ordet også finder.')
      .max(MAX_TERMS_PER_ENTRY),
  }),
])
export type SearchTermEntry = z.infer<typeof searchTermEntrySchema>

/**
 * Meilisearch's synonym form: each term maps to the terms it also finds, sorted, so that two
 * readings of the same vocabulary compare equal.
 */
export function toSynonyms(entries: readonly SearchTermEntry[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    if (from === to) return
    if (!synonyms.has(from)) synonyms.set(from, new Set())
    synonyms.get(from)!.add(to)
  }
  for (const entry of entries) {
    if (entry.kind === 'group') {
      for (const from of entry.terms) for (const to of entry.terms) add(from, to)
    } else {
      for (const to of entry.terms) add(entry.term, to)
    }
  }
  return Object.fromEntries(
    [...synonyms.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([from, targets]) => [from, [...targets].sort()]),
  )
}

/** Two synonym maps say the same (Meilisearch may return keys and values in another order). */
export function sameSynonyms(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  const canonical = (synonyms: Record<string, string[]>) =>
    JSON.stringify(
      Object.keys(synonyms)
        .sort()
        .map((key) => [key, [...(synonyms[key] ?? [])].sort()]),
    )
  return canonical(a) === canonical(b)
}
