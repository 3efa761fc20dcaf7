import { type NextRequest, NextResponse } from 'next/server'

import { clientKey, positiveInt, SlidingWindow } from '@/security/rateLimit'

/**
 * Per-client limit on search requests, in front of the search route (kept in memory per app
 * server; benchmarks raise SEARCH_REQUESTS_PER_MINUTE). Login limits live with the users
 * collection, where a successful login can be told from a failed one.
 */
const search = new SlidingWindow(positiveInt(process.env.SEARCH_REQUESTS_PER_MINUTE, 120), 60_000)

export function proxy(request: NextRequest) {
  const verdict = search.take(clientKey(request.headers))
  if (verdict.allowed) return NextResponse.next()
  return NextResponse.json(
    {
      errors: [
        {
          message: `For mange søgninger fra denne enhed. Prøv igen om ${verdict.retryAfterSeconds} sekunder.`,
        },
      ],
    },
    { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
  )
}

export const config = {
  matcher: ['/api/search', '/api/search/:path*'],
}
