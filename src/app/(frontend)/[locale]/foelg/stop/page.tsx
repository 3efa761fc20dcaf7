import type { Metadata } from 'next'

import { routeLocale } from '@/i18n'
import { localizePath } from '@/domain/urls'
import { tokenProblemDa } from '@/mail/signedLinks'
import { followPaths } from '@/legislation/follow/paths'
import { describeTarget, readSubscriptionToken } from '@/legislation/follow/unsubscribe'
import { getPortalPayload } from '@/queries/session'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const metadata: Metadata = { title: 'Stop abonnement', robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Where a digest's »Stop emnet …« link leads: one button that ends that one subscription, without
 * a login (the link is signed for it). Opening the link changes nothing — mail scanners open every
 * link; the button POSTs to /api/follow/stop.
 */
export default async function StopSubscriptionPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const query = await searchParams
  const token = first(query.t)
  const failed = first(query.fejl)
  const check = readSubscriptionToken(token)
  if (!check.ok || failed) {
    const reason = check.ok ? 'malformed' : check.reason
    const shown =
      failed && failed in tokenProblemDa ? (failed as keyof typeof tokenProblemDa) : reason
    return (
      <div className="prose">
        <h1>Stop abonnement</h1>
        <p role="alert">{tokenProblemDa[shown]}</p>
      </div>
    )
  }
  const what = await describeTarget(await getPortalPayload(), check.target)
  const manage = localizePath(followPaths.manage, locale)
  if (first(query.stoppet)) {
    return (
      <div className="prose">
        <h1>Stop abonnement</h1>
        <p role="status" data-stopped>
          Du følger ikke længere {what}. Dine andre abonnementer er uændrede.
        </p>
        <p>
          Du kan følge det igen på <a href={manage}>Følg emner og love</a>, når du er logget ind.
        </p>
      </div>
    )
  }
  return (
    <div className="prose">
      <h1>Stop abonnement</h1>
      <p>
        Du er ved at stoppe dit abonnement på <strong>{what}</strong>. Du får så ikke længere nyt om
        det i den ugentlige e-mail. Dine andre abonnementer er uændrede.
      </p>
      <form method="post" action="/api/follow/stop">
        <input type="hidden" name="t" value={token} />
        <button type="submit" className="button">
          Stop abonnementet
        </button>
      </form>
    </div>
  )
}
