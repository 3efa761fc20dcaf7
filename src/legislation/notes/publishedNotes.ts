import type { Payload, PayloadRequest } from 'payload'

import { canReadNotes } from '@/access/canReadNotes'
import { published } from '@/access/publishedPublic'
import type { User } from '@/payload-types'
import { forgetCached, refreshingCache } from '@/utilities/refreshingCache'
import { relationId } from '@/utilities/relationId'

/**
 * The published notes with the listings they affect, kept in memory on each app server and read
 * again every `PUBLISHED_NOTES_TTL_MS` in the background (src/utilities/refreshingCache.ts; at
 * once on this server after a note is saved or deleted), the way the reference data is (src/queries/reference.ts). Notes are few (a network
 * writes some dozens a year) and every listing page and results page asks (for the banner of
 * recent notes and the list of all notes about a listing), so this costs a page no query; which of
 * them a reader may see is decided per reader by the notes' own read access (`visibleTo`).
 */
export const PUBLISHED_NOTES_TTL_MS = 15_000

export type PublishedNote = {
  id: number
  title: string
  slug: string
  summary: string
  effectiveDate: string
  visibility: 'public' | 'internal'
  /** `collection:id` of each listing the note affects. */
  affects: Set<string>
}

type Row = {
  id: number
  title: string
  summary?: string | null
  slug?: string | null
  effectiveDate?: string | null
  visibility?: 'public' | 'internal' | null
  affects?: Array<{ relationTo: string; value: unknown }> | null
}

async function load(payload: Payload): Promise<PublishedNote[]> {
  // access: published notes only; each reader sees only those the notes' read access allows
  // (visibleTo below), and only on listings already on their screen.
  const { docs } = await payload.find({
    collection: 'legislation-notes',
    where: { _status: { equals: 'published' } },
    select: {
      title: true,
      summary: true,
      slug: true,
      effectiveDate: true,
      visibility: true,
      affects: true,
    },
    sort: '-effectiveDate',
    depth: 0,
    limit: 5000,
    pagination: false,
    overrideAccess: true,
  })
  return (docs as Row[]).map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary ?? '',
    slug: row.slug ?? '',
    effectiveDate: row.effectiveDate ?? '',
    visibility: row.visibility === 'internal' ? 'internal' : 'public',
    affects: new Set(
      (row.affects ?? []).flatMap((entry) => {
        const id = relationId(entry.value)
        return id === undefined ? [] : [`${entry.relationTo}:${id}`]
      }),
    ),
  }))
}

const PUBLISHED_NOTES_CACHE = 'published-notes'
const cached = refreshingCache(PUBLISHED_NOTES_CACHE, load, PUBLISHED_NOTES_TTL_MS)

/** The published notes, newest effective date first, from memory (refreshed in the background). */
export const publishedNotes = (payload: Payload): Promise<PublishedNote[]> => cached.get(payload)

/** After a note is saved or deleted on this server: read them again on the next page. */
export const forgetPublishedNotes = () => forgetCached(PUBLISHED_NOTES_CACHE)

/**
 * Which notes a reader may see, by the collection's own read rule (canReadNotes): everything
 * published (consultants, admins, caseworkers) or only public ones (anonymous readers, NGO
 * editors, and a rule this does not recognise: what anyone may read).
 */
export function visibleTo(user: User | null): (note: PublishedNote) => boolean {
  const rule = canReadNotes({ req: { user } as unknown as PayloadRequest } as never)
  const all = rule === true || rule === published
  return (note) => all || note.visibility === 'public'
}
