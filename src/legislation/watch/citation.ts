import { formatDanishDate } from '@/domain/danishDate'

import { actNumber, type ActPath } from './eli'
import type { ActMetadata, FeedEntry } from './format'

/** "LOV nr. 1234 af 10. december 2025", from the amending act's metadata or its number alone. */
export function actCitation(
  path: ActPath,
  metadata?: ActMetadata | null,
  feed?: FeedEntry,
): string {
  const { year, number } = actNumber(path)
  const type = metadata?.documentType ?? (feed && /^lov\b/i.test(feed.title) ? 'LOV' : null)
  const date = metadata?.documentDate ? formatDanishDate(metadata.documentDate) : null
  const prefix = type ?? 'Lovtidende A'
  return date ? `${prefix} nr. ${number} af ${date}` : `${prefix} nr. ${number} (${year})`
}
