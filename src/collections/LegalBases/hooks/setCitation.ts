import type { CollectionBeforeChangeHook } from 'payload'

import { lawLabel } from '@/domain/options'
import { slugify } from '@/domain/rules'
import type { LegalBase } from '@/payload-types'

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

/**
 * Keeps the citation in step with its parts, and gives a provision made in the admin an external
 * id from it: the key the importer and the search filter `legalBasis` use.
 */
export const setCitation: CollectionBeforeChangeHook<LegalBase> = ({ data, originalDoc }) => {
  const citation = formatCitation({ ...originalDoc, ...data }) ?? data.citation
  // Several provisions share a citation (Serviceloven § 52, stk. 3 has many measures): the
  // heading tells them apart.
  const heading = data.heading ?? originalDoc?.heading ?? ''
  const externalId =
    data.externalId ||
    originalDoc?.externalId ||
    (citation ? slugify(`${citation} ${heading}`) : undefined)
  return { ...data, citation, externalId }
}
