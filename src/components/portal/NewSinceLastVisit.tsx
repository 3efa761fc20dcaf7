import Link from 'next/link'

import { formatDanishDate } from '@/domain/danishDate'
import { localizePath } from '@/domain/urls'
import type { Locale } from '@/i18n/locales'
import {
  changeLabel,
  followedChanges,
  loadSubscriptions,
  type FollowedChange,
} from '@/legislation/follow/changes'
import { followPaths } from '@/legislation/follow/paths'
import { recordVisit } from '@/legislation/follow/visits'
import type { User } from '@/payload-types'
import { getPortalPayload } from '@/queries/session'

/**
 * »Nyt siden sidst« for a logged-in person: what was published or changed in the topics and laws
 * they follow since their previous visit (src/legislation/follow/visits.ts), read with their own
 * access. Showing it records this visit. Nothing followed: a pointer to /foelg.
 */
export async function NewSinceLastVisit({
  user,
  locale,
  limit = 20,
  compact = false,
}: {
  user: User
  locale: Locale
  limit?: number
  compact?: boolean
}) {
  const payload = await getPortalPayload()
  const now = new Date()
  const [subscriptions, visit] = await Promise.all([
    loadSubscriptions(payload, user.id),
    recordVisit(payload, user.id, now),
  ])
  const manage = localizePath(followPaths.manage, locale)
  if (subscriptions.length === 0) {
    return compact ? (
      <section className="notice" aria-labelledby="new-since-title" data-new-since="none">
        <h2 id="new-since-title">Nyt siden sidst</h2>
        <p>
          Følg de emner og love, du arbejder med, så ser du her, hvad der er nyt, når du kommer
          tilbage – og får en ugentlig e-mail. <Link href={manage}>Vælg emner og love</Link>
        </p>
      </section>
    ) : null
  }
  const changes = await followedChanges(payload, {
    user,
    subscriptions,
    period: { from: visit.since, to: now },
    limit,
  })
  const all: FollowedChange[] = [...changes.notes, ...changes.listings]
  const since = formatDanishDate(visit.since, { withTime: !visit.first })
  return (
    <section aria-labelledby="new-since-title" data-new-since={all.length}>
      <h2 id="new-since-title">Nyt siden sidst</h2>
      <p className="card__meta">
        {visit.first ? `De seneste 14 dage (siden ${since})` : `Siden dit sidste besøg ${since}`} i{' '}
        {subscriptions.map((s) => s.label).join(', ')}.
      </p>
      {all.length === 0 ? (
        <p>Intet nyt i det, du følger.</p>
      ) : (
        <ul className="card-list">
          {all.map((change) => (
            <li key={`${change.collection}:${change.id}`} className="card" data-new-item>
              <p className="card__meta">
                {changeLabel(change)} · {formatDanishDate(change.updatedAt)}
                {change.effectiveDate
                  ? ` · gælder fra ${formatDanishDate(change.effectiveDate)}`
                  : ''}
              </p>
              <h3 className="card__title" lang="da">
                <Link href={localizePath(change.path, locale)}>{change.title}</Link>
              </h3>
            </li>
          ))}
        </ul>
      )}
      {compact ? (
        <p>
          <Link href={manage}>Se og ret, hvad du følger</Link>
        </p>
      ) : null}
    </section>
  )
}
