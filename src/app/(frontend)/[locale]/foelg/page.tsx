import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { followAction, unfollowAction } from '@/actions/follow'
import { NewSinceLastVisit } from '@/components/portal/NewSinceLastVisit'
import { laws } from '@/domain/options'
import { localizePath, paths } from '@/domain/urls'
import { routeLocale } from '@/i18n'
import { loadSubscriptions } from '@/legislation/follow/changes'
import { followPaths } from '@/legislation/follow/paths'
import { getReferenceData } from '@/queries/reference'
import { getPortalPayload, getViewer } from '@/queries/session'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const metadata: Metadata = { title: 'Følg emner og love', robots: { index: false } }

const problems: Record<string, string> = {
  login: 'Du er ikke logget ind længere. Log ind, og prøv igen.',
  valg: 'Vælg et emne eller en lov på listen.',
  allerede: 'Det følger du allerede.',
  findes: 'Abonnementet findes ikke (længere).',
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * »Følg emner og love«: a logged-in person's subscriptions (start, stop), »Nyt siden sidst« and the
 * feeds. Plain forms (server actions), so it works without JavaScript.
 */
export default async function FollowPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const query = await searchParams
  const user = await getViewer()
  const here = localizePath(followPaths.manage, locale)
  if (!user) redirect(`${paths.login(locale)}?next=${encodeURIComponent(here)}`)
  const payload = await getPortalPayload()
  const [reference, subscriptions] = await Promise.all([
    getReferenceData(payload),
    loadSubscriptions(payload, user.id),
  ])
  const followedTopics = new Set(
    subscriptions.filter((s) => s.kind === 'topic').map((s) => s.value),
  )
  const followedLaws = new Set(subscriptions.filter((s) => s.kind === 'law').map((s) => s.value))
  const parents = reference.topics.filter((t) => t.parent === null)
  const childrenOf = (id: number) => reference.topics.filter((t) => t.parent === id)
  const problem = first(query.fejl)
  const feedOf = (kind: 'topic' | 'law', value: number | string) => {
    if (kind === 'law') return `${followPaths.feed}?lov=${encodeURIComponent(String(value))}`
    const slug = reference.topicById.get(Number(value))?.slug
    return slug ? `${followPaths.feed}?emne=${encodeURIComponent(slug)}` : followPaths.feed
  }

  return (
    <div className="narrow">
      <h1>Følg emner og love</h1>
      <p className="lead">
        Vælg de emner og love, du arbejder med. Du får en e-mail om mandagen, når der er nyt: nye og
        ændrede lovgivningsnoter og opslag i dine emner, der kan bruges i din kommune. Og her ser
        du, hvad der er nyt siden dit sidste besøg.
      </p>
      {first(query.fulgt) ? (
        <p className="notice" role="status">
          Du følger nu det valgte.
        </p>
      ) : null}
      {first(query.stoppet) ? (
        <p className="notice" role="status">
          Abonnementet er stoppet.
        </p>
      ) : null}
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problems[problem] ?? problems.valg}
        </p>
      ) : null}

      <NewSinceLastVisit user={user} locale={locale} />

      <section aria-labelledby="following-title">
        <h2 id="following-title">Det følger du</h2>
        {subscriptions.length === 0 ? (
          <p data-subscriptions="0">Du følger ingen emner eller love endnu.</p>
        ) : (
          <ul className="card-list" data-subscriptions={subscriptions.length}>
            {subscriptions.map((subscription) => (
              <li key={subscription.id} className="card" data-subscription={subscription.id}>
                <p className="card__meta">{subscription.kind === 'topic' ? 'Emne' : 'Lov'}</p>
                <h3 className="card__title">{subscription.label}</h3>
                <form action={unfollowAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={subscription.id} />
                  <button type="submit" className="button button--secondary">
                    Stop med at følge »{subscription.label}«
                  </button>{' '}
                  <a
                    href={feedOf(subscription.kind, subscription.value)}
                    type="application/atom+xml"
                  >
                    Atom-feed
                  </a>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="follow-topic-title">
        <h2 id="follow-topic-title">Følg et emne</h2>
        <form action={followAction} data-follow="topic">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="kind" value="topic" />
          <div className="field">
            <label htmlFor="follow-topic">Emne</label>
            <select id="follow-topic" name="topic" required defaultValue="">
              <option value="" disabled>
                Vælg et emne
              </option>
              {parents.map((parent) => (
                <optgroup key={parent.id} label={parent.name}>
                  {[parent, ...childrenOf(parent.id)].map((topic) => (
                    <option key={topic.id} value={topic.id} disabled={followedTopics.has(topic.id)}>
                      {topic.id === parent.id ? `${topic.name} (alle)` : topic.name}
                      {followedTopics.has(topic.id) ? ' – følger du' : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Følg emnet
          </button>
        </form>
      </section>

      <section aria-labelledby="follow-law-title">
        <h2 id="follow-law-title">Følg en lov</h2>
        <form action={followAction} data-follow="law">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="kind" value="law" />
          <div className="field">
            <label htmlFor="follow-law">Lov</label>
            <select id="follow-law" name="law" required defaultValue="">
              <option value="" disabled>
                Vælg en lov
              </option>
              {laws.map((law) => (
                <option key={law.value} value={law.value} disabled={followedLaws.has(law.value)}>
                  {law.da}
                  {followedLaws.has(law.value) ? ' – følger du' : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Følg loven
          </button>
        </form>
      </section>

      <section aria-labelledby="feeds-title">
        <h2 id="feeds-title">Feeds</h2>
        <p>
          Alle offentlige lovgivningsnoter som Atom-feed til din feedlæser:{' '}
          <a href={followPaths.feed} type="application/atom+xml">
            {followPaths.feed}
          </a>
          . Afgræns med <code>?emne=</code> (et emnes kortnavn) og <code>?lov=</code>, fx{' '}
          <code>?lov=barnets-lov</code>; begge kan gentages. Feeds indeholder kun det, alle må læse.
        </p>
      </section>
    </div>
  )
}
