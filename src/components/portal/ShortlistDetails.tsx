import Link from 'next/link'
import type React from 'react'

import { contentLang, type Locale } from '@/i18n'
import type { ShortlistLabels } from '@/shortlists/labels'
import type { ShortlistRow } from '@/shortlists/rows'

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === '') return null
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/**
 * The listings of a shortlist with everything the reader may see that a referral needs: kind,
 * ages, provider, price (and the rate for professionals), capacity and waiting time with its date,
 * addresses, contacts, the link and the date last verified. The page and its print show the same.
 * Each listing has a checkbox for the comparison (the enclosing form's) and, when given, an
 * action of its own (remove, add).
 */
export function ShortlistDetails({
  rows,
  locale,
  l,
  compareName,
  actionOf,
}: {
  rows: ShortlistRow[]
  locale: Locale
  l: ShortlistLabels
  /** The checkbox name of the enclosing comparison form; no checkboxes without it. */
  compareName?: string
  actionOf?: (row: ShortlistRow) => React.ReactNode
}) {
  const f = l.facts
  const lang = contentLang(locale)
  return (
    <ol className="card-list shortlist-details">
      {rows.map((row, index) => {
        const headingId = `huskeliste-${index + 1}`
        return (
          <li
            key={row.entry}
            className="card shortlist-item"
            data-listing={row.entry}
            aria-labelledby={headingId}
          >
            <div className="shortlist-item__head">
              <p className="card__meta">
                <span className="badge">{row.kindLabel}</span>
                {row.internal ? <span className="badge badge--internal">{l.internal}</span> : null}
                <span>{row.ages}</span>
              </p>
              {compareName ? (
                <label className="shortlist-item__compare no-print">
                  <input type="checkbox" name={compareName} value={row.entry} /> {l.compareShort}
                  <span className="visually-hidden">: {row.title}</span>
                </label>
              ) : null}
            </div>
            <h2 className="card__title" id={headingId} lang={lang}>
              <Link href={row.path}>{row.title}</Link>
            </h2>
            <p className="card__summary" lang={lang}>
              {row.summary}
            </p>
            <dl className="facts shortlist-item__facts">
              <Row term={f.provider}>{row.provider}</Row>
              <Row term={f.price}>{row.price}</Row>
              <Row term={f.rate}>
                {row.rate ? <span data-internal-field="cost.rateDkk">{row.rate}</span> : null}
              </Row>
              <Row term={f.capacity}>
                {row.capacity}
                {row.waiting ? ` – ${row.waiting}` : ''}
                {row.asOf ? ` (${f.asOf.toLowerCase()} ${row.asOf})` : ''}
              </Row>
              <Row term={f.address}>
                {row.addresses.length ? (
                  <ul className="plain-list">
                    {row.addresses.map((address) => (
                      <li key={address}>{address}</li>
                    ))}
                  </ul>
                ) : null}
              </Row>
              <Row term={f.contact}>
                {row.contacts.length ? (
                  <ul className="plain-list" data-shortlist-contacts>
                    {row.contacts.map((contact) => (
                      <li key={contact}>{contact}</li>
                    ))}
                  </ul>
                ) : null}
              </Row>
              <Row term={f.referral}>
                <span lang={lang}>{row.referral}</span>
              </Row>
              <Row term={f.link}>
                <a href={row.link} className="shortlist-item__link">
                  {row.link}
                </a>
              </Row>
              <Row term={f.verified}>{row.verified}</Row>
              <Row term={f.updated}>{row.updated}</Row>
            </dl>
            {actionOf ? (
              <div className="no-print shortlist-item__actions">{actionOf(row)}</div>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
