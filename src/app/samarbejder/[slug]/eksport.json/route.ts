import { parseSlug } from '@/domain/routeParams'
import { exportCooperation } from '@/cooperations/exportOne'
import { getPortalPayload, getViewer } from '@/queries/session'

export const dynamic = 'force-dynamic'

/**
 * GET /samarbejder/<slug>/eksport.json: one cooperation as a videnportal/v1 file (the exchange
 * format `npm run import` reads), with what the reader may read of it. Outside the [locale] tree,
 * like the network's .ics feed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const [payload, user] = await Promise.all([getPortalPayload(), getViewer()])
  const bundle = slug ? await exportCooperation(payload, user, slug) : null
  if (!bundle)
    return Response.json(
      { errors: [{ message: 'Samarbejdet findes ikke, eller du har ikke adgang til det.' }] },
      { status: 404 },
    )
  return new Response(`${JSON.stringify(bundle, null, 2)}\n`, {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="samarbejde-${slug}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
