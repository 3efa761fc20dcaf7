import { type NextRequest, NextResponse } from 'next/server'

import { adminInDefaultLanguage, isAdminPath } from '@/i18n/adminLanguage'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { contentSecurityPolicy, newNonce } from '@/security/headers'
import { clientKey, positiveInt, SlidingWindow } from '@/security/rateLimit'
import { sessionAccount } from '@/security/sessionUser'

/**
 * Limit on search requests, in front of the search route (kept in memory per app server;
 * benchmarks raise SEARCH_REQUESTS_PER_MINUTE). A logged-in user counts as their account, so fifty
 * caseworkers behind one municipal address do not share one budget; anybody else counts as the
 * client address the front server decided on. Login limits live with the users collection, where a
 * successful login can be told from a failed one.
 */
const search = new SlidingWindow(positiveInt(process.env.SEARCH_REQUESTS_PER_MINUTE, 120), 60_000)

function limitSearch(request: NextRequest) {
  const account = sessionAccount(request.headers)
  const verdict = search.take(
    account ? `account:${account}` : `client:${clientKey(request.headers)}`,
  )
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

/**
 * A nonce for this response, in the request (Next puts it on its own scripts, pages can read
 * `x-nonce`) and in the response's Content-Security-Policy.
 */
function withNonce(
  request: NextRequest,
  respond: (init: { request: { headers: Headers } }) => NextResponse,
  adjust: (headers: Headers) => void = () => {},
) {
  const nonce = newNonce()
  const csp = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  adjust(headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', csp)
  const response = respond({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

/**
 * The portal has one route tree, `src/app/(frontend)/[locale]/…`. Danish is served at the root
 * (`/soeg` is rewritten to `/da/soeg`), other languages under their prefix (`/en/soeg` as it is).
 * `/da/…` answers with a permanent redirect to the root form, so every page has one address. The
 * admin passes with its nonce, in Danish unless the user chose otherwise.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/api/search' || pathname.startsWith('/api/search/')) {
    return limitSearch(request)
  }
  if (isAdminPath(pathname)) {
    return withNonce(request, (init) => NextResponse.next(init), adminInDefaultLanguage)
  }
  const first = pathname.split('/')[1] ?? ''
  if (first === defaultLocale) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(defaultLocale.length + 1) || '/'
    return NextResponse.redirect(url, 308)
  }
  if (isLocale(first)) return withNonce(request, (init) => NextResponse.next(init))
  const url = request.nextUrl.clone()
  url.pathname = `/${defaultLocale}${pathname === '/' ? '' : pathname}`
  return withNonce(request, (init) => NextResponse.rewrite(url, init))
}

export const config = {
  matcher: [
    '/api/search',
    '/api/search/:path*',
    // Every page, the admin's too: not the API, Next's own files or files in public/ (a dot).
    '/((?!api|_next|.*\\.).*)',
  ],
}
