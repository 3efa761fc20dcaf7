import { RichTextBlock } from '@/components/portal/RichTextBlock'

import { Fact } from './Fact'
import { KindFacts } from './KindFacts'
import type { ListingView } from './view'

/** What happens: the description and the facts of its kind. */
export function WhatHappens({ view }: { view: ListingView }) {
  const { listing, t, lang } = view
  const l = t.listing
  return (
    <section aria-labelledby="hvad-sker-der" className="listing__section">
      <h2 id="hvad-sker-der">{l.whatHappens}</h2>
      <RichTextBlock value={listing.description} lang={lang} />
      <dl className="facts">
        <KindFacts view={view} />
        <Fact term={l.schedule}>
          {listing.schedule ? <span lang={lang}>{listing.schedule}</span> : null}
        </Fact>
      </dl>
    </section>
  )
}
