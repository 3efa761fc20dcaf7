import type { Endpoint } from 'payload'

import type { User } from '@/payload-types'

import { parseSearchParams, searchQueryString } from '../query/params'
import { search } from '../query/search'
import { SearchInputError } from '@/geo/origin'
import { recordSearch } from '../stats/record'
import { sessionOf } from '../stats/session'

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
    const user = (req.user as User | null) ?? null
    let result
    try {
      result = await search(req.payload, parsed.params, user)
    } catch (error) {
      if (!(error instanceof SearchInputError)) throw error
      return Response.json(
        {
          errors: error.errors.map((e) => ({ ...e, message: `${e.param}: ${e.message}` })),
        },
        { status: 400, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    // Counted in the daily statistics without the user (a new search, not a further page).
    if (parsed.params.page === 1) {
      void recordSearch(
        req.payload,
        { q: parsed.params.q, query: searchQueryString(parsed.params), total: result.total },
        sessionOf(req.headers, user),
      )
    }
    return Response.json(result, {
      headers: {
        // Answers depend on who asks: never cached by a shared cache.
        'Cache-Control': 'private, no-store',
        Vary: 'Cookie, Authorization',
      },
    })
  },
}
