import 'server-only'

import { collectionOfKind, type ListingKind } from '@/domain/options'
import { itemOf } from '@/domain/shortlist'
import { getDictionary, type Locale } from '@/i18n'
import type { User } from '@/payload-types'
import { getPortalPayload, getViewer } from '@/queries/session'
import { siteOrigin } from '@/utilities/siteOrigin'

import { SHORTLISTS_SLUG, shareKeyPattern } from './collection'
import { shortlistLabels } from './labels'
import {
  shortlistRow,
  type ListingForShortlist,
  type ProviderForShortlist,
  type ShortlistRow,
} from './rows'
import { coreOf, type ShortlistCore } from './store'
import { isProfessionalUser } from './access'

const listingFields = {
  title: true,
  summary: true,
  slug: true,
  visibility: true,
  ageMin: true,
  ageMax: true,
  provider: true,
  cost: true,
  capacity: true,
  contacts: true,
  locations: true,
  referral: true,
  lastVerifiedAt: true,
  updatedAt: true,
} as const

/**
 * The rows of a shortlist as the reader may see them, in the list's order: one query per kind of
 * listing that the list holds and one for their providers, all with the reader's access
 * (overrideAccess: false), so a listing or a field the reader may not see is simply not there.
 */
export async function readShortlistRows(
  entries: readonly string[],
  locale: Locale,
): Promise<{ rows: ShortlistRow[]; hidden: number }> {
  if (entries.length === 0) return { rows: [], hidden: 0 }
  const [payload, user, t, origin] = await Promise.all([
    getPortalPayload(),
    getViewer(),
    getDictionary(locale),
    siteOrigin(),
  ])
  const slugsByKind = new Map<ListingKind, string[]>()
  for (const entry of entries) {
    const item = itemOf(entry)
    slugsByKind.set(item.kind, [...(slugsByKind.get(item.kind) ?? []), item.slug])
  }
  const listings = (
    await Promise.all(
      [...slugsByKind].map(async ([kind, slugs]) => {
        const { docs } = await payload.find({
          collection: collectionOfKind[kind],
          where: { slug: { in: slugs } },
          select: listingFields,
          depth: 0,
          limit: slugs.length,
          pagination: false,
          overrideAccess: false,
          user,
        })
        return docs.map((doc) => ({ ...doc, kind }) as unknown as ListingForShortlist)
      }),
    )
  ).flat()
  const providerIds = [
    ...new Set(listings.map((listing) => listing.provider).filter((id) => typeof id === 'number')),
  ] as number[]
  const providers = new Map<number, ProviderForShortlist>()
  if (providerIds.length) {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { id: { in: providerIds } },
      select: { name: true, email: true, phone: true, website: true },
      depth: 0,
      limit: providerIds.length,
      pagination: false,
      overrideAccess: false,
      user,
    })
    for (const doc of docs) providers.set(doc.id, doc as ProviderForShortlist)
  }
  const context = { t, l: shortlistLabels[locale], locale, origin }
  const byEntry = new Map(
    listings.map((listing) => {
      const row = shortlistRow(listing, providers.get(listing.provider ?? -1), context)
      return [row.entry, row]
    }),
  )
  const rows = entries.flatMap((entry) => {
    const row = byEntry.get(entry)
    return row ? [row] : []
  })
  return { rows, hidden: entries.length - rows.length }
}

export type OpenedShortlist =
  | { state: 'found'; list: ShortlistCore; mine: boolean; ownerName: string; viaLink: boolean }
  | { state: 'login' | 'professional' | 'missing' }

/**
 * A saved list by the key in its address. Its owner and the colleagues it is shared with read it
 * through the collection's access. Every logged-in professional reads it too when its owner
 * shares it "with the link": the key (16 random bytes, in no listing and no API answer to others)
 * is then the permission, which is why that read is the system's (overrideAccess: true, only by
 * the exact key and only with linkSharing on).
 */
export async function openShortlist(key: string, viewer: User | null): Promise<OpenedShortlist> {
  if (!shareKeyPattern.test(key)) return { state: 'missing' }
  if (!viewer) return { state: 'login' }
  const payload = await getPortalPayload()
  const select = {
    name: true,
    shareKey: true,
    entries: true,
    owner: true,
    updatedAt: true,
    linkSharing: true,
  } as const
  const own = await payload.find({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { shareKey: { equals: key } },
    select,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: viewer,
  })
  let doc = own.docs[0]
  let viaLink = false
  if (!doc) {
    if (!isProfessionalUser(viewer)) return { state: 'professional' }
    // access: the link is the permission (see above); only a list shared with the link is read.
    const linked = await payload.find({
      collection: SHORTLISTS_SLUG as 'shortlists',
      where: { and: [{ shareKey: { equals: key } }, { linkSharing: { equals: true } }] },
      select,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
    })
    doc = linked.docs[0]
    viaLink = true
  }
  if (!doc) return { state: 'missing' }
  const list = coreOf(doc)
  return {
    state: 'found',
    list,
    mine: list.owner === viewer.id,
    ownerName: await ownerName(list.owner),
    viaLink,
  }
}

/** The owner's name (only the name) to show on a shared list. */
async function ownerName(id: number): Promise<string> {
  const payload = await getPortalPayload()
  // access: only the owner's display name is read, to say whose list a colleague is looking at.
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    select: { name: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return (docs[0] as { name?: string } | undefined)?.name ?? ''
}
