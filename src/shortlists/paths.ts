import { localePrefix } from '@/domain/urls'
import type { Locale } from '@/i18n/locales'

/** The portal paths of shortlists, one home (pages, links, tests). */
export const shortlistPaths = {
  list: (key: string, locale: Locale = 'da') => `${localePrefix(locale)}/huskeliste/${key}`,
  listCsv: (key: string, locale: Locale = 'da') => `${localePrefix(locale)}/huskeliste/${key}/csv`,
  csv: (locale: Locale = 'da') => `${localePrefix(locale)}/huskeliste/csv`,
  compare: (locale: Locale = 'da') => `${localePrefix(locale)}/huskeliste/sammenlign`,
}
