import { collectionOfKind, type ListingCollection, type ListingKind } from '@/domain/options'
import { listingKindOfSection, localePrefix, sectionOfKind } from '@/domain/urls'
import { defaultLocale, type Locale } from '@/i18n/locales'

const kindOfCollection = Object.fromEntries(
  Object.entries(collectionOfKind).map(([kind, collection]) => [collection, kind]),
) as Record<ListingCollection, ListingKind>

/**
 * The page where an owner confirms a listing (the link in the reminder mail): `/bekraeft/tilbud/12`.
 * By id, not slug: a link in an old mail keeps working after the title changes.
 */
export const confirmPath = (
  collection: ListingCollection,
  id: number,
  locale: Locale = defaultLocale,
) => `${localePrefix(locale)}/bekraeft/${sectionOfKind[kindOfCollection[collection]]}/${id}`

/** The listing collection a confirmation path's section names, or null. */
export function collectionOfSection(section: string): ListingCollection | null {
  const kind = listingKindOfSection(section)
  return kind ? collectionOfKind[kind] : null
}
