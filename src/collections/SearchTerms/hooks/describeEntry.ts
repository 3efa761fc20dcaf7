import type { CollectionBeforeChangeHook } from 'payload'

import type { SearchTerm } from '@/payload-types'

/** The line the admin's list shows: »ppr · skolepsykolog« or »serviceloven 52 → barnets lov 32«. */
export const describeEntry: CollectionBeforeChangeHook<SearchTerm> = ({ data, originalDoc }) => {
  const kind = data.kind ?? originalDoc?.kind
  const terms = data.terms ?? originalDoc?.terms ?? []
  const term = data.term !== undefined ? data.term : originalDoc?.term
  const label = kind === 'one-way' ? `${term ?? ''} → ${terms.join(', ')}` : terms.join(' · ')
  data.label = label.length > 250 ? `${label.slice(0, 249)}…` : label
  return data
}
