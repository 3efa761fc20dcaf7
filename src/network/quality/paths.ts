import { localePrefix } from '@/domain/urls'
import type { Locale } from '@/i18n/locales'

/** The network's cooperation quality page: each indicator's development over the years. */
export const qualityPath = (locale: Locale, slug: string, municipality?: string) =>
  `${localePrefix(locale)}/netvaerk/${encodeURIComponent(slug)}/samarbejde${
    municipality ? `?kommune=${encodeURIComponent(municipality)}` : ''
  }`
