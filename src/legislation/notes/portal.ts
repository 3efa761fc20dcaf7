import 'server-only'

import { cache } from 'react'
import { z } from 'zod'

import { collectionOfKind, type ListingKind } from '@/domain/options'
import { canEditInAdmin } from '@/queries/editAccess'
import { getPortalPayload, getViewer } from '@/queries/session'

import { findLegislationNotices, refKey, type LegislationNotice, type ListingRef } from './notices'

/** The notices of one listing page, and whether the reader may confirm them (owner, consultant). */
export const findListingNotices = cache(
  async (
    kind: ListingKind,
    id: number,
  ): Promise<{ notices: LegislationNotice[]; canConfirm: boolean }> => {
    const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
    const ref = { collection: collectionOfKind[kind], id }
    const notices = (await findLegislationNotices(payload, user, [ref])).get(refKey(ref)) ?? []
    // Anonymous readers and pages without a notice cost no access check.
    const canConfirm = notices.length > 0 && (await canEditInAdmin(ref.collection, id))
    return { notices, canConfirm }
  },
)

/** The notices of the listings on a results page or in a list, keyed `collection:id`. */
export async function findNoticesForCards(
  items: Array<{ kind: string; id: number }>,
): Promise<Map<string, LegislationNotice[]>> {
  const refs: ListingRef[] = items.flatMap((item) =>
    item.kind in collectionOfKind
      ? [{ collection: collectionOfKind[item.kind as ListingKind], id: item.id }]
      : [],
  )
  if (refs.length === 0) return new Map()
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  return findLegislationNotices(payload, user, refs)
}

export const noticeKeyOf = (item: { kind: ListingKind; id: number }) =>
  `${collectionOfKind[item.kind]}:${item.id}`

const confirmedParam = z.coerce.number().int().positive().max(2_147_483_647)

/** `?bekraeftet=<note id>`, which the confirm action returns with (thanks); anything else: null. */
export function confirmedNoteParam(
  searchParams: Record<string, string | string[] | undefined> | undefined,
): number | null {
  const raw = searchParams?.bekraeftet
  const parsed = confirmedParam.safeParse(Array.isArray(raw) ? raw[0] : raw)
  return parsed.success ? parsed.data : null
}
