import Link from 'next/link'

import { paths } from '@/domain/urls'
import type { Locale } from '@/i18n'
import { relationId } from '@/utilities/relationId'

import { outcomeWords } from '../labels'
import { caseworkerReportTimes, followUpFrequencies, followUpLabel } from '../options'
import type { ReferenceOutcome } from '../reference'

type FollowUpRow = {
  id?: string | null
  outcome?: unknown
  method?: string | null
  frequency?: string | null
  caseworkerReceives?: string | null
  reportWhen?: string | null
}

type Props = {
  rows: readonly FollowUpRow[] | null | undefined
  outcomeById: ReadonlyMap<number, ReferenceOutcome>
  locale: Locale
  /** `lang` for content (Danish) outside the Danish portal. */
  lang: 'da' | undefined
}

/**
 * »Sådan følges op« on a listing page, beside how to refer: per outcome the listing aims at, the
 * method or tool, how often, what the caseworker receives and when; and a search for other
 * listings that follow up on the same outcome. Nothing when the listing names no outcome.
 */
export function FollowUp({ rows, outcomeById, locale, lang }: Props) {
  const w = outcomeWords(locale)
  const shown = (rows ?? []).flatMap((row) => {
    const id = relationId(row.outcome)
    const outcome = id === undefined ? undefined : outcomeById.get(id)
    return outcome ? [{ row, outcome }] : []
  })
  if (shown.length === 0) return null
  return (
    <section aria-labelledby="opfoelgning" className="listing__section" data-follow-up>
      <h2 id="opfoelgning">{w.heading}</h2>
      <p>{w.intro}</p>
      {shown.map(({ row, outcome }, index) => (
        <div key={row.id ?? index} className="follow-up" data-outcome={outcome.slug ?? undefined}>
          <h3 lang={lang}>{outcome.name}</h3>
          <dl className="facts">
            <div className="facts__row">
              <dt>{w.method}</dt>
              <dd lang={lang}>{row.method}</dd>
            </div>
            <div className="facts__row">
              <dt>{w.frequency}</dt>
              <dd>{followUpLabel(followUpFrequencies, row.frequency, locale)}</dd>
            </div>
            <div className="facts__row">
              <dt>{w.receives}</dt>
              <dd lang={lang} className="preserve-lines">
                {row.caseworkerReceives}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{w.when}</dt>
              <dd>{followUpLabel(caseworkerReportTimes, row.reportWhen, locale)}</dd>
            </div>
          </dl>
          {outcome.slug ? (
            <p>
              <Link href={paths.search(locale, `outcome=${encodeURIComponent(outcome.slug)}`)}>
                {w.findOthers(outcome.name)}
              </Link>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  )
}
