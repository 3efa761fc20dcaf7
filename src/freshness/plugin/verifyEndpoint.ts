import { APIError, type Endpoint } from 'payload'

import type { ListingCollection } from '@/domain/options'
import type { User } from '@/payload-types'

import { verifyListing } from '../verify'

/**
 * POST /api/<collection>/:id/verify: "Opslaget er stadig korrekt" from the admin (the sidebar
 * button) or any API client with the owner's or a consultant's session. Never on GET.
 */
export const verifyEndpoint = (collection: ListingCollection): Endpoint => ({
  path: '/:id/verify',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) {
      return Response.json({ errors: [{ message: 'Ugyldigt id.' }] }, { status: 400 })
    }
    const user = req.user && req.user.collection === 'users' ? (req.user as unknown as User) : null
    try {
      const result = await verifyListing(req.payload, { collection, id, user })
      return Response.json({ verification: result })
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      throw error
    }
  },
})
