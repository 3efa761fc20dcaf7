/**
 * The portal's languages, in one place. Danish is served at the root, every other language under
 * its own prefix (/en, /nb). Adding a language is this one line plus its dictionary
 * (src/i18n/dictionaries/<code>.ts). Safe for client components and the proxy: no text here.
 */
export const localeInfo = {
  da: { name: 'Dansk', intl: 'da-DK' },
  en: { name: 'English', intl: 'en-GB' },
  nb: { name: 'Norsk (bokmål)', intl: 'nb-NO' },
} as const

export type Locale = keyof typeof localeInfo
export const locales = Object.keys(localeInfo) as Locale[]
export const defaultLocale: Locale = 'da'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && Object.hasOwn(localeInfo, value)

/** Content (titles, descriptions, notes) is written in Danish: mark it so outside Danish pages. */
export const contentLang = (locale: Locale): 'da' | undefined =>
  locale === 'da' ? undefined : 'da'
