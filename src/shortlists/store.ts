import type { Payload, PayloadRequest } from 'payload'

import { shortlistEntries, toggledEntries } from '@/domain/shortlist'
import type { Shortlist, User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { SHORTLISTS_SLUG } from './collection'

/** The name a list gets when the reader's first »Føj til huskeliste« makes it. */
export const DEFAULT_SHORTLIST_NAME = 'Min huskeliste'

export type ShortlistCore = Pick<Shortlist, 'id' | 'name' | 'shareKey' | 'updatedAt'> & {
  entries: string[]
  owner: number
}

const coreSelect = {
  name: true,
  shareKey: true,
  entries: true,
  owner: true,
  updatedAt: true,
} as const

export function coreOf(doc: Partial<Shortlist> & { id: number }): ShortlistCore {
  const entries = shortlistEntries.safeParse(doc.entries ?? [])
  return {
    id: doc.id,
    name: doc.name ?? '',
    shareKey: doc.shareKey ?? null,
    updatedAt: doc.updatedAt ?? '',
    entries: entries.success ? entries.data : [],
    owner: relationId(doc.owner) ?? 0,
  }
}

type Reader = { payload: Payload; user: User; req?: Partial<PayloadRequest> }

/** The reader's own lists, the one changed last first (that one is their current list). */
export async function ownShortlists({ payload, user, req }: Reader): Promise<ShortlistCore[]> {
  const { docs } = await payload.find({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { owner: { equals: user.id } },
    select: coreSelect,
    sort: '-updatedAt',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  return docs.map(coreOf)
}

/** Lists colleagues shared with the reader by name (not their own). */
export async function sharedWithMe({ payload, user, req }: Reader): Promise<ShortlistCore[]> {
  const { docs } = await payload.find({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { and: [{ sharedWith: { in: [user.id] } }, { owner: { not_equals: user.id } }] },
    select: coreSelect,
    sort: '-updatedAt',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  return docs.map(coreOf)
}

/** The reader's current list: the own list changed last, or none yet. */
export async function currentShortlist(reader: Reader): Promise<ShortlistCore | null> {
  const { docs } = await reader.payload.find({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { owner: { equals: reader.user.id } },
    select: coreSelect,
    sort: '-updatedAt',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: reader.user,
    req: reader.req,
  })
  return docs[0] ? coreOf(docs[0]) : null
}

export async function createShortlist(
  reader: Reader,
  data: { name: string; entries: string[] },
): Promise<ShortlistCore> {
  const doc = await reader.payload.create({
    collection: SHORTLISTS_SLUG as 'shortlists',
    data: { name: data.name, entries: data.entries } as never,
    depth: 0,
    overrideAccess: false,
    user: reader.user,
    req: reader.req,
  })
  return coreOf(doc)
}

export async function updateShortlist(
  reader: Reader,
  id: number,
  data: Partial<Pick<Shortlist, 'name' | 'entries' | 'linkSharing' | 'sharedWith'>>,
): Promise<ShortlistCore | null> {
  // Access decides: only the owner's (or an admin's) list is changed; another is "not found".
  const { docs } = await reader.payload.update({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { id: { equals: id } },
    data: data as never,
    depth: 0,
    overrideAccess: false,
    user: reader.user,
    req: reader.req,
  })
  return docs[0] ? coreOf(docs[0]) : null
}

/** How often a toggle re-reads the list when another save changed it in between. */
const TOGGLE_ATTEMPTS = 5

/**
 * »Føj til huskeliste« for a logged-in reader: the entry goes onto their current list (made
 * when they have none) or comes off it. Two quick clicks (or two devices) must not lose one
 * another's change: on this server a reader's toggles run one after another, and across app
 * servers the save only applies to the version it read (`updatedAt`) and reads again when another
 * save came first.
 */
export function toggleOnCurrent(reader: Reader, entry: string): Promise<ShortlistCore> {
  return oneAtATime(reader.user.id, () => toggleOnce(reader, entry))
}

/** Saves of one reader on this server, one after another (their order is their clicks'). */
const pendingByUser = new Map<number, Promise<unknown>>()

function oneAtATime<T>(userId: number, work: () => Promise<T>): Promise<T> {
  const before = pendingByUser.get(userId) ?? Promise.resolve()
  const result = before.then(work, work)
  const settled = result.catch(() => undefined)
  pendingByUser.set(userId, settled)
  void settled.then(() => {
    if (pendingByUser.get(userId) === settled) pendingByUser.delete(userId)
  })
  return result
}

async function toggleOnce(reader: Reader, entry: string): Promise<ShortlistCore> {
  for (let attempt = 1; ; attempt++) {
    const current = await currentShortlist(reader)
    if (!current) return createShortlist(reader, { name: DEFAULT_SHORTLIST_NAME, entries: [entry] })
    const { docs } = await reader.payload.update({
      collection: SHORTLISTS_SLUG as 'shortlists',
      where: {
        and: [{ id: { equals: current.id } }, { updatedAt: { equals: current.updatedAt } }],
      },
      data: { entries: toggledEntries(current.entries, entry) } as never,
      depth: 0,
      overrideAccess: false,
      user: reader.user,
      req: reader.req,
    })
    if (docs[0]) return coreOf(docs[0])
    if (attempt >= TOGGLE_ATTEMPTS) return current
  }
}
