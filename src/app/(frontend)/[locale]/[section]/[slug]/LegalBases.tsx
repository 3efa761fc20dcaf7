import { relationIds } from '@/utilities/relationId'
import { lawLabel } from '@/domain/options'
import { formatDate } from '@/i18n'

import type { ListingView } from './view'

/** The legal bases, each linked to Retsinformation. */
export function LegalBases({ view }: { view: ListingView }) {
  const { listing, locale, t, lang, reference } = view
  const l = t.listing
  const legalBases = relationIds(listing.legalBasis)
    .map((id) => reference.legalBasisById.get(id))
    .filter((b) => b !== undefined)
  if (!(legalBases.length > 0)) return null
  return (
    <section aria-labelledby="lovgrundlag" className="listing__section">
      <h2 id="lovgrundlag">{l.legalBasis}</h2>
      <ul className="law-list">
        {legalBases.map((basis) => {
          const replaces = basis.replaces ? reference.legalBasisById.get(basis.replaces) : null
          return (
            <li key={basis.id}>
              <strong>{basis.citation ?? lawLabel(basis.law)}</strong>
              <span lang={lang}>{basis.heading}</span>
              {basis.validTo ? (
                <span className="muted">{l.validTo(formatDate(basis.validTo, locale))}</span>
              ) : null}
              {replaces ? (
                <span className="muted">
                  {l.replaces} {replaces.citation}
                </span>
              ) : null}
              <a href={basis.eli} rel="external noopener" className="external">
                {l.readLaw}
                <span className="visually-hidden">: {basis.citation}</span>
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
