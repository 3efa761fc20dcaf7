import { evidenceLevels } from '@/domain/options'
import type { Method } from '@/payload-types'
import { baseDocument, danishVariants, noVariants } from '@/search/indexing/mappers'
import type { SearchDocumentMapper } from '@/search/indexing/mappers'
import { noFreshness } from '@/freshness/searchFields'
import { noGeo } from '@/geo/searchFields'
import { lexicalToText } from '@/utilities/richText'
import { relationId } from '@/utilities/relationId'

import { methodTypes } from './options'
import { methodSearchFilter } from './searchFilter'

const labelOf = (list: ReadonlyArray<{ value: string; da: string }>, value?: string | null) =>
  list.find((item) => item.value === value)?.da

/**
 * Methods and templates: one document each, a kind of its own ('method'), with the text of their
 * files (PDF, .docx) so that a word only a file contains finds the method. Facets that apply:
 * kind and topic; the listing facets (municipality, age, cost …) stay empty. Each carries its
 * network, which with its visibility decides who finds it (./searchFilter.ts).
 */
export const methodToDocument: SearchDocumentMapper<Method> = {
  fallbackSelect: { methodType: true, evidenceLevel: true, owner: true, network: true },
  readerFilter: methodSearchFilter,
  toDocument: (method, context) => {
    if (method._status !== 'published') return null
    const variants = context.withVariants ? danishVariants : noVariants
    const base = baseDocument(method, 'method', [], context)
    const text = [
      method.description ? lexicalToText(method.description) : '',
      method.whenToUse,
      labelOf(methodTypes, method.methodType),
      labelOf(evidenceLevels, method.evidenceLevel),
      method.owner,
      method.fileText,
    ]
      .filter(Boolean)
      .join('\n')
    return {
      ...base,
      ...variants(base.title, base.summary, text, '', base.topicNames),
      text,
      network: relationId(method.network) ?? null,
      providerId: null,
      providerName: method.owner ?? null,
      municipalities: [],
      places: [],
      ages: [],
      cost: null,
      capacity: null,
      languages: [],
      waitingWeeks: null,
      capacityAsOf: null,
      wholeNetwork: false,
      listingType: null,
      ...noGeo,
      ...noFreshness,
    }
  },
}
