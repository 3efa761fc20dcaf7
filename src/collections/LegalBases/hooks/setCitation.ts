import type { CollectionBeforeChangeHook } from 'payload'

import { lawLabel } from '@/domain/options'

/** "Barnets Lov § 32, stk. 1, nr. 3": how caseworkers write and search a provision. */
export function formatCitation(basis: {
  law?: string | null
  paragraph?: string | null
  subsection?: string | null
  number?: string | null
}) {
  if (!basis.law || !basis.paragraph) return undefined
  let citation = `${lawLabel(basis.law)} § ${basis.paragraph}`
  if (basis.subsection) citation += `, stk. ${basis.subsection}`
  if (basis.number) citation += `, nr. ${basis.number}`
  return citation
}

export const setCitation: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  citation: formatCitation({ ...originalDoc, ...data }) ?? data.citation,
})
