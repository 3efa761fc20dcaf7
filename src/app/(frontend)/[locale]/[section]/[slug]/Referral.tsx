import { Fact } from './Fact'
import type { ListingView } from './view'

/** How to refer, with the internal referral note for professionals. */
export function Referral({ view }: { view: ListingView }) {
  const { listing, t, lang } = view
  const l = t.listing
  return (
    <section aria-labelledby="henvisning" className="listing__section">
      <h2 id="henvisning">{l.howToRefer}</h2>
      <p lang={lang} className="preserve-lines">
        {listing.referral?.howTo}
      </p>
      <dl className="facts">
        <Fact term={l.decisionRequired}>
          {listing.referral?.municipalDecisionRequired ? l.yes : l.no}
        </Fact>
        <Fact term={l.selfReferral}>{listing.referral?.selfReferral ? l.yes : l.no}</Fact>
        {listing.referral?.internalNote ? (
          <Fact term={l.internalNote}>
            <span className="badge badge--internal">{l.internal}</span>{' '}
            <span lang={lang} data-internal-field="referral.internalNote">
              {listing.referral.internalNote}
            </span>
          </Fact>
        ) : null}
      </dl>
    </section>
  )
}
