import { describe, expect, it } from 'vitest'

import { stem, stemmedSynonyms } from '@/search/indexing/danish'
import { analyzeQuery, editDistance } from '@/search/query/analysis'
import { buildVocabulary } from '@/search/query/vocabulary'

const vocabulary = buildVocabulary(
  [
    'Familiebehandling i Køge',
    'Hjælp ved ufrivilligt skolefravær',
    'Gruppe for børn med angst',
    'Mentor for unge på erhvervsuddannelse',
    'Kursus for forældre til ordblinde børn',
  ],
  {
    skolevægring: ['ufrivilligt skolefravær', 'skolefravær'],
    'ufrivilligt skolefravær': ['skolevægring'],
    adhd: ['opmærksomhedsforstyrrelse'],
    skilsmisse: ['brud'],
  },
)
const words = (query: string) =>
  analyzeQuery(query, vocabulary).words.map((word) => [word.word, word.terms, word.step])

describe('query analysis', () => {
  it('stems words of the portal, so inflections meet', () => {
    expect(stem('forældrene')).toBe(stem('forældre'))
    expect(stem('ordblindhed')).toBe(stem('ordblinde'))
    expect(words('forældrenes')).toEqual([['forældrenes', [stem('forældre')], 'word']])
  })

  it('folds a spelling without æ, ø and å to the portal word', () => {
    expect(analyzeQuery('koege', vocabulary).words[0]!.base).toBe('køge')
  })

  it('splits an unknown compound into its parts', () => {
    expect(words('angstgruppe')).toEqual([
      ['angstgruppe', [stem('angst'), stem('gruppe')], 'split'],
    ])
  })

  it('corrects a misspelt synonym to the synonym, which Meilisearch then expands', () => {
    const analysis = analyzeQuery('skolevgæring', vocabulary)
    expect(analysis.analyzed).toBe('skolevægring')
    expect(analysis.corrections).toEqual([{ from: 'skolevgæring', to: 'skolevægring' }])
    expect(analysis.corrected).toBe('skolevægring')
    expect(analyzeQuery('adhs', vocabulary).analyzed).toBe('adhd')
  })

  it('keeps a search term and maps its inflections to it', () => {
    expect(words('skilsmisse')).toEqual([['skilsmisse', ['skilsmisse'], 'term']])
    expect(words('skilsmisser')).toEqual([['skilsmisser', ['skilsmisse'], 'term-inflection']])
  })

  it('keeps a phrase of a search term together, after correcting a word of it', () => {
    expect(analyzeQuery('ufrivilig skolefravær', vocabulary).analyzed).toBe(
      'ufrivilligt skolefravær',
    )
  })

  it('puts the words the portal does not know last in the partial query', () => {
    const analysis = analyzeQuery('xqzvbn mentor', vocabulary)
    expect(analysis.partial).toBe(`${stem('mentor')} xqzvbn`)
    expect(analysis.words[0]!.known).toBe(false)
  })

  it('leaves a query it cannot improve unchanged', () => {
    expect(analyzeQuery('angst', vocabulary).changed).toBe(false)
  })
})

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit and gives up above the limit', () => {
    expect(editDistance('skolevgæring', 'skolevægring', 2)).toBe(1)
    expect(editDistance('kat', 'hund', 1)).toBe(2)
  })
})

describe('synonyms with stems', () => {
  it('lets a synonym find the stems of its terms', () => {
    const synonyms = stemmedSynonyms({ skilsmisse: ['brud', 'skilsmissebørn'] })
    expect(synonyms.skilsmisse).toEqual(
      expect.arrayContaining(['brud', 'skilsmissebørn', stem('skilsmisse')]),
    )
  })
})
