import { type NextRequest, NextResponse } from 'next/server'

import { adminInDefaultLanguage, isAdminPath } from '@/i18n/adminLanguage'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { clientKey, positiveInt, SlidingWindow } from '@/security/rateLimit'

/**
 * Per-client limit on search requests, in front of the search route (kept in memory per app
 * server; benchmarks raise SEARCH_REQUESTS_PER_MINUTE). Login limits live with the users
 * collection, where a successful login can be told from a failed one.
 */
const search = new SlidingWindow(positiveInt(process.env.SEARCH_REQUESTS_PER_MINUTE, 120), 60_000)

function limitSearch(request: NextRequest) {
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

/**
 * The portal has one route tree, `src/app/(frontend)/[locale]/…`. Danish is served at the root
 * (`/soeg` is rewritten to `/da/soeg`), other languages under their prefix (`/en/soeg` as it is).
 * `/da/…` answers with a permanent redirect to the root form, so every page has one address.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isAdminPath(pathname)) return adminInDefaultLanguage(request)
  if (pathname === '/api/search' || pathname.startsWith('/api/search/')) {
    return limitSearch(request)
  }
  const first = pathname.split('/')[1] ?? ''
  if (first === defaultLocale) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(defaultLocale.length + 1) || '/'
    return NextResponse.redirect(url, 308)
  }
  if (isLocale(first)) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${defaultLocale}${pathname === '/' ? '' : pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: [
    '/api/search',
    '/api/search/:path*',
    // Every portal page: not the admin, the API, Next's own files or files in public/ (a dot).
    '/((?!admin|api|_next|.*\\.).*)',
    // The admin, in Danish unless the user chose otherwise (src/i18n/adminLanguage.ts).
    '/admin',
    '/admin/:path*',
  ],
}
