import type { Metadata } from 'next'

import { alternates, paths } from '@/domain/urls'
import type { Locale } from '@/i18n/locales'

/**
 * The metadata of a portal document page (a legislation note, a method): its title and summary,
 * its address in every language, and no indexing of an internal one.
 */
export function documentMetadata(
  doc: {
    title: string
    summary?: string | null
    slug?: string | null
    visibility?: string | null
  } | null,
  kind: 'legislation-note' | 'method',
  locale: Locale,
  notFoundTitle: string,
): Metadata {
  if (!doc) return { title: notFoundTitle }
  return {
    title: doc.title,
    description: doc.summary,
    alternates: alternates(paths.document(kind, doc.slug ?? ''), locale),
    robots: doc.visibility === 'internal' ? { index: false, follow: false } : undefined,
  }
}
