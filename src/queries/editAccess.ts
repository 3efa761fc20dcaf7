import 'server-only'

import { type CollectionSlug, createLocalReq } from 'payload'
import { cache } from 'react'

import { getPortalPayload, getViewer } from './session'

/**
 * Whether the reader may edit this document in the admin: the collection's own update access for
 * this user and document, asked as the admin asks it for a draft save. Only the update rule is
 * asked (Payload's docAccessOperation would ask every operation, each a query of its own): a
 * boolean answers at once (a caseworker: no query), a query result is checked against the document
 * in one count. Anonymous readers carry no session, so for them nothing is queried.
 */
export const canEditInAdmin = cache(
  async (collection: CollectionSlug, id: number): Promise<boolean> => {
    const user = await getViewer()
    if (!user) return false
    const payload = await getPortalPayload()
    const update = payload.collections[collection]?.config.access.update
    if (!update) return false
    const req = await createLocalReq({ user }, payload)
    const result = await update({ req, id, data: { _status: 'draft' } })
    if (typeof result === 'boolean') return result
    // access: the reader's own update rule, applied to this one document.
    const { totalDocs } = await payload.count({
      collection,
      where: { and: [{ id: { equals: id } }, result] },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0
  },
)
