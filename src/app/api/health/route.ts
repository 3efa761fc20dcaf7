import { checkHealth } from '@/utilities/health'

export const dynamic = 'force-dynamic'

/** For load balancers and monitoring: 200 while the database answers, 503 when it does not. */
export async function GET() {
  const report = await checkHealth()
  return Response.json(report, {
    status: report.database === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
