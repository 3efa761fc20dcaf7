import { describe, expect, it } from 'vitest'

import { describeSearchErrors } from '@/app/(frontend)/[locale]/soeg/labels'
import { languagePath } from '@/components/portal/LanguageSwitch.client'
import { entryOf, itemOf, shortlistParam, shortlistQuery } from '@/domain/shortlist'
import { alternates, localizePath, paths } from '@/domain/urls'
import { getDictionary } from '@/i18n'
import { isLocale, locales } from '@/i18n/locales'
import { parseSearchParams } from '@/search/query/params'
import { safeReturnPath } from '@/security/returnPath'

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
  it('maps each page to the same page in another language', () => {
    expect(languagePath('/', 'en')).toBe('/en')
    expect(languagePath('/tilbud/x', 'en')).toBe('/en/tilbud/x')
    expect(languagePath('/tilbud/x', 'nb')).toBe('/nb/tilbud/x')
    expect(languagePath('/en', 'da')).toBe('/')
    expect(languagePath('/en/soeg', 'da')).toBe('/soeg')
    expect(languagePath('/nb/soeg', 'en')).toBe('/en/soeg')
    expect(languagePath('/nb', 'en')).toBe('/en')
    // The rewritten path (server rendering behind the proxy) gives the same links.
    expect(languagePath('/da/soeg', 'nb')).toBe('/nb/soeg')
    expect(languagePath('/da', 'da')).toBe('/')
  })
})

describe('portal paths in every language', () => {
  it('serves Danish at the root and the others under their prefix', () => {
    expect(locales).toEqual(['da', 'en', 'nb'])
    expect(isLocale('nb')).toBe(true)
    expect(isLocale('xx')).toBe(false)
    expect(isLocale('constructor')).toBe(false)
    expect(paths.home('nb')).toBe('/nb')
    expect(paths.search('nb', 'q=angst')).toBe('/nb/soeg?q=angst')
    expect(localizePath('/', 'nb')).toBe('/nb')
    expect(localizePath('/', 'da')).toBe('/')
    expect(localizePath('/tilbud/x', 'en')).toBe('/en/tilbud/x')
  })

  it('names the same page in every language, and Danish as x-default', () => {
    expect(alternates('/tilbud/x', 'nb')).toEqual({
      canonical: '/nb/tilbud/x',
      languages: {
        da: '/tilbud/x',
        en: '/en/tilbud/x',
        nb: '/nb/tilbud/x',
        'x-default': '/tilbud/x',
      },
    })
  })

  it('has a complete dictionary for every language', async () => {
    const shape = (value: unknown): unknown =>
      value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value
    const danish = shape(await getDictionary('da'))
    for (const locale of locales) {
      expect(shape(await getDictionary(locale)), locale).toEqual(danish)
    }
  })
})

describe('search errors for the reader', () => {
  it('says in Danish which part of the address is wrong and what it should be', async () => {
    const parsed = parseSearchParams(
      new URLSearchParams('age=gammel&foo=1&q=a&q=b&municipality=12'),
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    const sentences = describeSearchErrors(parsed.errors, await getDictionary('da'))
    expect(sentences).toContain('Adressen indeholder den ukendte parameter »foo«.')
    expect(sentences).toContain(
      'Værdien for alder er ugyldig: den skal være et helt tal fra 0 til 30.',
    )
    expect(sentences).toContain('»søgeord« må kun angives én gang.')
    expect(sentences.some((s) => s.includes('kommunekode på tre cifre'))).toBe(true)
    expect(describeSearchErrors(parsed.errors, await getDictionary('en'))[0]).toMatch(/^The /)
    expect(describeSearchErrors(parsed.errors, await getDictionary('nb'))).toContain(
      'Verdien for alder er ugyldig: den må være et helt tall fra 0 til 30.',
    )
  })
})
