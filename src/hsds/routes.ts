import config from '@payload-config'
import { getPayload } from 'payload'

import { siteOrigin } from '@/utilities/siteOrigin'

import { CORS_HEADERS, hsdsResponse } from './api'

/** GET/HEAD /api/hsds/…: never a 500 for a request; a failure of the database is a 503. */
export async function hsdsGet(request: Request, segments: string[]): Promise<Response> {
  try {
    const payload = await getPayload({ config })
    return await hsdsResponse(payload, request, segments, await siteOrigin())
  } catch (error) {
    console.error('[hsds] answer failed', error)
    return Response.json(
      { error: 'unavailable', message: 'The open data cannot be read right now. Try again.' },
      {
        status: 503,
        headers: { ...CORS_HEADERS, 'Retry-After': '30', 'Cache-Control': 'no-store' },
      },
    )
  }
}

/** The CORS preflight: anybody may read, with no key. */
export function hsdsOptions(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}
