import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { parseSlug } from '@/domain/routeParams'
import { alternates } from '@/domain/urls'
import { contentLang, getDictionary, routeLocale } from '@/i18n'
import { absoluteUrl } from '@/mail/signedLinks'
import { canReadNetwork, isNetworkEditor, isNetworkMember } from '@/network/access'
import { calendarLinkAction } from '@/network/actions'
import { activeCalendarLink, calendarToken } from '@/network/calendar/links'
import { AnnualPlan } from '@/network/components/AnnualPlan'
import { Kommissorium } from '@/network/components/Kommissorium'
import { copenhagenYear, formatDateTime, parseYear } from '@/network/format'
import { networkTexts } from '@/network/labels'
import { networkPaths } from '@/network/paths'
import { NetworkMaterial } from '@/network/quality/NetworkMaterial'
import {
  findActivities,
  findMeetings,
  findNetwork,
  municipalityNames,
  namedUserIds,
  peopleByUserId,
  type Person,
} from '@/network/queries'
import { getPortalPayload, getViewer } from '@/queries/session'
import { NetworkCooperations } from '@/cooperations/components/NetworkCooperations'
import { relationId, relationIds } from '@/utilities/relationId'

import '@/network/network.css'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? findNetwork(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const network = await load(params)
  if (!network) return { title: (await getDictionary(locale)).errors.notFoundTitle }
  return {
    title: network.name,
    description: network.summary ?? undefined,
    alternates: alternates(networkPaths.page('da', String(network.slug)), locale),
  }
}

const personText = (person: Person) => `${person.name}${person.title ? `, ${person.title}` : ''}`

