import 'server-only'

import { notFound } from 'next/navigation'

import { da, type Dictionary } from './dictionaries/da'
import { en } from './dictionaries/en'
import { nb } from './dictionaries/nb'
import { defaultLocale, isLocale, localeInfo, type Locale } from './locales'
import type { OptionLabels } from './optionLabels'

export type { Dictionary }
export { contentLang, isLocale, locales, type Locale } from './locales'

/**
 * The interface text of each language (server-only: client components get their strings as
 * props). `Record<Locale, …>` makes the compiler ask for the dictionary of a new locale.
 */
const dictionaries: Record<Locale, Dictionary> = { da, en, nb }

export const getDictionary = (locale: Locale): Dictionary => dictionaries[locale]

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
