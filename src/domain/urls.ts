import type { ListingKind } from './options'

/** The portal's languages: Danish at the root, English under /en. */
export const locales = ['da', 'en'] as const
export type Locale = (typeof locales)[number]

/** One path segment per kind of document; the same segments serve both languages. */
export const sectionOfKind = {
  offer: 'tilbud',
  mentor: 'mentorordninger',
  'school-option': 'skoletilbud',
  'legislation-note': 'lovgivning',
} as const satisfies Record<ListingKind | 'legislation-note', string>

const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '')

/** Portal paths. One home, so that search hits, links and tests agree. */
export const paths = {
  home: (locale: Locale = 'da') => prefix(locale) || '/',
  search: (locale: Locale = 'da', query = '') =>
    `${prefix(locale)}/soeg${query ? `?${query}` : ''}`,
  document: (kind: keyof typeof sectionOfKind, slug: string, locale: Locale = 'da') =>
    `${prefix(locale)}/${sectionOfKind[kind]}/${encodeURIComponent(slug)}`,
  organization: (slug: string, locale: Locale = 'da') =>
    `${prefix(locale)}/organisationer/${encodeURIComponent(slug)}`,
  municipality: (code: string, locale: Locale = 'da') => `${prefix(locale)}/kommuner/${code}`,
  topics: (locale: Locale = 'da') => `${prefix(locale)}/emner`,
  shortlist: (locale: Locale = 'da') => `${prefix(locale)}/huskeliste`,
  login: (locale: Locale = 'da') => `${prefix(locale)}/log-ind`,
  accessibility: (locale: Locale = 'da') => `${prefix(locale)}/tilgaengelighed`,
  privacy: (locale: Locale = 'da') => `${prefix(locale)}/privatliv`,
}
