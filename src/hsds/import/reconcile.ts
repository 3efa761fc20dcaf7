import type { CollectionSlug, Payload } from 'payload'
import type { z } from 'zod'

import type { ImportIssue } from '@/import/read'
import type { ExportContext, Existing, StoredDoc } from '@/import/section'
import { listings } from '@/import/sections/listings'
import { organizations } from '@/import/sections/organizations'

/**
 * Open data coming home. An HSDS record carries the stable id (`hsdsId`) of the record it was made
 * from; when that is a record of this portal (our own output imported again, or a directory that
 * took our data and sends it back), the record is that document, whatever key the file gives it:
 * it is matched by its HSDS id as well as by its key, and never creates a second document (which
 * would collide on the unique `hsdsId`).
 *
 * HSDS holds only the public part of a listing, so the record updates only that part: the rate,
 * internal contacts, the internal referral note, the review date and what HSDS has no field for
 * stay as they are. When the public part is the same as the document's, the document is left
 * alone: importing our own output into the portal it came from changes nothing.
 */

type Json = Record<string, unknown>
type Keys = Map<string, Map<string, Existing>>
type ListingItem = z.output<typeof listings.schema>
type OrganizationItem = z.output<typeof organizations.schema>

/** JSON with sorted keys: two items are the same when this is. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.entries(value as Json)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`
  return JSON.stringify(value)
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|')

/** An address as our HSDS output writes it (`https://…/`), to compare a website. */
const normalUrl = (value?: string) => {
  if (!value) return undefined
  try {
    return new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`).toString()
  } catch {
    return value
  }
}

/** The public part of `incoming` over the whole of `existing` (both validated items). */
export function mergeListing(
  existing: ListingItem,
  incoming: ListingItem,
  networkCodes: string[],
): ListingItem {
  const publicOf = (contacts: ListingItem['contacts']) => contacts.filter((c) => !c.internal)
  const contacts =
    stableJson(publicOf(existing.contacts)) === stableJson(publicOf(incoming.contacts))
      ? existing.contacts
      : [...publicOf(incoming.contacts), ...existing.contacts.filter((c) => c.internal)]
  // Our output lists the network's municipalities for "the whole network".
  const wholeNetwork =
    existing.wholeNetwork && networkCodes.length > 0 && sameSet(incoming.coverage, networkCodes)
  const cost =
    incoming.cost.type === existing.cost.type
      ? existing.cost
      : incoming.cost.type === 'free'
        ? { type: 'free' as const }
        : incoming.cost
  const kindFields =
    incoming.kind === 'offer' && existing.kind === 'offer'
      ? { offerType: incoming.offerType }
      : incoming.kind === 'mentor' && existing.kind === 'mentor'
        ? { mentorType: incoming.mentorType }
        : incoming.kind === 'school-option' && existing.kind === 'school-option'
          ? {
              schoolType: incoming.schoolType,
              gradeFrom: incoming.gradeFrom,
              gradeTo: incoming.gradeTo,
              admissionViaPPR: incoming.admissionViaPPR,
            }
          : {}
  return {
    ...existing,
    ...kindFields,
    status: incoming.status,
    title: incoming.title,
    summary: incoming.summary,
    description: incoming.description,
    provider: incoming.provider,
    ageMin: incoming.ageMin,
    ageMax: incoming.ageMax,
    topics: incoming.topics,
    languages: incoming.languages,
    wholeNetwork,
    coverage: wholeNetwork ? existing.coverage : incoming.coverage,
    legalBasis: incoming.legalBasis,
    referral: {
      ...existing.referral,
      howTo: incoming.referral.howTo,
      municipalDecisionRequired: incoming.referral.municipalDecisionRequired,
      selfReferral: incoming.referral.selfReferral,
    },
    cost,
    capacity: incoming.capacity,
    contacts,
    locations: incoming.locations,
    schedule: incoming.schedule,
    evidence: { ...existing.evidence, level: incoming.evidence.level },
    lastVerifiedAt: incoming.lastVerifiedAt ?? existing.lastVerifiedAt,
  } as ListingItem
}

export function mergeOrganization(
  existing: OrganizationItem,
  incoming: OrganizationItem,
): OrganizationItem {
  return {
    ...existing,
    name: incoming.name,
    type: incoming.type,
    cvr: incoming.cvr,
    description:
      incoming.description ??
      (existing.description === existing.name ? existing.description : undefined),
    website:
      !incoming.website || normalUrl(existing.website) === normalUrl(incoming.website)
        ? existing.website
        : incoming.website,
    // A service's nested organization carries no phone or address (only the organization's own
    // record does), and an address that is no valid e-mail or web address is left out: what the
    // record does not carry is kept.
    email: incoming.email ?? existing.email,
    phone: incoming.phone ?? existing.phone,
    address: incoming.address
      ? {
          ...incoming.address,
          municipality: incoming.address.municipality ?? existing.address?.municipality,
        }
      : existing.address,
  }
}

/** Reads the stored documents' keys back from their ids (as the exporter does). */
function exportContext(keys: Keys): ExportContext {
  const keyById = new Map<string, string>()
  for (const byKey of keys.values())
    for (const [key, { id, collection }] of byKey) keyById.set(`${collection}:${id}`, key)
  const key = (collection: CollectionSlug, id: unknown) =>
    id === null || id === undefined ? undefined : keyById.get(`${collection}:${Number(id)}`)
  return {
    key,
    keys: (collection, ids) =>
      ((ids as number[] | null) ?? [])
        .map((id) => key(collection, id))
        .filter((k): k is string => Boolean(k)),
  }
}

/**
 * Matches the HSDS items of an import to existing documents by HSDS id, renames them (and the
 * listings' providers) to the documents' keys, and merges each matched item into its document's
 * own item. Returns the items whose document already says the same (left alone by the import),
 * and notes on documents it would not touch.
 */
export async function reconcileHsdsItems(
  payload: Payload,
  bundle: Record<string, unknown[]>,
  hsdsItems: Set<unknown>,
  keys: Keys,
): Promise<{ unchanged: Set<unknown>; notes: ImportIssue[] }> {
  const unchanged = new Set<unknown>()
  const notes: ImportIssue[] = []
  if (hsdsItems.size === 0) return { unchanged, notes }

  /** hsdsId → key of the document that has it, per section. */
  const byHsdsId = async (sectionName: string, collections: readonly CollectionSlug[]) => {
    const map = new Map<string, string>()
    for (const collection of collections) {
      // access: the importer is an administrator's command line; it matches every record.
      const { docs } = await payload.find({
        collection,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        draft: true,
        select: { hsdsId: true, externalId: true } as Record<string, true>,
      })
      for (const doc of docs as unknown as Array<{ hsdsId?: string; externalId?: string }>)
        if (doc.hsdsId && doc.externalId && keys.get(sectionName)?.has(doc.externalId))
          map.set(doc.hsdsId.toLowerCase(), doc.externalId)
    }
    return map
  }

  const renamed = new Map<string, string>()
  const rename = (item: { externalId: string; hsdsId?: string }, found: Map<string, string>) => {
    if (!item.hsdsId) return
    const key = found.get(item.hsdsId.toLowerCase())
    if (key && key !== item.externalId) {
      renamed.set(item.externalId, key)
      item.externalId = key
    }
  }

  const orgItems = (bundle.organizations ?? []).filter((item) =>
    hsdsItems.has(item),
  ) as OrganizationItem[]
  const listingItems = (bundle.listings ?? []).filter((item) =>
    hsdsItems.has(item),
  ) as ListingItem[]
  const orgsByHsdsId = await byHsdsId('organizations', organizations.collections)
  for (const item of orgItems) rename(item, orgsByHsdsId)
  const listingsByHsdsId = await byHsdsId('listings', listings.collections)
  for (const item of listingItems) {
    item.provider = renamed.get(item.provider) ?? item.provider
    rename(item, listingsByHsdsId)
  }

  // access: the importer is an administrator's command line; municipalities are public anyway.
  const { docs: network } = await payload.find({
    collection: 'municipalities',
    where: { networkMember: { equals: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true },
  })
  const networkCodes = network.map((m) => String(m.code))
  const context = exportContext(keys)

  /** The document's own item as the exporter writes it, validated like a file's item. */
  const storedItem = async <T>(
    section: typeof listings | typeof organizations,
    existing: Existing,
  ): Promise<T | undefined> => {
    // access: the importer compares with the stored document, internal parts included.
    const doc = await payload.findByID({
      collection: existing.collection,
      id: existing.id,
      depth: 0,
      overrideAccess: true,
    })
    const parsed = (section.schema as z.ZodType).safeParse(
      section.exportItem(doc as unknown as StoredDoc, context, existing.collection),
    )
    return parsed.success ? (parsed.data as T) : undefined
  }

  const settle = <T extends object>(item: T, stored: T | undefined, merged: T | undefined) => {
    if (!stored || !merged) {
      // Our own document no longer passes the file rules: it is not overwritten by open data.
      unchanged.add(item)
      notes.push({
        file: '',
        id: String((item as Json).externalId),
        message:
          'Dokumentet her opfylder ikke længere importens regler og opdateres ikke fra de åbne data; ret det i administrationen.',
      })
      return
    }
    if (stableJson(merged) === stableJson(stored)) unchanged.add(item)
    else {
      for (const key of Object.keys(item)) delete (item as Json)[key]
      Object.assign(item, merged)
    }
  }

  for (const item of orgItems) {
    const existing = keys.get('organizations')?.get(item.externalId)
    if (!existing) continue
    const stored = await storedItem<OrganizationItem>(organizations, existing)
    settle(item, stored, stored && mergeOrganization(stored, item))
  }
  for (const item of listingItems) {
    const existing = keys.get('listings')?.get(item.externalId)
    if (!existing) continue
    const stored = await storedItem<ListingItem>(listings, existing)
    settle(item, stored, stored && mergeListing(stored, item, networkCodes))
  }
  return { unchanged, notes }
}
