import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { parseSlug } from '@/domain/routeParams'
import { alternates } from '@/domain/urls'
import { contentLang, formatDate, getDictionary, routeLocale } from '@/i18n'
import { TextBlocks } from '@/network/components/TextBlocks'
import { formatDateTime } from '@/network/format'
import { networkTexts } from '@/network/labels'
import { networkPaths } from '@/network/paths'
import { findMeeting, findNetwork, peopleByUserId } from '@/network/queries'
import { relationId } from '@/utilities/relationId'

import '@/network/network.css'

type Props = { params: Promise<{ locale: string; slug: string; id: string }> }

async function load(params: Props['params']) {
  const { slug: rawSlug, id: rawId } = await params
  const slug = parseSlug(rawSlug)
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : undefined
  if (!slug || !id) return null
  const [network, meeting] = await Promise.all([findNetwork(slug), findMeeting(id)])
  if (!network || !meeting || relationId(meeting.network) !== network.id) return null
  return { network, meeting }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const found = await load(params)
  if (!found) return { title: (await getDictionary(locale)).errors.notFoundTitle }
  return {
    title: `${found.meeting.title} · ${found.network.name}`,
    alternates: alternates(
      networkPaths.meeting('da', String(found.network.slug), found.meeting.id),
      locale,
    ),
  }
}

/**
 * A meeting for the network's members: the agenda (each item's purpose and time), invited
 * speakers, and the minutes with decisions and follow-ups (who, by when).
 */
export default async function MeetingPage({ params }: Props) {
  const locale = await routeLocale(params)
  const found = await load(params)
  if (!found) notFound()
  const { network, meeting } = found
  const t = networkTexts(locale)
  const lang = contentLang(locale)
  const agenda = meeting.agenda ?? []
  const total = agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0)
  const followUps = meeting.minutes?.followUps ?? []
  const decisions = meeting.minutes?.decisions ?? []
  const people = await peopleByUserId(
    followUps.map((f) => relationId(f.responsible)).filter((id): id is number => id !== undefined),
  )

  return (
    <article className="meeting">
      <p className="no-print">
        <Link href={networkPaths.page(locale, String(network.slug))}>{t.backToNetwork}</Link>
      </p>
      <header>
        <p className="card__meta">
          <span className="badge">{t.meeting}</span>
          <span lang={lang}>{network.name}</span>
        </p>
        <h1 lang={lang}>{meeting.title}</h1>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t.when}</dt>
            <dd>{formatDateTime(meeting.startsAt, locale)}</dd>
          </div>
          {meeting.place ? (
            <div className="facts__row">
              <dt>{t.place}</dt>
              <dd lang={lang}>{meeting.place}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="dagsorden" className="network__section">
        <h2 id="dagsorden">{t.agenda}</h2>
        {agenda.length === 0 ? (
          <p>{t.agendaEmpty}</p>
        ) : (
          <table className="agenda-table">
            <caption className="visually-hidden">{t.agenda}</caption>
            <thead>
              <tr>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.purpose}</th>
                <th scope="col" className="number">
                  {t.minutesShort}
                </th>
              </tr>
            </thead>
            <tbody>
              {agenda.map((item, index) => (
                <tr key={item.id ?? index}>
                  <th scope="row">
                    <span lang={lang}>
                      {index + 1}. {item.title}
                    </span>
                    {item.description ? (
                      <div className="hint">
                        <TextBlocks text={item.description} lang={lang} />
                      </div>
                    ) : null}
                    {item.presenter ? (
                      <div className="hint">
                        {t.presenter}: <span lang={lang}>{item.presenter}</span>
                      </div>
                    ) : null}
                  </th>
                  <td>{t.purposes[item.purpose] ?? item.purpose}</td>
                  <td className="number">{t.minutesUnit(item.minutes)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={3} className="number">
                  {t.total(total)}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
        {meeting.speakers?.length ? (
          <>
            <h3>{t.speakers}</h3>
            <ul lang={lang}>
              {meeting.speakers.map((speaker, i) => (
                <li key={speaker.id ?? i}>
                  {speaker.name}
                  {speaker.title ? `, ${speaker.title}` : ''}
                  {speaker.topic ? `: ${speaker.topic}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="referat" className="network__section">
        <h2 id="referat">{t.minutes}</h2>
        {!meeting.minutes?.summary && decisions.length === 0 && followUps.length === 0 ? (
          <p>{t.minutesEmpty}</p>
        ) : (
          <>
            <TextBlocks text={meeting.minutes?.summary} lang={lang} />
            {decisions.length ? (
              <>
                <h3>{t.decisions}</h3>
                <ol lang={lang}>
                  {decisions.map((decision, i) => (
                    <li key={decision.id ?? i}>{decision.text}</li>
                  ))}
                </ol>
              </>
            ) : null}
            {followUps.length ? (
              <>
                <h3>{t.followUps}</h3>
                <table className="agenda-table">
                  <caption className="visually-hidden">{t.followUps}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.what}</th>
                      <th scope="col">{t.who}</th>
                      <th scope="col">{t.by}</th>
                      <th scope="col">{t.status}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {followUps.map((followUp, i) => {
                      const person = people.get(relationId(followUp.responsible) ?? -1)
                      return (
                        <tr key={followUp.id ?? i}>
                          <td lang={lang}>{followUp.what}</td>
                          <td lang={lang}>{person?.name ?? followUp.responsibleName ?? ''}</td>
                          <td>{formatDate(followUp.due, locale)}</td>
                          <td>{t.followUpStatus[followUp.status] ?? followUp.status}</td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </>
            ) : null}
          </>
        )}
      </section>
    </article>
  )
}
