import type { Locale } from '@/i18n/locales'
import { localePrefix } from '@/domain/urls'

/**
 * The cooperations' portal paths. Under /samarbejder of their own, not under a network: a
 * cooperation migrated from an organization's agreement belongs to no network, and both the
 * organization's and the network's pages link to the same page.
 */
export const cooperationPaths = {
  list: (locale: Locale) => `${localePrefix(locale)}/samarbejder`,
  cooperation: (slug: string, locale: Locale) =>
    `${localePrefix(locale)}/samarbejder/${encodeURIComponent(slug)}`,
  print: (slug: string, locale: Locale) =>
    `${localePrefix(locale)}/samarbejder/${encodeURIComponent(slug)}/print`,
}
