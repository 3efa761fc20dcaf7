import { describe, expect, it } from 'vitest'

import { otherLanguagePath } from '@/components/portal/LanguageSwitch.client'
import { safeReturnPath } from '@/portal/returnPath'
import { describeSearchErrors } from '@/portal/searchLabels'
import { entryOf, itemOf, shortlistParam, shortlistQuery } from '@/portal/shortlist'
import { parseSearchParams } from '@/search/query/params'

describe('shortlist links', () => {
  it('reads a list of listings in order, once each', () => {
    const parsed = shortlistParam.parse('tilbud/a,skoletilbud/b-2,tilbud/a,mentorordninger/c')
    expect(parsed).toEqual(['tilbud/a', 'skoletilbud/b-2', 'mentorordninger/c'])
    expect(itemOf('skoletilbud/b-2')).toEqual({ kind: 'school-option', slug: 'b-2' })
    expect(entryOf({ kind: 'mentor', slug: 'c' })).toBe('mentorordninger/c')
    expect(shortlistQuery(parsed)).toBe('l=tilbud/a,skoletilbud/b-2,mentorordninger/c')
  })

  it('refuses anything that is not a listing path', () => {
    for (const bad of [
      '../../etc',
      'lovgivning/x',
      'tilbud/A',
      'tilbud/',
      'tilbud/a/b',
      'x'.repeat(9000),
    ]) {
      expect(shortlistParam.safeParse(bad).success, bad).toBe(false)
    }
    const tooMany = Array.from({ length: 51 }, (_, i) => `tilbud/t${i}`).join(',')
    expect(shortlistParam.safeParse(tooMany).success).toBe(false)
  })
})

describe('the return path after login', () => {
  it('keeps paths on this site and refuses the rest', () => {
    expect(safeReturnPath('/tilbud/x?y=1', '/')).toBe('/tilbud/x?y=1')
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'tilbud',
      '/admin',
      '/api/users',
      '/a\u0000b',
    ]) {
      expect(safeReturnPath(bad, '/'), bad).toBe('/')
    }
    expect(safeReturnPath(undefined, '/en')).toBe('/en')
  })
})

describe('the language switch', () => {
  it('maps each page to the same page in the other language', () => {
    expect(otherLanguagePath('/', 'da')).toBe('/en')
    expect(otherLanguagePath('/tilbud/x', 'da')).toBe('/en/tilbud/x')
    expect(otherLanguagePath('/en', 'en')).toBe('/')
    expect(otherLanguagePath('/en/soeg', 'en')).toBe('/soeg')
  })
})

describe('search errors for the reader', () => {
  it('says in Danish which part of the address is wrong and what it should be', () => {
    const parsed = parseSearchParams(
      new URLSearchParams('age=gammel&foo=1&q=a&q=b&municipality=12'),
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    const sentences = describeSearchErrors(parsed.errors, 'da')
    expect(sentences).toContain('Adressen indeholder den ukendte parameter »foo«.')
    expect(sentences).toContain(
      'Værdien for alder er ugyldig: den skal være et helt tal fra 0 til 30.',
    )
    expect(sentences).toContain('»søgeord« må kun angives én gang.')
    expect(sentences.some((s) => s.includes('kommunekode på tre cifre'))).toBe(true)
    expect(describeSearchErrors(parsed.errors, 'en')[0]).toMatch(/^The /)
  })
})
