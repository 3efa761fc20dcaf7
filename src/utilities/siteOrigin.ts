import 'server-only'

import { headers } from 'next/headers'

/**
 * The public origin of the portal, for absolute URLs in metadata (hreflang, canonical): SERVER_URL
 * when it is set, otherwise the host this request was sent to.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.SERVER_URL
  if (configured) {
    try {
      return new URL(configured).origin
    } catch {
      // src/env.ts refuses a malformed SERVER_URL at start; fall back to the request.
    }
  }
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost'
  const first = host.split(',')[0]!.trim()
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim()
  // Only a plain host name or address with a port: anything else is not echoed into the page.
  const safeHost = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i.test(first)
    ? first
    : 'localhost'
  return `${proto === 'https' ? 'https' : 'http'}://${safeHost}`
}
