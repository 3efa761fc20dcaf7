import type { ListingKind } from '@/domain/options'
import type { Dictionary, Locale } from '@/i18n'
import type { AnyListing, NoteSummary, ProviderSummary } from '@/queries/listings'
import type { ReferenceData } from '@/queries/reference'

/** What every section of a listing page reads: loaded once by page.tsx. */
export type ListingView = {
  listing: AnyListing
  kind: ListingKind
  locale: Locale
  t: Dictionary
  /** `lang` for content (Danish) outside the Danish portal. */
  lang: 'da' | undefined
  reference: ReferenceData
  provider: ProviderSummary | null
  notes: NoteSummary[]
}
