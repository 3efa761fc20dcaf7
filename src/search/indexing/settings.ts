import { createHash } from 'node:crypto'

import type { Meilisearch, Settings } from 'meilisearch'

import { FRESHNESS_RANKING_RULE } from '@/freshness/searchFields'

import { DANISH_STOP_WORDS } from './stopWords'
import { taskWait } from './taskWaits'

/**
 * The index settings, in code. Searchable attributes are in order of weight: a word in the title
 * counts more than one in the body. The *Variants fields hold the folded spellings (koge → Køge)
 * and the parts of compounds (skole → specialskole) from ./danish.ts; the *Stems fields the Danish
 * stems of the words, which the query analysis (../query/analysis.ts) asks for.
 */
export function indexSettings(): Settings {
  return {
    searchableAttributes: [
      'title',
      'titleVariants',
      'titleStems',
      'topicNames',
      'summary',
      'legalBasisNames',
      'providerName',
      'places',
      'summaryVariants',
      'text',
      'textVariants',
      'stems',
    ],
    displayedAttributes: ['*'],
    // Every filter is an equality (`IN`, `=`, `!=`) except the numbers below; nobody searches
    // facet values. Declaring only what is used spares Meilisearch the structures for the rest,
    // on every document it indexes.
    filterableAttributes: [
      {
        attributePatterns: [
          'key',
          'kind',
          'collection',
          'visibility',
          'providerId',
          // A method's network, for the filter of who may read it (src/network/methods).
          'network',
          'municipalities',
          'ages',
          'topics',
          'legalBases',
          'cost',
          'capacity',
          'languages',
          // The outcomes a listing follows up on (src/outcomes).
          'outcomes',
        ],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
      {
        // The spread's bound in facetStats (src/geo), and the date for range filters.
        attributePatterns: ['geoSpreadKm', 'updatedAt'],
        features: { facetSearch: false, filter: { equality: true, comparison: true } },
      },
      // Distance (src/geo): the radius filter.
      '_geo',
    ],
    facetSearch: false,
    // Proximity counted within an attribute, not between word positions: Meilisearch then builds
    // no word-pair proximity database, the largest part of its indexing (the full reindex of
    // 100,000 listings took about half the time). The judgment list ranks the same overall
    // (bench:relevance: top 1 83 %, top 5 98 %, MRR 0.896, nDCG@5 0.814 before and after).
    proximityPrecision: 'byAttribute',
    sortableAttributes: ['updatedAt', 'titleSort', 'waitingWeeks', '_geo'],
    // `sort` right after `words`: a chosen order (waiting time, title, newest) is the order the
    // reader sees among the hits that match every word; without a sort it has no effect.
    rankingRules: [
      'words',
      'sort',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      FRESHNESS_RANKING_RULE,
    ],
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 5000 },
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: [],
      disableOnNumbers: true,
    },
    // No `synonyms`: the vocabulary is content (the search-terms collection), applied apart from
    // these settings by src/search/terms/apply.ts, so a settings update never overwrites it.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['dan'] }],
    stopWords: DANISH_STOP_WORDS,
    separatorTokens: [],
    nonSeparatorTokens: [],
  }
}

/** The attributes a filter may name, however each is declared. */
export function filterableNames(settings = indexSettings()): string[] {
  return (settings.filterableAttributes ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : entry.attributePatterns,
  )
}

export function settingsHash(settings = indexSettings()): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16)
}

/** A small index of its own records which settings hash each search index carries. */
const metaIndex = (indexName: string) => `${indexName}__meta`

/**
 * Creates the index if needed and applies the settings when their hash differs from the one last
 * applied, so that a start does not make Meilisearch rebuild an unchanged index.
 */
export async function ensureIndex(
  client: Meilisearch,
  indexName: string,
  { force = false }: { force?: boolean } = {},
): Promise<{ created: boolean; settingsApplied: boolean }> {
  const created = await createIndexIfMissing(client, indexName)
  const settings = indexSettings()
  const hash = settingsHash(settings)
  const meta = client.index(metaIndex(indexName))
  const applied = await meta
    .getDocument<{ id: string; hash: string }>('settings')
    .then((doc) => doc.hash)
    .catch(() => undefined)
  if (!force && !created && applied === hash) return { created, settingsApplied: false }
  // A settings change makes Meilisearch re-index what the index holds: proportional to its size.
  const { numberOfDocuments } = await client
    .index(indexName)
    .getStats()
    .catch(() => ({ numberOfDocuments: 0 }))
  await client
    .index(indexName)
    .updateSettings(settings)
    .waitTask(taskWait({ documents: numberOfDocuments }))
  await meta.addDocuments([{ id: 'settings', hash }], { primaryKey: 'id' }).waitTask(taskWait())
  return { created, settingsApplied: true }
}

/** Creates the index, without settings, unless it exists; answers whether it created it. */
export async function createIndexIfMissing(client: Meilisearch, indexName: string) {
  try {
    await client.getRawIndex(indexName)
    return false
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'index_not_found') throw error
    await client.createIndex(indexName, { primaryKey: 'id' }).waitTask(taskWait())
    return true
  }
}

/** Deletes an index and its meta record. */
export async function dropIndex(client: Meilisearch, indexName: string) {
  await client.deleteIndex(indexName).waitTask(taskWait())
  await client.deleteIndex(metaIndex(indexName)).waitTask(taskWait())
}

export { metaIndex }
