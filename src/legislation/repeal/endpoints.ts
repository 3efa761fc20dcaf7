import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { confirmMove, moveListings } from './move'
import { MAX_ID, moveRequestSchema } from './schema'

const routeId = (req: PayloadRequest): number | undefined => {
  const value = Number(req.routeParams?.id)
  return Number.isInteger(value) && value > 0 && value <= MAX_ID ? value : undefined
}

const userOf = (req: PayloadRequest) =>
  req.user && req.user.collection === 'users' ? (req.user as unknown as User) : null

const errors = (status: number, messages: { field?: string; message: string }[]) =>
  Response.json({ errors: messages }, { status })

async function answer(work: () => Promise<unknown>) {
  try {
    return Response.json(await work())
  } catch (error) {
    if (error instanceof APIError && error.status < 500) {
      return errors(error.status, [{ message: error.message }])
    }
    throw error
  }
}

/**
 * POST /api/legal-bases/:id/move-listings `{ to?, listings? }`: a consultant moves the published
 * listings citing the repealed provision :id to its successor (see moveListings for how
 * moderation decides between moving and proposing). Answers what became of each listing.
 */
export const moveListingsEndpoint: Endpoint = {
  path: '/:id/move-listings',
  method: 'post',
  handler: async (req) => {
    const from = routeId(req)
    if (from === undefined) return errors(400, [{ message: 'Ugyldigt id.' }])
    if (!req.user) return errors(401, [{ message: 'Log ind for at flytte opslag.' }])
    const body = await req.json?.().catch(() => undefined)
    const parsed = moveRequestSchema.safeParse(body ?? {})
    if (!parsed.success) {
      return errors(
        400,
        parsed.error.issues.map((issue) => ({
          field: issue.path.join('.'),
          message: issue.message,
        })),
      )
    }
    return answer(() =>
      moveListings(req.payload, {
        from,
        to: parsed.data.to,
        listings: parsed.data.listings as never,
        user: userOf(req),
      }),
    )
  },
}

/** POST /api/legal-basis-moves/:id/confirm: the owner (or another consultant) confirms a move. */
export const confirmMoveEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    const id = routeId(req)
    if (id === undefined) return errors(400, [{ message: 'Ugyldigt id.' }])
    return answer(() => confirmMove(req.payload, { id, user: userOf(req) }))
  },
}
