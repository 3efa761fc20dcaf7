import type { Dictionary } from '@/i18n'
import { optionLabel } from '@/i18n'
import type { ReferenceData } from '@/queries/reference'
import type { FacetName, SearchKind } from '@/search/query/params'

/** The label of one facet value, in the reader's language (content names stay Danish). */
export function facetValueLabel(
  facet: FacetName,
  value: string,
  reference: ReferenceData,
  t: Dictionary,
): string {
  switch (facet) {
    case 'kind':
      return t.kindsPlural[value as SearchKind] ?? value
    case 'municipality':
      return reference.municipalityByCode.get(value)?.name ?? value
    case 'age':
      return t.search.years(Number(value))
    case 'topic':
      return reference.topicBySlug.get(value)?.name ?? value
    case 'legalBasis':
      return reference.legalBasisByKey.get(value)?.citation ?? value
    case 'cost':
      return value === 'free' ? t.search.onlyFree : optionLabel(t, 'cost', value)
    case 'capacity':
      return value === 'open' ? t.search.onlyOpen : optionLabel(t, 'capacity', value)
    case 'language':
      return optionLabel(t, 'language', value)
    case 'outcome':
      return reference.outcomeBySlug.get(value)?.name ?? value
  }
}

/**
 * The errors of parseSearchParams (English, for the API) as sentences for the reader: which part
 * of the address is wrong and what it should be (the text is in the dictionaries, `searchErrors`).
 */
export function describeSearchErrors(
  errors: Array<{ param: string; message: string }>,
  t: Dictionary,
): string[] {
  const text = t.searchErrors
  const seen = new Set<string>()
  const sentences: string[] = []
  for (const { param, message } of errors) {
    if (seen.has(param)) continue
    seen.add(param)
    const label = (text.params as Record<string, string>)[param]
    const expected = (text.expectations as Record<string, string>)[param]
    if (!label || !expected) sentences.push(text.unknown(param))
    else if (/only once/.test(message)) sentences.push(text.onlyOnce(label))
    else sentences.push(text.invalid(label, expected))
  }
  return sentences
}
