import 'server-only'

import { type CollectionSlug, createLocalReq, docAccessOperation } from 'payload'
import { cache } from 'react'

import { getPortalPayload, getViewer } from './session'

/**
 * Whether the reader may edit this document in the admin: the collection's own update access for
 * this user and document, asked as the admin asks it for a draft save (Payload's
 * docAccessOperation; a query result is checked against the document). Anonymous readers carry no
 * session, so for them nothing is queried.
 */
export const canEditInAdmin = cache(
  async (collection: CollectionSlug, id: number): Promise<boolean> => {
    const user = await getViewer()
    if (!user) return false
    const payload = await getPortalPayload()
    const req = await createLocalReq({ user }, payload)
    const permissions = await docAccessOperation({
      id,
      collection: payload.collections[collection],
      data: { _status: 'draft' },
      req,
    })
    return Boolean(permissions.update)
  },
)
