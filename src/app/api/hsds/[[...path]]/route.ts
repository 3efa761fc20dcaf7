import { hsdsGet, hsdsOptions } from '@/hsds/routes'

export const dynamic = 'force-dynamic'

/** Open Referral HSDS 3.0: the portal's public listings as open data (src/hsds). */
export async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  return hsdsGet(request, (await params).path ?? [])
}

export async function HEAD(request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  return hsdsGet(request, (await params).path ?? [])
}

export function OPTIONS() {
  return hsdsOptions()
}
