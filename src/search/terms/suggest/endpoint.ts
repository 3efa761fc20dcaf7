import type { Endpoint } from 'payload'
import { z } from 'zod'

import type { User } from '@/payload-types'
import { clientKey, positiveInt, SlidingWindow } from '@/security/rateLimit'

import { suggest } from './suggest'

/**
 * Its own limit, apart from the search limit (SEARCH_REQUESTS_PER_MINUTE in src/proxy.ts): a
 * keystroke is not a search, so typing does not use up a municipal office's searches. Per account
 * when logged in, else per client address.
 */
const limit = new SlidingWindow(positiveInt(process.env.SUGGEST_REQUESTS_PER_MINUTE, 600), 60_000)

const querySchema = z
  .object({ q: z.string().max(100, 'q must be at most 100 characters') })
  .strict()

const noStore = { 'Cache-Control': 'private, no-store', Vary: 'Cookie, Authorization' }

/**
 * `GET /api/search-suggestions?q=…`: up to 8 suggestions `{ text, kind }` (kind `topic`, `term`
 * or `title`) for what has been typed. Titles follow the reader's access, as searches do.
 */
export const suggestionsEndpoint: Endpoint = {
  path: '/search-suggestions',
  method: 'get',
  handler: async (req) => {
    const user = (req.user as User | null) ?? null
    const verdict = limit.take(user ? `account:${user.id}` : `client:${clientKey(req.headers)}`)
    if (!verdict.allowed) {
      return Response.json(
        {
          errors: [
            {
              message: `For mange forslag fra denne enhed. Prøv igen om ${verdict.retryAfterSeconds} sekunder.`,
            },
          ],
        },
        { status: 429, headers: { ...noStore, 'Retry-After': String(verdict.retryAfterSeconds) } },
      )
    }
    const search = req.searchParams ?? new URL(req.url ?? '/', 'http://localhost').searchParams
    const raw: Record<string, string | string[]> = {}
    for (const key of new Set(search.keys())) {
      const values = search.getAll(key)
      raw[key] = values.length === 1 ? values[0]! : values
    }
    const parsed = querySchema.safeParse(raw)
    if (!parsed.success) {
      return Response.json(
        {
          errors: parsed.error.issues.map((issue) => ({
            param: issue.path.join('.') || String((issue as { keys?: string[] }).keys?.[0] ?? ''),
            message:
              issue.code === 'unrecognized_keys'
                ? `unknown parameter: ${(issue as { keys?: string[] }).keys?.join(', ')}`
                : `${issue.path.join('.')}: ${issue.message}`,
          })),
        },
        { status: 400, headers: noStore },
      )
    }
    const suggestions = await suggest(req.payload, parsed.data.q, user)
    return Response.json({ suggestions }, { headers: noStore })
  },
}
