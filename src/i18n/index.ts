import 'server-only'

import { notFound } from 'next/navigation'

import type { Dictionary } from './dictionaries/da'
import { defaultLocale, isLocale, localeInfo, type Locale } from './locales'
import type { OptionLabels } from './optionLabels'

export type { Dictionary }
export { contentLang, isLocale, locales, type Locale } from './locales'

const loaded = new Map<Locale, Promise<Dictionary>>()

/**
 * The interface text of a language: `src/i18n/dictionaries/<locale>.ts`, loaded on first use and
 * kept (server-only: client components get their strings as props). The file is found by the
 * locale's code, so a new language needs no registration beyond its line in locales.ts; each file
 * is typed `Dictionary` (the Danish one's shape), and test/unit/portal.spec.ts loads them all.
 */
export function getDictionary(locale: Locale): Promise<Dictionary> {
  let dictionary = loaded.get(locale)
  if (!dictionary) {
    dictionary = import(`./dictionaries/${locale}.ts`).then(
      (module: { default: Dictionary }) => module.default,
    )
    loaded.set(locale, dictionary)
  }
  return dictionary
}

/** The reader's label of an option value (the value itself if unknown, e.g. an old value). */
export function optionLabel(
  t: Dictionary,
  list: keyof OptionLabels,
  value: string | null | undefined,
): string {
  if (!value) return ''
  return (t.options[list] as Record<string, string>)[value] ?? value
}

/** A calendar date in the reader's language, in Danish time. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(localeInfo[locale].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(date)
}

export function formatDkk(value: number, locale: Locale): string {
  return new Intl.NumberFormat(localeInfo[locale].intl, {
    style: 'currency',
    currency: 'DKK',
    maximumFractionDigits: 0,
  }).format(value)
}

export const formatNumber = (value: number, locale: Locale) =>
  value.toLocaleString(localeInfo[locale].intl)

/** The `[locale]` segment of a portal route; anything but a portal language is a 404. */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/**
 * The language of the root layout. Never a 404 here: a root layout cannot render a not-found
 * page around itself (Next then sends an empty error shell). The proxy only lets portal
 * languages reach `[locale]`; the pages below check with routeLocale.
 */
export async function layoutLocale(params: Promise<{ locale?: string }>): Promise<Locale> {
  const { locale } = await params
  return isLocale(locale) ? locale : defaultLocale
}
