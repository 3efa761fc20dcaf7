import type { Metadata } from 'next'
import Link from 'next/link'

import { paths, alternates } from '@/domain/urls'
import { contentLang, routeLocale } from '@/i18n'
import { networkTexts } from '@/network/labels'
import { networkPaths } from '@/network/paths'
import { findNetworks } from '@/network/queries'
import { getViewer } from '@/queries/session'

import '@/network/network.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const t = networkTexts(locale)
  return { title: t.networks, alternates: alternates(networkPaths.list('da'), locale) }
}

/** The networks this reader may see, each with its type and a link to its page. */
export default async function NetworksPage({ params }: Props) {
  const locale = await routeLocale(params)
  const t = networkTexts(locale)
  const lang = contentLang(locale)
  const [networks, user] = await Promise.all([findNetworks(), getViewer()])
  return (
    <article>
      <h1>{t.networks}</h1>
      <p className="lead">{t.networksIntro}</p>
      {networks.length === 0 ? <p>{t.noNetworks}</p> : null}
      <ul className="card-list">
        {networks.map((network) => (
          <li key={network.id} className="card">
            <p className="card__meta">
              <span className="badge">{t.formality[network.formality] ?? network.formality}</span>
              <span className="badge">{t.task[network.task] ?? network.task}</span>
              {network.visibility === 'internal' ? (
                <span className="badge badge--internal">{t.visibility.internal}</span>
              ) : null}
            </p>
            <h2 className="card__title">
              <Link href={networkPaths.page(locale, String(network.slug))} lang={lang}>
                {network.name}
              </Link>
            </h2>
            {network.summary ? (
              <p className="card__summary" lang={lang}>
                {network.summary}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {user ? (
        <p>
          <Link href={networkPaths.followUps(locale)}>{t.myFollowUps}</Link>
        </p>
      ) : (
        <p>
          <Link
            href={`${paths.login(locale)}?next=${encodeURIComponent(networkPaths.list(locale))}`}
          >
            {t.loginForMore}
          </Link>
        </p>
      )}
    </article>
  )
}
