import type { Locale } from '@/i18n/locales'
import { localePrefix } from '@/domain/urls'

/** The network's portal paths, one home so that pages, mails, feeds and tests agree. */
export const networkPaths = {
  list: (locale: Locale) => `${localePrefix(locale)}/netvaerk`,
  page: (locale: Locale, slug: string) =>
    `${localePrefix(locale)}/netvaerk/${encodeURIComponent(slug)}`,
  plan: (locale: Locale, slug: string, year?: number) =>
    `${localePrefix(locale)}/netvaerk/${encodeURIComponent(slug)}${year ? `?aar=${year}` : ''}#aarsplan`,
  kommissorium: (locale: Locale, slug: string) =>
    `${localePrefix(locale)}/netvaerk/${encodeURIComponent(slug)}/kommissorium`,
  meeting: (locale: Locale, slug: string, id: number | string) =>
    `${localePrefix(locale)}/netvaerk/${encodeURIComponent(slug)}/moeder/${id}`,
  followUps: (locale: Locale) => `${localePrefix(locale)}/netvaerk/opfoelgning`,
  /** The iCalendar feed; `token` is the signed per-user part for a plan that is not public. */
  ics: (slug: string, token?: string) =>
    `/netvaerk/${encodeURIComponent(slug)}/aarsplan.ics${token ? `?t=${encodeURIComponent(token)}` : ''}`,
}
