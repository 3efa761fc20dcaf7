import type { Endpoint } from 'payload'

import { decideReview, type ModeratedCollection, reviewDecisionSchema } from '../decide'

/** POST /api/<collection>/:id/review { action: 'publish' } | { action: 'return', comment } */
export const reviewEndpoint = (collection: ModeratedCollection): Endpoint => ({
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) {
      return Response.json({ errors: [{ message: 'Ugyldigt id.' }] }, { status: 400 })
    }
    const body = await req.json?.().catch(() => undefined)
    const parsed = reviewDecisionSchema.safeParse(body)
    if (!parsed.success) {
      return Response.json(
        {
          errors: parsed.error.issues.map((issue) => ({
            field: issue.path.join('.'),
            message: issue.message,
          })),
        },
        { status: 400 },
      )
    }
    const doc = await decideReview({ req, collection, id, decision: parsed.data })
    return Response.json({ doc: { id: doc.id, _status: (doc as { _status?: string })._status } })
  },
})
