import type { Metadata } from 'next'
import Link from 'next/link'

import { paths } from '@/domain/urls'
import { contentLang, formatDate, routeLocale } from '@/i18n'
import { followUpsOf } from '@/network/followUps'
import { networkTexts } from '@/network/labels'
import { networkPaths } from '@/network/paths'
import { getPortalPayload, getViewer } from '@/queries/session'

import '@/network/network.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: networkTexts(locale).myFollowUps, robots: { index: false } }
}

/** »Mine opfølgninger«: the follow-ups from network minutes that name the logged-in person. */
export default async function MyFollowUpsPage({ params }: Props) {
  const locale = await routeLocale(params)
  const t = networkTexts(locale)
  const lang = contentLang(locale)
  const user = await getViewer()
  if (!user) {
    return (
      <article className="narrow">
        <h1>{t.myFollowUps}</h1>
        <p>
          <Link
            href={`${paths.login(locale)}?next=${encodeURIComponent(networkPaths.followUps(locale))}`}
          >
            {t.loginFollowUps}
          </Link>
        </p>
      </article>
    )
  }
  const list = await followUpsOf(await getPortalPayload(), user)
  return (
    <article>
      <h1>{t.myFollowUps}</h1>
      <p className="lead">{t.myFollowUpsIntro}</p>
      {list.length === 0 ? (
        <p>{t.noFollowUps}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t.myFollowUps}>
          <table className="agenda-table">
            <caption className="visually-hidden">{t.myFollowUps}</caption>
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.by}</th>
                <th scope="col">{t.meeting}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((item, i) => (
                <tr key={i}>
                  <td lang={lang}>{item.what}</td>
                  <td>
                    {formatDate(item.due, locale)}
                    {item.overdue ? (
                      <>
                        {' '}
                        <strong className="badge badge--stale">{t.overdue}</strong>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <Link
                      href={networkPaths.meeting(locale, item.network.slug, item.meeting.id)}
                      lang={lang}
                    >
                      {item.meeting.title}
                    </Link>{' '}
                    <span className="hint" lang={lang}>
                      ({item.network.name}, {formatDate(item.meeting.startsAt, locale)})
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  )
}
