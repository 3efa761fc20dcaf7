import { z } from 'zod'

import { listingKindValues, type ListingKind } from '@/domain/options'
import { containsCprNumber, cprMessage } from '@/domain/rules'
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

/** How many listings the side-by-side comparison shows at once. */
export const MAX_COMPARE = 4

/** The longest name of a saved shortlist. */
export const MAX_SHORTLIST_NAME = 80

/**
 * The name of a shortlist kept with an account. It names a piece of work ("Skolefravær, 10 år"),
 * never a child: a CPR-like number is refused (the input checks refuse it too, for the API).
 */
export const shortlistName = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'Giv listen et navn.')
      .max(MAX_SHORTLIST_NAME, `Navnet må højst have ${MAX_SHORTLIST_NAME} tegn.`)
      .refine((value) => !containsCprNumber(value), cprMessage('»Navn«')),
  )

/** The entries of a saved shortlist, as stored (the same form as in the browser and the link). */
export const shortlistEntries = z
  .array(shortlistEntry)
  .max(MAX_SHORTLIST)
  .transform((entries) => [...new Set(entries)])

/** The listings of a comparison: one to four entries, in the link's order. */
export const compareParam = z
  .string()
  .max(2000)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(shortlistEntry).min(1).max(MAX_COMPARE))
  .transform((entries) => [...new Set(entries)])

/** Adds an entry at the end, or takes it away when it is there already. */
export function toggledEntries(entries: readonly string[], entry: string): string[] {
  return entries.includes(entry)
    ? entries.filter((e) => e !== entry)
    : [...entries, entry].slice(0, MAX_SHORTLIST)
}
