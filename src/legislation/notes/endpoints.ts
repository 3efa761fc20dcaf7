import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import type { ListingCollection } from '@/domain/options'
import { mayVerify } from '@/freshness/verify'
import type { User } from '@/payload-types'

import { confirmListingAgainstNote } from './confirm'
import { findLegislationNotices } from './notices'

const MAX_ID = 2_147_483_647
const idSchema = z.coerce.number().int().positive().max(MAX_ID)
const confirmBody = z.object({ note: idSchema }).strict()

const userOf = (req: PayloadRequest) =>
  req.user && req.user.collection === 'users' ? (req.user as unknown as User) : null

const errors = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const listingId = (req: PayloadRequest) => {
  const parsed = idSchema.safeParse(req.routeParams?.id)
  return parsed.success ? parsed.data : null
}

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return typeof req.json === 'function' ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * POST /api/<collection>/:id/confirm-note with `{ "note": <id> }`: the owner or a consultant
 * confirms the listing against a legislation note (src/legislation/notes/confirm.ts). Never GET.
 */
export const confirmNoteEndpoint = (collection: ListingCollection): Endpoint => ({
  path: '/:id/confirm-note',
  method: 'post',
  handler: async (req) => {
    const id = listingId(req)
    if (id === null) return errors(400, 'Ugyldigt id.')
    const body = confirmBody.safeParse(await readJson(req))
    if (!body.success) {
      return errors(400, 'Angiv noten som { "note": <id> } (et helt tal fra 1 til 2147483647).')
    }
    try {
      const result = await confirmListingAgainstNote(req.payload, {
        collection,
        id,
        noteId: body.data.note,
        user: userOf(req),
      })
      return Response.json({ confirmed: true, tasksCompleted: result.confirmed })
    } catch (error) {
      if (error instanceof APIError && error.status < 500)
        return errors(error.status, error.message)
      throw error
    }
  },
})

/**
 * GET /api/<collection>/:id/legislation-notices: the notes standing at the top of the listing for
 * this reader (the admin's sidebar shows them with the confirm button), and whether the reader
 * may confirm. Only for readers who may edit the listing (owners and consultants).
 */
export const legislationNoticesEndpoint = (collection: ListingCollection): Endpoint => ({
  path: '/:id/legislation-notices',
  method: 'get',
  handler: async (req) => {
    const id = listingId(req)
    if (id === null) return errors(400, 'Ugyldigt id.')
    const user = userOf(req)
    if (!user) return errors(401, 'Log ind for at se opslagets lovgivningsnoter.')
    if (!(await mayVerify(req.payload, collection, id, user))) {
      return errors(403, 'Kun udbyderens redaktører og konsulenterne kan se dette.')
    }
    const notices = await findLegislationNotices(req.payload, user, [{ collection, id }])
    return Response.json({ notices: notices.get(`${collection}:${id}`) ?? [] })
  },
})
