import type { CollectionBeforeValidateHook } from 'payload'

import { normalizeTerm } from '@/search/terms/rules'

/**
 * Terms are compared as Meilisearch compares them: lower case, single spaces. Doubles within one
 * entry are dropped. A value of the wrong type is left for the input checks to refuse.
 */
export const normalizeTerms: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  if (typeof data.term === 'string') data.term = normalizeTerm(data.term)
  if (Array.isArray(data.terms) && data.terms.every((one: unknown) => typeof one === 'string')) {
    data.terms = [...new Set((data.terms as string[]).map(normalizeTerm).filter(Boolean))]
  }
  if (data.kind === 'group') data.term = null
  return data
}
