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
    'Klar til job og uddannelse',
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

  it('splits a compound on a three-letter head only when the portal uses that word', () => {
    expect(words('jobforløb')).toEqual([['jobforløb', [stem('job'), stem('forløb')], 'split']])
    expect(analyzeQuery('jobforløb', vocabulary).words[0]!.parts).toEqual([
      { part: 'job', terms: [stem('job')] },
      { part: 'forløb', terms: [stem('forløb')] },
    ])
    // "kat" is no word of the portal: the head is not cut off.
    expect(words('katforløb')[0]![2]).not.toBe('split')
  })

  it('lets a partial answer match one part of a single compound word', async () => {
    const { buildMultiSearch } = await import('@/search/query/search')
    const { searchParamsSchema } = await import('@/search/query/params')
    const params = searchParamsSchema.parse({ q: 'angstgruppe' })
    const plan = buildMultiSearch(params, null, 'idx', analyzeQuery('angstgruppe', vocabulary))
    expect(plan.at.partial).not.toBeNull()
    expect(plan.at.words.map((entry) => entry.word)).toEqual(['angst', 'gruppe'])
  })

  it('keeps a compound search term whole, but lets a partial answer match its parts', async () => {
    const { buildMultiSearch } = await import('@/search/query/search')
    const { searchParamsSchema } = await import('@/search/query/params')
    const analysis = analyzeQuery('skolevægring', vocabulary)
    expect(analysis.analyzed).toBe('skolevægring')
    expect(analysis.words[0]!.parts?.map((part) => part.part)).toEqual(['skole', 'vægring'])
    expect(analysis.partial).toBe(`${stem('skole')} ${stem('vægring')}`)
    const plan = buildMultiSearch(
      searchParamsSchema.parse({ q: 'skolevægring' }),
      null,
      'idx',
      analysis,
    )
    expect(plan.at.partial).not.toBeNull()
    // A query of several words is left to its words.
    expect(analyzeQuery('skolevægring køge', vocabulary).words[0]!.parts).toBeUndefined()
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
