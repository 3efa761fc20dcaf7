import config from '@payload-config'
import { getPayload } from 'payload'

import { loadPlanFeed } from '@/network/calendar/feed'

export const dynamic = 'force-dynamic'

/**
 * GET /netvaerk/<slug>/aarsplan.ics: the network's annual plan as iCalendar for calendar clients
 * (which send no cookie): public plans for anyone, others with a person's signed, revocable `?t=`
 * (src/network/calendar). Outside the [locale] tree, like /lovgivning/feed.xml.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const token = new URL(request.url).searchParams.get('t')
  const payload = await getPayload({ config })
  const answer = await loadPlanFeed(payload, decodeURIComponent(slug), token)
  return new Response(answer.body, {
    status: answer.status,
    headers: {
      'Content-Type': answer.contentType,
      'Cache-Control': answer.cache,
      ...(answer.status === 200
        ? { 'Content-Disposition': `inline; filename="aarsplan-${slug}.ics"` }
        : {}),
    },
  })
}
