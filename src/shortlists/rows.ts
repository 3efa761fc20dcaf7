import type { ListingKind } from '@/domain/options'
import { reachable } from '@/domain/publicContact'
import { entryOf } from '@/domain/shortlist'
import { paths } from '@/domain/urls'
import { formatDate, formatDkk, optionLabel, type Dictionary, type Locale } from '@/i18n'

import type { ShortlistLabels } from './labels'

/** What the shortlist reads of a listing: only what the reader may see arrives here. */
export type ListingForShortlist = {
  id: number
  kind: ListingKind
  slug: string
  title: string
  summary: string
  visibility: 'public' | 'internal'
  ageMin: number
  ageMax: number
  provider?: number | null
  cost?: {
    type?: 'free' | 'paid' | null
    rateDkk?: number | null
    rateUnit?: string | null
    rateNote?: string | null
  } | null
  capacity?: { status?: string | null; waitingWeeks?: number | null; asOf?: string | null } | null
  contacts?: Array<{
    name?: string | null
    role?: string | null
    email?: string | null
    phone?: string | null
    internal?: boolean | null
  }> | null
  locations?: Array<{
    name?: string | null
    address?: string | null
    postalCode?: string | null
    city?: string | null
  }> | null
  referral?: { howTo?: string | null } | null
  lastVerifiedAt?: string | null
  updatedAt?: string | null
}

export type ProviderForShortlist = {
  id: number
  name: string
  email?: string | null
  phone?: string | null
  website?: string | null
}

/**
 * One listing of a shortlist as plain text, the same for the page (and its print), the CSV and
 * the comparison: everything the reader may see that a referral needs.
 */
export type ShortlistRow = {
  entry: string
  kind: ListingKind
  kindLabel: string
  title: string
  summary: string
  internal: boolean
  provider: string
  ages: string
  price: string
  rate: string
  capacity: string
  waiting: string
  asOf: string
  addresses: string[]
  contacts: string[]
  referral: string
  path: string
  link: string
  verified: string
  updated: string
}

const joinFilled = (parts: Array<string | null | undefined>, separator = ', ') =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(separator)

export function shortlistRow(
  listing: ListingForShortlist,
  provider: ProviderForShortlist | null | undefined,
  context: { t: Dictionary; l: ShortlistLabels; locale: Locale; origin: string },
): ShortlistRow {
  const { t, l, locale, origin } = context
  const path = paths.document(listing.kind, listing.slug, locale)
  const cost = listing.cost ?? {}
  const capacity = listing.capacity ?? {}
  const rate =
    typeof cost.rateDkk === 'number'
      ? joinFilled(
          [
            `${formatDkk(cost.rateDkk, locale)}${cost.rateUnit ? ` ${optionLabel(t, 'rateUnit', cost.rateUnit)}` : ''}`,
            cost.rateNote,
          ],
          ' · ',
        )
      : ''
  const contacts = (listing.contacts ?? [])
    .filter((contact) => contact && (reachable(contact) || contact.name))
    .map((contact) => joinFilled([contact.name, contact.role, contact.phone, contact.email]))
  // The provider's own phone and e-mail when no contact shown gives one (as the listing page).
  if (!(listing.contacts ?? []).some(reachable) && provider && reachable(provider)) {
    contacts.push(joinFilled([provider.name, provider.phone, provider.email]))
  }
  return {
    entry: entryOf(listing),
    kind: listing.kind,
    kindLabel: t.kinds[listing.kind],
    title: listing.title,
    summary: listing.summary,
    internal: listing.visibility === 'internal',
    provider: provider?.name ?? '',
    ages: t.listing.ageRange(listing.ageMin, listing.ageMax),
    price: optionLabel(t, 'cost', cost.type ?? undefined),
    rate,
    capacity: optionLabel(t, 'capacity', capacity.status ?? undefined),
    waiting:
      capacity.status === 'waitlist' && typeof capacity.waitingWeeks === 'number'
        ? l.facts.waitingWeeks(capacity.waitingWeeks)
        : '',
    asOf: formatDate(capacity.asOf, locale),
    addresses: (listing.locations ?? []).map((location) =>
      joinFilled([
        location.name,
        location.address,
        joinFilled([location.postalCode, location.city], ' '),
      ]),
    ),
    contacts,
    referral: listing.referral?.howTo ?? '',
    path,
    link: `${origin}${path}`,
    verified: formatDate(listing.lastVerifiedAt, locale),
    updated: formatDate(listing.updatedAt, locale),
  }
}

/** A cell of a CSV file: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The shortlist as CSV for a spreadsheet: semicolons (Danish Excel), a byte-order mark so that
 * æøå arrive intact, CRLF line ends, one row per listing, several addresses or contacts in one
 * cell separated by » | «.
 */
export function shortlistCsv(rows: ShortlistRow[], l: ShortlistLabels): string {
  const f = l.facts
  const header = [
    f.kind,
    f.title,
    f.provider,
    f.ages,
    f.price,
    f.rate,
    f.capacity,
    f.waiting,
    f.asOf,
    f.address,
    f.contact,
    f.referral,
    f.link,
    f.verified,
    f.updated,
  ]
  const lines = rows.map((row) => [
    row.kindLabel,
    row.title,
    row.provider,
    row.ages,
    row.price,
    row.rate,
    row.capacity,
    row.waiting,
    row.asOf,
    row.addresses.join(' | '),
    row.contacts.join(' | '),
    row.referral,
    row.link,
    row.verified,
    row.updated,
  ])
  return `\ufeff${[header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`
}
