import { ValidationError, type Payload } from 'payload'

import { FOLLOW_VISITS_SLUG } from './collections/followVisits'

/** A pause longer than this ends a visit: the next page view starts a new one. */
export const VISIT_GAP_MS = 30 * 60_000
/** Within a visit, »last seen« is written at most this often. */
const SEEN_WRITE_MS = 60_000
/** A first visit shows what is new in the last two weeks. */
export const FIRST_VISIT_LOOKBACK_MS = 14 * 86_400_000

export type Visit = {
  /** »Nyt siden sidst« shows what was published after this instant. */
  since: Date
  /** True when there was no earlier visit (since = two weeks back). */
  first: boolean
}

type Row = { id: number; user: unknown; seenAt?: string | null; sinceAt?: string | null }

/**
 * Records that a person is here now and says since when »Nyt siden sidst« counts: the end of
 * their previous visit (a visit ends after 30 minutes without a page view), so reloading the page
 * during a visit shows the same news, and the next visit starts from here. One small row per
 * person (`follow-visits`), written at most once a minute.
 */
export async function recordVisit(payload: Payload, userId: number, now: Date): Promise<Visit> {
  // access: the system's own memory of the person's visits, never shown to others.
  const { docs } = await payload.find({
    collection: FOLLOW_VISITS_SLUG as 'follow-visits',
    where: { user: { equals: userId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const row = docs[0] as unknown as Row | undefined
  const firstSince = new Date(now.getTime() - FIRST_VISIT_LOOKBACK_MS)
  if (!row) {
    try {
      // access: as above.
      await payload.create({
        collection: FOLLOW_VISITS_SLUG as 'follow-visits',
        data: { user: userId, seenAt: now.toISOString() } as never,
        depth: 0,
        overrideAccess: true,
      })
    } catch (error) {
      // Two page views at once: the other one wrote the row.
      if (!(error instanceof ValidationError)) throw error
    }
    return { since: firstSince, first: true }
  }
  const seenAt = row.seenAt ? new Date(row.seenAt) : null
  let since = row.sinceAt ? new Date(row.sinceAt) : null
  const newVisit = !seenAt || now.getTime() - seenAt.getTime() > VISIT_GAP_MS
  if (newVisit && seenAt) since = seenAt
  if (newVisit || !seenAt || now.getTime() - seenAt.getTime() > SEEN_WRITE_MS) {
    // access: as above.
    await payload.update({
      collection: FOLLOW_VISITS_SLUG as 'follow-visits',
      id: row.id,
      data: {
        seenAt: now.toISOString(),
        ...(since ? { sinceAt: since.toISOString() } : {}),
      } as never,
      depth: 0,
      overrideAccess: true,
    })
  }
  return since ? { since, first: false } : { since: firstSince, first: true }
}
