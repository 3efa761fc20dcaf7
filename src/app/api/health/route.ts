import { OUTAGE_RETRY_AFTER_SECONDS } from '@/security/restBoundary'
import { checkHealth } from '@/utilities/health'

export const dynamic = 'force-dynamic'

/** For load balancers and monitoring: 200 while the database answers, 503 when it does not. */
export async function GET() {
  const report = await checkHealth()
  const healthy = report.database === 'ok'
  return Response.json(report, {
    status: healthy ? 200 : 503,
    headers: {
      'Cache-Control': 'no-store',
      ...(healthy ? {} : { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) }),
    },
  })
}
