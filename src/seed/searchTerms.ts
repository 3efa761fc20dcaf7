import type { Payload } from 'payload'

import { SKIP_APPLY_SEARCH_TERMS } from '@/collections/SearchTerms/hooks/queueApplySearchTerms'
import { readSynonymsFile } from '@/search/indexing/synonyms'

/**
 * The search vocabulary starts as content/synonyms.json: its groups and one-way entries become
 * `search-terms` when that collection is empty (a first start). After that the database is the
 * source of truth: consultants maintain it in the admin, and the file is not read again.
 * The jobs runner applies the vocabulary to the index when it starts.
 */
export async function seedSearchTerms(payload: Payload): Promise<{ created: number } | 'kept'> {
  // access: the seed is trusted code run by the launcher, not a request.
  if ((await payload.count({ collection: 'search-terms', overrideAccess: true })).totalDocs > 0)
    return 'kept'
  const file = readSynonymsFile()
  const context = { disableRevalidate: true, [SKIP_APPLY_SEARCH_TERMS]: true }
  let created = 0
  for (const terms of file.groups) {
    await payload.create({ collection: 'search-terms', data: { kind: 'group', terms }, context })
    created++
  }
  for (const [term, terms] of Object.entries(file.oneWay)) {
    await payload.create({
      collection: 'search-terms',
      data: { kind: 'one-way', term, terms },
      context,
    })
    created++
  }
  return { created }
}
