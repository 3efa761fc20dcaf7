import { defaultLocale, type Locale, locales } from '@/i18n/locales'

import type { ListingKind } from './options'

/** One path segment per kind of document; the same segments serve every language. */
export const sectionOfKind = {
  offer: 'tilbud',
  mentor: 'mentorordninger',
  'school-option': 'skoletilbud',
  'legislation-note': 'lovgivning',
  method: 'metoder',
} as const satisfies Record<ListingKind | 'legislation-note' | 'method', string>

/** The kind of listing a path section names (`tilbud` → offer), or null. */
export function listingKindOfSection(section: string): ListingKind | null {
  for (const [kind, name] of Object.entries(sectionOfKind)) {
    if (name === section && kind !== 'legislation-note' && kind !== 'method')
      return kind as ListingKind
  }
  return null
}

/** The path prefix of a language: none for Danish, `/en`, `/nb` … for the others. */
export const localePrefix = (locale: Locale) => (locale === defaultLocale ? '' : `/${locale}`)

/** A Danish (root) path in another language: `/tilbud/x` → `/en/tilbud/x`. */
export const localizePath = (path: string, locale: Locale) =>
  localePrefix(locale) + (path === '/' && locale !== defaultLocale ? '' : path) || '/'

/** Portal paths. One home, so that search hits, links and tests agree. */
export const paths = {
  home: (locale: Locale = defaultLocale) => localePrefix(locale) || '/',
  search: (locale: Locale = defaultLocale, query = '') =>
    `${localePrefix(locale)}/soeg${query ? `?${query}` : ''}`,
  document: (kind: keyof typeof sectionOfKind, slug: string, locale: Locale = defaultLocale) =>
    `${localePrefix(locale)}/${sectionOfKind[kind]}/${encodeURIComponent(slug)}`,
  organization: (slug: string, locale: Locale = defaultLocale) =>
    `${localePrefix(locale)}/organisationer/${encodeURIComponent(slug)}`,
  municipality: (code: string, locale: Locale = defaultLocale) =>
    `${localePrefix(locale)}/kommuner/${code}`,
  topics: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/emner`,
  methods: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/metoder`,
  shortlist: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/huskeliste`,
  login: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/log-ind`,
  accessibility: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/tilgaengelighed`,
  privacy: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/privatliv`,
  unsubscribe: (locale: Locale = defaultLocale) => `${localePrefix(locale)}/afmeld`,
}

/**
 * `alternates` for a page's metadata from its Danish (root) path: the canonical address in the
 * reader's language and the same page in every language, plus x-default (Danish). Relative here;
 * the portal layout's `metadataBase` makes them absolute.
 */
export function alternates(path: string, locale: Locale) {
  return {
    canonical: localizePath(path, locale),
    languages: {
      ...Object.fromEntries(locales.map((other) => [other, localizePath(path, other)])),
      'x-default': localizePath(path, defaultLocale),
    },
  }
}
