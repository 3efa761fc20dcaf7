import { describe, expect, it } from 'vitest'

import { compoundParts, danishSearchFields, foldings } from '@/search/indexing/danish'

describe('folding æ, ø and å', () => {
  it('gives the spellings people type without them', () => {
    expect(foldings('køge')).toEqual(expect.arrayContaining(['koge', 'koege']))
    expect(foldings('ærø')).toEqual(expect.arrayContaining(['aero', 'aeroe']))
    expect(foldings('åbenrå')).toEqual(expect.arrayContaining(['aabenraa', 'abenra']))
    expect(foldings('skole')).toEqual([])
  })
})

describe('splitting compounds with the Danish word list', () => {
  it.each([
    ['specialskole', ['special', 'skole']],
    ['angstbehandling', ['angst', 'behandling']],
    ['ungementor', ['unge', 'mentor']],
    ['søskendegruppe', ['søskende', 'gruppe']],
    ['familiebehandling', ['familie', 'behandling']],
    ['skolevægring', ['skole', 'vægring']],
    ['aflastningsfamilie', ['aflastnings', 'familie']],
  ])('%s → %j', (word, parts) => {
    expect(compoundParts(word)).toEqual(parts)
  })

  it('leaves simple words alone', () => {
    expect(compoundParts('skole')).toEqual([])
    expect(compoundParts('mentor')).toEqual([])
  })
})

describe('danishSearchFields', () => {
  it('adds folded spellings and compound parts, each once', () => {
    const fields = danishSearchFields('Specialskole i Køge – specialskole med angstbehandling')
    expect(fields.folded.split(' ')).toEqual(expect.arrayContaining(['koge', 'koege']))
    expect(fields.parts.split(' ')).toEqual(
      expect.arrayContaining(['skole', 'special', 'angst', 'behandling']),
    )
    expect(fields.parts.split(' ').filter((part) => part === 'skole')).toHaveLength(1)
  })
})
