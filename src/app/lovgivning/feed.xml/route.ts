import config from '@payload-config'
import { getPayload } from 'payload'

import { readServerEnv } from '@/env'
import { renderAtom } from '@/legislation/follow/atom'
import { loadFeed } from '@/legislation/follow/feed'

export const dynamic = 'force-dynamic'

/**
 * GET /lovgivning/feed.xml: an Atom 1.0 feed of new and changed legislation notes, narrowed with
 * ?emne=<topic slug> and ?lov=<law> (each repeatable). Anonymous by design: it carries only what
 * anybody may read, whoever asks, so it can be shared and cached. Outside the [locale] tree (the
 * proxy passes paths with a dot untouched).
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const base = readServerEnv().SERVER_URL?.replace(/\/+$/, '') || url.origin
  const payload = await getPayload({ config })
  const result = await loadFeed(payload, url.searchParams, base)
  if (!result.ok) {
    return new Response(`${result.message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return new Response(renderAtom(result.feed), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
