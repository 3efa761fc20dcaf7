import { capacityStatuses, costTypes, languages } from '@/domain/options'
import type { Locale } from '@/domain/urls'
import { getMessages, optionLabel } from '@/i18n/messages'
import {
  MAX_QUERY_LENGTH,
  MAX_PER_PAGE,
  type FacetName,
  type SearchKind,
} from '@/search/query/params'

import type { ReferenceData } from './reference'

/** The label of one facet value, in the reader's language (content names stay Danish). */
export function facetValueLabel(
  facet: FacetName,
  value: string,
  reference: ReferenceData,
  locale: Locale,
): string {
  const t = getMessages(locale)
  switch (facet) {
    case 'kind':
      return t.kindsPlural[value as SearchKind] ?? value
    case 'municipality':
      return reference.municipalityByCode.get(value)?.name ?? value
    case 'age':
      return t.search.years(Number(value))
    case 'topic':
      return reference.topicBySlug.get(value)?.name ?? value
    case 'legalBasis': {
      const basis = reference.legalBasisByKey.get(value)
      return basis?.citation ?? value
    }
    case 'cost':
      return value === 'free' ? t.search.onlyFree : optionLabel(costTypes, value, locale)
    case 'capacity':
      return value === 'open' ? t.search.onlyOpen : optionLabel(capacityStatuses, value, locale)
    case 'language':
      return optionLabel(languages, value, locale)
  }
}

const paramLabels: Record<Locale, Record<string, string>> = {
  da: {
    q: 'søgeord',
    kind: 'type',
    municipality: 'kommune',
    age: 'alder',
    topic: 'emne',
    legalBasis: 'lovgrundlag',
    cost: 'pris',
    capacity: 'kapacitet',
    language: 'sprog',
    sort: 'sortering',
    page: 'side',
    perPage: 'antal pr. side',
  },
  en: {
    q: 'search terms',
    kind: 'kind',
    municipality: 'municipality',
    age: 'age',
    topic: 'topic',
    legalBasis: 'legal basis',
    cost: 'cost',
    capacity: 'capacity',
    language: 'language',
    sort: 'sort order',
    page: 'page',
    perPage: 'results per page',
  },
}

const expectations: Record<Locale, Record<string, string>> = {
  da: {
    q: `højst ${MAX_QUERY_LENGTH} tegn`,
    kind: 'tilbud, mentorordning, skoletilbud eller lovgivningsnote (offer, mentor, school-option, legislation-note)',
    municipality: 'en kommunekode på tre cifre, fx 259',
    age: 'et helt tal fra 0 til 30',
    topic: 'et emnes navn i adressen (små bogstaver, tal og bindestreg)',
    legalBasis: 'et lovgrundlags nøgle (små bogstaver, tal og bindestreg)',
    cost: '»free« (kun gratis)',
    capacity: '»open« (kun åben for henvisning)',
    language: 'en sprogkode, fx da eller ar',
    sort: 'relevance, updated eller title',
    page: 'et helt tal fra 1 til 1000',
    perPage: `et helt tal fra 1 til ${MAX_PER_PAGE}`,
  },
  en: {
    q: `at most ${MAX_QUERY_LENGTH} characters`,
    kind: 'offer, mentor, school-option or legislation-note',
    municipality: 'a three-digit municipality code, e.g. 259',
    age: 'a whole number from 0 to 30',
    topic: 'a topic key (lower-case letters, digits and hyphens)',
    legalBasis: 'a legal basis key (lower-case letters, digits and hyphens)',
    cost: '»free«',
    capacity: '»open«',
    language: 'a language code such as da or ar',
    sort: 'relevance, updated or title',
    page: 'a whole number from 1 to 1000',
    perPage: `a whole number from 1 to ${MAX_PER_PAGE}`,
  },
}

/**
 * The errors of parseSearchParams (English, for the API) as sentences for the reader: which part
 * of the address is wrong and what it should be.
 */
export function describeSearchErrors(
  errors: Array<{ param: string; message: string }>,
  locale: Locale,
): string[] {
  const seen = new Set<string>()
  const sentences: string[] = []
  for (const { param, message } of errors) {
    if (seen.has(param)) continue
    seen.add(param)
    const label = paramLabels[locale][param]
    if (!label) {
      sentences.push(
        locale === 'da'
          ? `Adressen indeholder den ukendte parameter »${param}«.`
          : `The address contains the unknown parameter »${param}«.`,
      )
    } else if (/only once/.test(message)) {
      sentences.push(
        locale === 'da'
          ? `»${label}« må kun angives én gang.`
          : `»${label}« may be given only once.`,
      )
    } else {
      sentences.push(
        locale === 'da'
          ? `Værdien for ${label} er ugyldig: den skal være ${expectations.da[param]}.`
          : `The value for ${label} is not valid: it must be ${expectations.en[param]}.`,
      )
    }
  }
  return sentences
}
