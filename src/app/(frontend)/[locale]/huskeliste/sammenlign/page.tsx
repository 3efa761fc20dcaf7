import type React from 'react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'

import { MAX_COMPARE, shortlistEntry } from '@/domain/shortlist'
import { paths } from '@/domain/urls'
import { contentLang, getDictionary, routeLocale } from '@/i18n'
import { shortlistLabels } from '@/shortlists/labels'
import { readShortlistRows } from '@/shortlists/read'
import type { ShortlistRow } from '@/shortlists/rows'

type RawSearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: shortlistLabels[locale].compareTitle, robots: { index: false } }
}

/** The chosen listings: `v` once per listing (the list's checkboxes), one to four of them. */
const chosen = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
  .pipe(z.array(z.string().max(200)).min(1).max(20))
  .pipe(z.array(shortlistEntry))

/**
 * Up to four listings side by side (/huskeliste/sammenlign?v=tilbud/a&v=tilbud/b): a table with
 * one column per listing and one row per fact, so that it reads row by row with a screen reader
 * and scrolls sideways on a phone. What the reader may see only (their access decides).
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const l = shortlistLabels[locale]
  const t = await getDictionary(locale)
  const query = await searchParams
  const parsed = chosen.safeParse(query.v)
  const back = (
    <p className="no-print">
      <Link href={paths.shortlist(locale)}>{l.back}</Link>
    </p>
  )
  if (!parsed.success || parsed.data.length > MAX_COMPARE) {
    return (
      <div className="shortlist">
        <h1>{l.compareTitle}</h1>
        <p className="notice notice--error" role="alert" data-compare-problem>
          {parsed.success ? l.compareTooMany : l.compareInvalid}
        </p>
        {back}
      </div>
    )
  }
  const { rows, hidden } = await readShortlistRows(parsed.data, locale)
  const f = l.facts
  const lang = contentLang(locale)
  const facts: Array<[string, (row: ShortlistRow) => React.ReactNode]> = [
    [f.kind, (row) => row.kindLabel],
    [f.provider, (row) => row.provider],
    [f.ages, (row) => row.ages],
    [f.price, (row) => row.price],
    [f.rate, (row) => row.rate],
    [f.capacity, (row) => row.capacity],
    [f.waiting, (row) => row.waiting],
    [f.asOf, (row) => row.asOf],
    [f.address, (row) => lines(row.addresses)],
    [f.contact, (row) => lines(row.contacts)],
    [f.referral, (row) => <span lang={lang}>{row.referral}</span>],
    [f.verified, (row) => row.verified],
  ]
  return (
    <div className="shortlist shortlist-compare-page">
      {back}
      <h1>{l.compareTitle}</h1>
      <p>{l.compareLead}</p>
      {hidden > 0 ? <p className="notice">{t.shortlist.hidden(hidden)}</p> : null}
      {rows.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="sammenligning">
          <table className="compare-table" data-compare-columns={rows.length}>
            <caption id="sammenligning">{l.compareTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{l.fact}</th>
                {rows.map((row) => (
                  <th scope="col" key={row.entry} lang={lang}>
                    <Link href={row.path}>{row.title}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {facts.map(([term, value]) => (
                <tr key={term}>
                  <th scope="row">{term}</th>
                  {rows.map((row) => (
                    <td key={row.entry}>{value(row) || f.none}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}

const lines = (values: string[]) =>
  values.length ? (
    <ul className="plain-list">
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  ) : (
    ''
  )
