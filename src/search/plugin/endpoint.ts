import type { Endpoint } from 'payload'

import type { User } from '@/payload-types'

import { parseSearchParams } from '../query/params'
import { search } from '../query/search'

/**
 * `GET /api/search`: the portal's search over HTTP. Parameters are checked with zod (400 with
 * the problems, never 500); what the user may see follows from the session (cookie, JWT or API
 * key) that Payload has already read into `req.user`.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const query = req.searchParams ?? new URL(req.url ?? '/', 'http://localhost').searchParams
    const parsed = parseSearchParams(query)
    if (!parsed.ok) {
      return Response.json(
        {
          errors: parsed.errors.map((error) => ({
            ...error,
            message: `${error.param}: ${error.message}`,
          })),
        },
        { status: 400, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    const result = await search(req.payload, parsed.params, (req.user as User | null) ?? null)
    return Response.json(result, {
      headers: {
        // Answers depend on who asks: never cached by a shared cache.
        'Cache-Control': 'private, no-store',
        Vary: 'Cookie, Authorization',
      },
    })
  },
}
