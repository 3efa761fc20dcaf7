import { optionLabel } from '@/i18n'

import { Fact } from './Fact'
import type { ListingView } from './view'

/** Evidence level, documented results and theory of change. */
export function Evidence({ view }: { view: ListingView }) {
  const { listing, t, lang } = view
  const l = t.listing
  if (!(listing.evidence?.level || listing.evidence?.results || listing.evidence?.theoryOfChange))
    return null
  return (
    <section aria-labelledby="evidens" className="listing__section">
      <h2 id="evidens">{l.evidence}</h2>
      <dl className="facts">
        <Fact term={l.evidenceLevel}>
          {listing.evidence?.level ? optionLabel(t, 'evidence', listing.evidence.level) : null}
        </Fact>
        <Fact term={l.results}>
          {listing.evidence?.results ? <span lang={lang}>{listing.evidence.results}</span> : null}
        </Fact>
        <Fact term={l.theoryOfChange}>
          {listing.evidence?.theoryOfChange ? (
            <span lang={lang}>{listing.evidence.theoryOfChange}</span>
          ) : null}
        </Fact>
      </dl>
    </section>
  )
}
