import { finishSsoSignIn } from '@/sso/routes'

export const dynamic = 'force-dynamic'

/** Where the identity provider sends the browser back (the registered redirect URI). */
export async function GET(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  return finishSsoSignIn(request, (await params).provider)
}
