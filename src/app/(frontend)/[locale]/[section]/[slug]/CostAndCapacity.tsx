import { formatDate, formatDkk, optionLabel } from '@/i18n'

import { Fact } from './Fact'
import type { ListingView } from './view'

/** Cost (the rate only for professionals) and capacity. */
export function CostAndCapacity({ view }: { view: ListingView }) {
  const { listing, locale, t, lang } = view
  const l = t.listing
  const rateReadable = listing.cost?.rateDkk !== undefined && listing.cost?.rateDkk !== null
  return (
    <section aria-labelledby="pris-og-kapacitet" className="listing__section">
      <h2 id="pris-og-kapacitet">
        {l.price} · {l.capacity}
      </h2>
      <dl className="facts">
        <Fact term={l.price}>{optionLabel(t, 'cost', listing.cost?.type)}</Fact>
        {listing.cost?.type === 'paid' ? (
          rateReadable ? (
            <Fact term={l.rate}>
              <span className="badge badge--internal">{l.internal}</span>{' '}
              <span data-internal-field="cost.rateDkk">
                {formatDkk(listing.cost!.rateDkk!, locale)}{' '}
                {listing.cost?.rateUnit ? optionLabel(t, 'rateUnit', listing.cost.rateUnit) : ''}
              </span>
            </Fact>
          ) : (
            <Fact term={l.rate}>{l.rateHidden}</Fact>
          )
        ) : null}
        {listing.cost?.rateNote ? (
          <Fact term={l.rateNote}>
            <span lang={lang} data-internal-field="cost.rateNote">
              {listing.cost.rateNote}
            </span>
          </Fact>
        ) : null}
        <Fact term={l.capacity}>
          {optionLabel(t, 'capacity', listing.capacity?.status)}
          {listing.capacity?.status === 'waitlist' &&
          typeof listing.capacity.waitingWeeks === 'number'
            ? ` – ${l.waitingWeeks(listing.capacity.waitingWeeks)}`
            : ''}
          {listing.capacity?.asOf ? (
            <>
              {' '}
              <span className="muted">({l.asOf(formatDate(listing.capacity.asOf, locale))})</span>
            </>
          ) : null}
        </Fact>
      </dl>
    </section>
  )
}
