import { startSsoSignIn } from '@/sso/routes'

export const dynamic = 'force-dynamic'

/** »Log ind med <kommune>«: sends the browser to the municipality's identity provider. */
export async function GET(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  return startSsoSignIn(request, (await params).provider)
}
