import config from '@payload-config'
import { getPayload } from 'payload'

import { collectSharedState } from '@/ops/metrics/collect'
import { PROMETHEUS_CONTENT_TYPE, processRegistry } from '@/ops/metrics/registry'
import { metricsAuthorized, unauthorizedBody } from '@/ops/metrics/token'

export const dynamic = 'force-dynamic'

/**
 * The app server's metrics in Prometheus text format, for the bearer of METRICS_TOKEN (401 for
 * everybody else): what this process counted (searches, logins, mails) and the shared state read
 * now (job queue, index lag, outbox). The front server (src/launcher/frontServer.ts) answers
 * /api/metrics itself and adds its request metrics to these.
 */
export async function GET(request: Request) {
  const token = process.env.METRICS_TOKEN || undefined
  if (!metricsAuthorized(request.headers.get('authorization'), token)) {
    return new Response(unauthorizedBody(Boolean(token)), {
      status: 401,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'WWW-Authenticate': 'Bearer realm="videnportal-metrics"',
        'Cache-Control': 'no-store',
      },
    })
  }
  const payload = await getPayload({ config })
  await collectSharedState(payload)
  return new Response(processRegistry().render(), {
    headers: { 'Content-Type': PROMETHEUS_CONTENT_TYPE, 'Cache-Control': 'no-store' },
  })
}
