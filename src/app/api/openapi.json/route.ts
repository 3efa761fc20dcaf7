import { openApiDocument } from '@/openapi/document'
import { siteOrigin } from '@/utilities/siteOrigin'

export const dynamic = 'force-dynamic'

/** The OpenAPI 3.1 description of the portal's API (src/openapi). */
export async function GET() {
  return Response.json(openApiDocument(await siteOrigin()), {
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
