import { describe, expect, it } from 'vitest'

import { matches, meiliFilters, selection } from '@/search/query/filters'
import { marksToHtml, markWords, POST, PRE } from '@/search/query/highlight'
import { parseSearchParams, searchQueryString } from '@/search/query/params'
import { synonymsFileSchema, toMeilisearchSynonyms } from '@/search/indexing/synonyms'
import type { SearchDocument } from '@/search/indexing/documents'

describe('search parameters', () => {
  it('reads repeated values as a list and fills the defaults', () => {
    const parsed = parseSearchParams(new URLSearchParams('q=angst&age=12&age=13&kind=offer'))
    expect(parsed.ok && parsed.params).toMatchObject({
      q: 'angst',
      age: [12, 13],
      kind: ['offer'],
      sort: 'relevance',
      page: 1,
      perPage: 20,
    })
  })

  it('treats empty form fields as absent and repeated values as one', () => {
    const parsed = parseSearchParams({ q: '', age: ['12', '12'], municipality: '' })
    expect(parsed.ok && parsed.params.age).toEqual([12])
    expect(parsed.ok && parsed.params.q).toBe('')
  })

  it('names every bad parameter', () => {
    const parsed = parseSearchParams(new URLSearchParams('perPage=500&age=x&foo=1&cost=paid'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.errors.map((error) => error.param).sort()).toEqual(
        ['age', 'cost', 'foo', 'perPage'].sort(),
      )
    }
  })

  it('writes the URL state without defaults, and reads it back', () => {
    const query = searchQueryString({ q: 'skole', age: [14], municipality: ['259'], page: 1 })
    expect(query).toBe('q=skole&municipality=259&age=14')
    const parsed = parseSearchParams(new URLSearchParams(query))
    expect(parsed.ok && parsed.params.municipality).toEqual(['259'])
  })
})

describe('filters', () => {
  const doc = {
    kind: 'offer',
    municipalities: ['259', '265'],
    ages: [12, 13],
    topics: ['angst'],
    legalBases: [],
    cost: 'free',
    capacity: 'open',
    languages: ['da'],
  } as unknown as SearchDocument

  it('builds the same rule for Meilisearch and for the fallback', () => {
    const params = parseSearchParams({ age: ['5', '13'], cost: 'free', kind: 'offer' })
    if (!params.ok) throw new Error('bad params')
    const chosen = selection(params.params)
    expect(meiliFilters(chosen)).toEqual([
      'kind IN ["offer"]',
      'ages IN [5, 13]',
      'cost IN ["free"]',
    ])
    expect(meiliFilters(chosen, 'age')).toEqual(['kind IN ["offer"]', 'cost IN ["free"]'])
    expect(matches(doc, chosen)).toBe(true)
    expect(matches(doc, { ...chosen, age: [14] })).toBe(false)
    expect(matches(doc, { ...chosen, age: [14] }, 'age')).toBe(true)
  })
})

describe('highlights', () => {
  it('escapes the text and keeps only the marks', () => {
    expect(marksToHtml(`<b>${PRE}Køge${POST}</b> & "x"`)).toBe(
      '&#60;b&#62;<mark>Køge</mark>&#60;/b&#62; &#38; &#34;x&#34;',
    )
  })

  it('marks the words of a query for the fallback', () => {
    expect(marksToHtml(markWords('Angst i Køge', 'køge angst'))).toBe(
      '<mark>Angst</mark> i <mark>Køge</mark>',
    )
  })
})

describe('synonyms file', () => {
  it('makes groups mutual and one-way entries one-way', () => {
    const synonyms = toMeilisearchSynonyms({
      format: 'videnportal/synonyms-v1',
      groups: [['ppr', 'skolepsykolog']],
      oneWay: { '§ 52': ['§ 32'] },
    })
    expect(synonyms).toEqual({ ppr: ['skolepsykolog'], skolepsykolog: ['ppr'], '§ 52': ['§ 32'] })
  })

  it('refuses upper case and phrases with a stop word', () => {
    const result = synonymsFileSchema.safeParse({
      format: 'videnportal/synonyms-v1',
      groups: [
        ['PPR', 'ppr'],
        ['sorg', 'mistet en forælder'],
      ],
      oneWay: {},
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'groups.0.0',
      'groups.1.1',
    ])
  })
})