export default async function NetworkPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const network = await load(params)
  if (!network) notFound()
  const t = networkTexts(locale)
  const lang = contentLang(locale)
  const query = await searchParams
  const user = await getViewer()
  const [activities, meetings] = await Promise.all([
    findActivities(network.id),
    findMeetings(network.id),
  ])
  const [people, municipalities] = await Promise.all([
    peopleByUserId(namedUserIds(network, activities)),
    municipalityNames([
      ...relationIds(network.memberMunicipalities),
      ...activities.map((a) => relationId(a.hostMunicipality)).filter((id): id is number => !!id),
    ]),
  ])
  const slug = String(network.slug)
  const thisYear = copenhagenYear(new Date())
  const years = [
    ...new Set([thisYear, ...activities.map((a) => copenhagenYear(a.startsAt))]),
  ].sort()
  const year = parseYear(query.aar) ?? thisYear
  const editor = isNetworkEditor(user, network)
  const member = user ? canReadNetwork(user, network) : false

  let personalFeed: string | null = null
  if (user && network.visibility !== 'public' && member) {
    const link = await activeCalendarLink(await getPortalPayload(), user.id, network.id)
    if (link) personalFeed = absoluteUrl(networkPaths.ics(slug, calendarToken(link)))
  }
  const people_ = (list: typeof network.secretariat) =>
    (list ?? [])
      .map((p) => {
        const id = relationId(p.user)
        const named = id !== undefined ? people.get(id) : undefined
        return named ?? (p.name ? { name: p.name, title: p.title } : undefined)
      })
      .filter((p): p is Person => Boolean(p))
  const leader = people.get(relationId(network.leader) ?? -1)
  const steering = people_(network.steeringGroup)
  const secretariat = people_(network.secretariat)
  const members = relationIds(network.memberMunicipalities)
    .map((id) => municipalities.get(id))
    .filter(Boolean)

  return (
    <article className="network">
      <header>
        <p className="card__meta">
          <span className="badge">{t.formality[network.formality] ?? network.formality}</span>
          <span className="badge">{t.task[network.task] ?? network.task}</span>
          {network.visibility === 'internal' ? (
            <span className="badge badge--internal">{t.visibility.internal}</span>
          ) : null}
        </p>
        <h1 lang={lang}>{network.name}</h1>
        {network.summary ? (
          <p className="lead" lang={lang}>
            {network.summary}
          </p>
        ) : null}
        <dl className="facts">
          {members.length ? (
            <div className="facts__row">
              <dt>{t.members}</dt>
              <dd>{members.join(', ')}</dd>
            </div>
          ) : null}
          {leader ? (
            <div className="facts__row">
              <dt>{t.leader}</dt>
              <dd lang={lang}>{personText(leader)}</dd>
            </div>
          ) : null}
          {steering.length ? (
            <div className="facts__row">
              <dt>{t.steeringGroup}</dt>
              <dd>
                <ul className="plain-list" lang={lang}>
                  {steering.map((p, i) => (
                    <li key={i}>{personText(p)}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {secretariat.length ? (
            <div className="facts__row">
              <dt>{t.secretariat}</dt>
              <dd>
                <ul className="plain-list" lang={lang}>
                  {secretariat.map((p, i) => (
                    <li key={i}>{personText(p)}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        {editor ? (
          <p className="actions no-print">
            <Link
              className="button button--secondary"
              href={`/admin/collections/networks/${network.id}`}
            >
              {t.edit}
            </Link>
            <Link
              className="button button--secondary"
              href="/admin/collections/network-activities/create"
            >
              {t.newActivity}
            </Link>
            <Link
              className="button button--secondary"
              href="/admin/collections/network-meetings/create"
            >
              {t.newMeeting}
            </Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="kommissorium" className="network__section">
        <h2 id="kommissorium">{t.kommissorium}</h2>
        <Kommissorium network={network} locale={locale} level={3} />
        <p>
          <Link href={networkPaths.kommissorium(locale, slug)}>{t.printKommissorium}</Link>
        </p>
      </section>

      <section aria-labelledby="aarsplan" className="network__section">
        <h2 id="aarsplan">{t.plan}</h2>
        <AnnualPlan
          activities={activities}
          year={year}
          years={years}
          locale={locale}
          yearHref={(y) => networkPaths.plan(locale, slug, y)}
          people={people}
          municipalities={municipalities}
        />
        <div id="kalender" className="calendar-box">
          <h3>{t.calendar}</h3>
          {network.visibility === 'public' ? (
            <>
              <p>{t.calendarPublic}</p>
              <p>
                <a href={networkPaths.ics(slug)} className="feed-link">
                  {absoluteUrl(networkPaths.ics(slug))}
                </a>
              </p>
            </>
          ) : member && user ? (
            <>
              <p>{t.calendarPersonal}</p>
              {query.kalender === 'ny' ? (
                <p className="notice" role="status">
                  {t.calendarRenewed}
                </p>
              ) : null}
              {personalFeed ? (
                <p>
                  <a href={personalFeed} className="feed-link">
                    {personalFeed}
                  </a>
                </p>
              ) : null}
              <form action={calendarLinkAction}>
                <input type="hidden" name="network" value={network.id} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="button button--secondary">
                  {personalFeed ? t.calendarRenew : t.calendarMake}
                </button>
              </form>
            </>
          ) : (
            <p>{t.calendarLogin}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="moeder" className="network__section">
        <h2 id="moeder">{t.meetings}</h2>
        {!user ? (
          <p>{t.meetingsMembersOnly}</p>
        ) : meetings.length === 0 ? (
          <p>{t.meetingsEmpty}</p>
        ) : (
          <ul className="entry-list">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link href={networkPaths.meeting(locale, slug, meeting.id)} lang={lang}>
                  {meeting.title}
                </Link>{' '}
                <span className="hint">
                  {formatDateTime(meeting.startsAt, locale)}
                  {meeting.place ? ` · ${meeting.place}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="hint">{t.nothingAboutChildren}</p>
      </section>
      <NetworkMaterial
        locale={locale}
        slug={slug}
        member={isNetworkMember(user, network) || editor}
      />
      <NetworkCooperations network={network.id} locale={locale} />
    </article>
  )
}
