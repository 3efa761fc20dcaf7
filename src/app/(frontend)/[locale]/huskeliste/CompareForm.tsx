import type React from 'react'

import { ShortlistDetails } from '@/components/portal/ShortlistDetails'
import { ShortlistPrintButton } from '@/components/portal/ShortlistPrintButton.client'
import { formatDate, type Locale } from '@/i18n'
import type { ShortlistLabels } from '@/shortlists/labels'
import { shortlistPaths } from '@/shortlists/paths'
import type { ShortlistRow } from '@/shortlists/rows'

/**
 * A list's listings in full, inside a GET form to the comparison (a checkbox per listing, so it
 * works without JavaScript), with print and CSV.
 */
export function CompareForm({
  rows,
  locale,
  l,
  csvHref,
  actionOf,
  hidden,
}: {
  rows: ShortlistRow[]
  locale: Locale
  l: ShortlistLabels
  csvHref: string
  actionOf?: (row: ShortlistRow) => React.ReactNode
  hidden?: React.ReactNode
}) {
  return (
    <>
      <div className="actions no-print shortlist-tools">
        <ShortlistPrintButton label={l.print} />
        <a className="button button--secondary" href={csvHref} download data-shortlist-csv>
          {l.csv}
        </a>
      </div>
      <p className="print-only shortlist__printed">
        {l.facts.printedOn(formatDate(new Date().toISOString(), locale))}
      </p>
      <form method="get" action={shortlistPaths.compare(locale)} id="sammenlign-form">
        {hidden}
        <ShortlistDetails rows={rows} locale={locale} l={l} compareName="v" actionOf={actionOf} />
        {rows.length > 1 ? (
          <div className="no-print shortlist-compare">
            <p className="hint" id="sammenlign-hint">
              {l.compareHint}
            </p>
            <button type="submit" className="button" aria-describedby="sammenlign-hint">
              {l.compare}
            </button>
          </div>
        ) : null}
      </form>
    </>
  )
}
