import type React from 'react'

import {
  contentLang,
  type Dictionary,
  formatDate,
  formatDkk,
  type Locale,
  optionLabel,
} from '@/i18n'
import type { InternalCardFacts } from '@/queries/cardInternalFacts'
import type { ReferenceData } from '@/queries/reference'
import type { CardFacts as Facts } from '@/search/query/types'

/** Municipalities named on a card before "and n more". */
const NAMED_PLACES = 3

/** One fact of a card: a term and its value; nothing when there is no value. */
function Fact({ term, name, children }: { term: string; name: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === '') return null
  return (
    <div className="card-facts__item" data-fact={name}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function capacityText(facts: Facts, locale: Locale, t: Dictionary): string {
  const c = t.resultCard
  const status =
    facts.capacity === 'open'
      ? c.open
      : facts.capacity === 'waitlist'
        ? c.waitlist(facts.waitingWeeks)
        : facts.capacity === 'full'
          ? facts.waitingWeeks
            ? c.fullWithWait(facts.waitingWeeks)
            : optionLabel(t, 'capacity', 'full')
          : ''
  if (!status) return ''
  const asOf = facts.capacityAsOf ? formatDate(facts.capacityAsOf, locale) : ''
  return asOf ? `${status} (${c.asOf(asOf)})` : status
}

function places(facts: Facts, reference: ReferenceData, t: Dictionary): string {
  if (facts.wholeNetwork) return t.resultCard.wholeNetwork
  const names = facts.municipalities
    .map((code) => reference.municipalityByCode.get(code)?.name ?? code)
    .sort((a, b) => a.localeCompare(b, 'da'))
  if (names.length <= NAMED_PLACES + 1) return names.join(', ')
  return `${names.slice(0, NAMED_PLACES).join(', ')} ${t.resultCard.more(names.length - NAMED_PLACES)}`
}

/**
 * What a caseworker chooses a listing by, compactly on its result card: ages, where it can be
 * used, free or paid, capacity with waiting weeks and its date, legal basis, freshness, and for readers who may see them the
 * internal facts (rate, notes), marked internal.
 */
export function CardFacts({
  facts,
  internal,
  overdue,
  reference,
  locale,
  t,
}: {
  facts: Facts
  internal?: InternalCardFacts
  /** The listing's review date has passed: the card's badge says so instead. */
  overdue: boolean
  reference: ReferenceData
  locale: Locale
  t: Dictionary
}) {
  const c = t.resultCard
  const ages =
    facts.ageMin !== null && facts.ageMax !== null
      ? t.listing.ageRange(facts.ageMin, facts.ageMax)
      : ''
  const bases = facts.legalBases
    .map((key) => reference.legalBasisByKey.get(key)?.citation)
    .filter((citation): citation is string => Boolean(citation))
  const freshness = overdue
    ? ''
    : facts.lastVerifiedAt
      ? formatDate(facts.lastVerifiedAt, locale)
      : c.notVerified
  return (
    <>
      <dl className="card-facts" aria-label={c.facts}>
        <Fact term={c.ages} name="ages">
          {ages}
        </Fact>
        <Fact term={c.where} name="where">
          <span lang={facts.wholeNetwork ? undefined : contentLang(locale)}>
            {places(facts, reference, t)}
          </span>
        </Fact>
        <Fact term={c.cost} name="cost">
          {facts.cost === 'free' ? optionLabel(t, 'cost', 'free') : ''}
          {facts.cost === 'paid' ? optionLabel(t, 'cost', 'paid') : ''}
        </Fact>
        <Fact term={c.capacity} name="capacity">
          {capacityText(facts, locale, t)}
        </Fact>
        {bases.length > 0 ? (
          <Fact term={c.legalBasis} name="legal-basis">
            {bases.join(', ')}
          </Fact>
        ) : null}
        <Fact term={c.freshness} name="freshness">
          {freshness}
        </Fact>
      </dl>
      {internal ? (
        <dl className="card-facts card-facts--internal" aria-label={c.internalFacts}>
          {internal.rateDkk !== null ? (
            <Fact term={c.rate} name="rate">
              <span className="badge badge--internal">{t.search.internal}</span>{' '}
              <span data-internal-field="cost.rateDkk">
                {formatDkk(internal.rateDkk, locale)}
                {internal.rateUnit ? ` ${optionLabel(t, 'rateUnit', internal.rateUnit)}` : ''}
              </span>
            </Fact>
          ) : null}
          {internal.rateNote ? (
            <Fact term={c.rateNote} name="rate-note">
              <span
                className="card-facts__note"
                lang={contentLang(locale)}
                data-internal-field="cost.rateNote"
              >
                {internal.rateNote}
              </span>
            </Fact>
          ) : null}
          {internal.referralNote ? (
            <Fact term={c.referralNote} name="referral-note">
              <span
                className="card-facts__note"
                lang={contentLang(locale)}
                data-internal-field="referral.internalNote"
              >
                {internal.referralNote}
              </span>
            </Fact>
          ) : null}
        </dl>
      ) : null}
    </>
  )
}
