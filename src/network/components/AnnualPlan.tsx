import Link from 'next/link'

import type { NetworkActivity } from '@/payload-types'
import type { Locale } from '@/i18n/locales'
import { relationId } from '@/utilities/relationId'

import { copenhagenYear, formatDateTime } from '../format'
import { networkTexts } from '../labels'
import type { Person } from '../queries'

type Props = {
  activities: NetworkActivity[]
  year: number
  years: number[]
  locale: Locale
  yearHref: (year: number) => string
  people: Map<number, Person>
  municipalities: Map<number, string>
}

/**
 * The plan of one year as a table (a caption, header cells, one row per activity): every
 * activity with its purpose, genre, expected product, host, responsible person and status, and
 * for past ones what they produced. Other years as links (the URL holds the year).
 */
export function AnnualPlan({
  activities,
  year,
  years,
  locale,
  yearHref,
  people,
  municipalities,
}: Props) {
  const t = networkTexts(locale)
  const lang = locale === 'da' ? undefined : 'da'
  const ofYear = activities.filter((a) => copenhagenYear(a.startsAt) === year)
  return (
    <>
      {years.length > 1 ? (
        <nav aria-label={t.years} className="plan-years">
          <ul>
            {years.map((y) => (
              <li key={y}>
                {y === year ? (
                  <span aria-current="page">{y}</span>
                ) : (
                  <Link href={yearHref(y)}>{y}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {ofYear.length === 0 ? (
        <p>{t.planEmpty}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t.planFor(year)}>
          <table className="plan-table">
            <caption>{t.planFor(year)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.activity}</th>
                <th scope="col">{t.genre}</th>
                <th scope="col">{t.expectedProduct}</th>
                <th scope="col">{t.host}</th>
                <th scope="col">{t.responsible}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {ofYear.map((activity) => {
                const person = people.get(relationId(activity.responsible) ?? -1)
                const responsible = person
                  ? `${person.name}${person.title ? `, ${person.title}` : ''}`
                  : (activity.responsibleName ?? '')
                const products = activity.products ?? []
                return (
                  <tr key={activity.id} id={`aktivitet-${activity.id}`}>
                    <td>{formatDateTime(activity.startsAt, locale)}</td>
                    <th scope="row" className="plan-table__activity">
                      <span className="plan-table__title" lang={lang}>
                        {activity.title}
                      </span>
                      <span className="plan-table__purpose">
                        <span className="plan-table__label">{t.purpose}: </span>
                        <span lang={lang}>{activity.purpose}</span>
                      </span>
                      {products.length ? (
                        <span className="plan-table__products">
                          <span className="plan-table__label">{t.produced}: </span>
                          {products.map((product, i) => (
                            <span key={product.id ?? i}>
                              {i > 0 ? ', ' : ''}
                              <a href={product.url} lang={lang}>
                                {product.label}
                              </a>
                            </span>
                          ))}
                        </span>
                      ) : null}
                    </th>
                    <td>{t.genres[activity.genre] ?? activity.genre}</td>
                    <td lang={lang}>{activity.expectedProduct}</td>
                    <td>{municipalities.get(relationId(activity.hostMunicipality) ?? -1) ?? ''}</td>
                    <td lang={lang}>{responsible}</td>
                    <td>
                      <span className={`status status--${activity.status}`}>
                        {t.statuses[activity.status] ?? activity.status}
                      </span>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
