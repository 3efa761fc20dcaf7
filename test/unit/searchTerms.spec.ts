import { describe, expect, it } from 'vitest'

import { readSynonymsFile, toMeilisearchSynonyms } from '@/search/indexing/synonyms'
import {
  normalizeTerm,
  sameSynonyms,
  searchTermEntrySchema,
  termProblem,
  toSynonyms,
} from '@/search/terms/rules'
import { matchesPrefix } from '@/search/terms/suggest/suggest'

describe('search terms', () => {
  it('are compared as Meilisearch compares them', () => {
    expect(normalizeTerm('  De  Utrolige ÅR ')).toBe('de utrolige år')
    // »å« typed as »a« and a combining ring is one letter.
    expect(normalizeTerm('Ba\u030Arn')).toBe('bårn')
  })

  it('refuse a phrase with a stop word, an empty term and one without letters or digits', () => {
    expect(termProblem('de utrolige år')).toMatch(/fyldordet »de«/)
    expect(termProblem('utrolige år')).toBeNull()
    expect(termProblem('')).toMatch(/tomt/)
    expect(termProblem('§§')).toMatch(/bogstav eller et tal/)
    expect(termProblem('x'.repeat(81))).toMatch(/for langt/)
  })

  it('check an entry: a group needs two terms, a one-way entry its word and a target', () => {
    expect(searchTermEntrySchema.safeParse({ kind: 'group', terms: ['PPR'] }).success).toBe(false)
    const group = searchTermEntrySchema.parse({ kind: 'group', terms: ['PPR', ' Skolepsykolog'] })
    expect(group).toEqual({ kind: 'group', terms: ['ppr', 'skolepsykolog'] })
    expect(
      searchTermEntrySchema.safeParse({ kind: 'one-way', term: '§ 52', terms: [] }).success,
    ).toBe(false)
  })

  it('become Meilisearch synonyms: groups both ways, one-way entries one way', () => {
    const synonyms = toSynonyms([
      { kind: 'group', terms: ['eud', 'erhvervsuddannelse'] },
      { kind: 'one-way', term: '§ 52', terms: ['§ 32'] },
      { kind: 'group', terms: ['eud', 'erhvervsskole'] },
    ])
    expect(synonyms).toEqual({
      eud: ['erhvervsskole', 'erhvervsuddannelse'],
      erhvervsskole: ['eud'],
      erhvervsuddannelse: ['eud'],
      '§ 52': ['§ 32'],
    })
    expect(
      sameSynonyms(synonyms, {
        '§ 52': ['§ 32'],
        ...synonyms,
        eud: ['erhvervsuddannelse', 'erhvervsskole'],
      }),
    ).toBe(true)
    expect(sameSynonyms(synonyms, { ...synonyms, eud: ['erhvervsskole'] })).toBe(false)
  })

  it('seed from content/synonyms.json the same synonyms the file meant', () => {
    const file = readSynonymsFile()
    const entries = [
      ...file.groups.map((terms) => searchTermEntrySchema.parse({ kind: 'group', terms })),
      ...Object.entries(file.oneWay).map(([term, terms]) =>
        searchTermEntrySchema.parse({ kind: 'one-way', term, terms }),
      ),
    ]
    expect(sameSynonyms(toSynonyms(entries), toMeilisearchSynonyms(file))).toBe(true)
  })

  it('hold the professional glossary the findability issue lists', () => {
    const synonyms = toMeilisearchSynonyms(readSynonymsFile())
    const finds = (from: string, to: string) => synonyms[from]?.includes(to) ?? false
    expect(finds('eud', 'erhvervsuddannelse')).toBe(true)
    expect(finds('eux', 'erhvervsfaglig studentereksamen')).toBe(true)
    expect(finds('fgu', 'forberedende grunduddannelse')).toBe(true)
    expect(finds('stu', 'særligt tilrettelagt ungdomsuddannelse')).toBe(true)
    expect(finds('kui', 'ungdommens uddannelsesvejledning')).toBe(true)
    expect(finds('10 klasse', 'tiende klasse')).toBe(true)
    expect(finds('viso', 'national specialrådgivning')).toBe(true)
    expect(finds('familieretshuset', 'statsforvaltningen')).toBe(true)
    expect(finds('duå', 'utrolige år')).toBe(true)
    expect(finds('pmto', 'parent management training oregon')).toBe(true)
    expect(finds('mst', 'multisystemisk terapi')).toBe(true)
    expect(finds('fft', 'funktionel familieterapi')).toBe(true)
    expect(finds('marte meo', 'martemeo')).toBe(true)
    expect(finds('circle of security', 'cos')).toBe(true)
    expect(finds('teacch', 'struktureret pædagogik')).toBe(true)
    expect(finds('art', 'aggression replacement training')).toBe(true)
    expect(finds('to hjem', 'skilsmisse')).toBe(true)
    expect(finds('dødsfald', 'sorg')).toBe(true)
    expect(finds('ensomhed', 'ingen venner')).toBe(true)
    expect(finds('cybermobning', 'mobning')).toBe(true)
  })
})

describe('suggestions', () => {
  it('match a prefix of the text or of one of its words', () => {
    expect(matchesPrefix('Angst hos børn', 'ang')).toBe(true)
    expect(matchesPrefix('Psykisk mistrivsel', 'mistr')).toBe(true)
    expect(matchesPrefix('Skole og læring', 'læ')).toBe(true)
    expect(matchesPrefix('Skole og læring', 'kole')).toBe(false)
  })
})
