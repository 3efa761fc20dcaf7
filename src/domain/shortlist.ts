import { z } from 'zod'

import { listingKindValues, type ListingKind } from '@/domain/options'
import { sectionOfKind } from '@/domain/urls'

/**
 * A shortlist is an ordered list of listings, each written as "<section>/<slug>" (the path of the
 * listing without the leading slash, e.g. "tilbud/boernegrupper"). The same form is kept in the
 * browser (localStorage) and carried in the share link (`/huskeliste?l=a,b,c`).
 */
export const MAX_SHORTLIST = 50
export const SHORTLIST_PARAM = 'l'

export type ShortlistItem = { kind: ListingKind; slug: string }

const kindOfSection = new Map<string, ListingKind>(
  listingKindValues.map((kind) => [sectionOfKind[kind], kind]),
)

export const shortlistEntry = z
  .string()
  .regex(/^[a-z-]+\/[a-z0-9-]{1,120}$/)
  .refine((value) => kindOfSection.has(value.split('/')[0]!))

export const shortlistParam = z
  .string()
  .max(8000)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(shortlistEntry).max(MAX_SHORTLIST))
  .transform((entries) => [...new Set(entries)])

export const entryOf = (item: ShortlistItem) => `${sectionOfKind[item.kind]}/${item.slug}`

export function itemOf(entry: string): ShortlistItem {
  const [section, slug] = entry.split('/') as [string, string]
  return { kind: kindOfSection.get(section)!, slug }
}

/** The query string of a share link, readable as it is (commas and slashes need no escaping). */
export const shortlistQuery = (entries: readonly string[]) =>
  entries.length ? `${SHORTLIST_PARAM}=${entries.join(',')}` : ''
