import type { SearchDocument } from '../indexing/documents'
import type { FacetName, SearchParams } from './params'

/** Which document attribute each filter (and facet) works on. */
export const facetAttribute = {
  kind: 'kind',
  municipality: 'municipalities',
  age: 'ages',
  topic: 'topics',
  legalBasis: 'legalBases',
  cost: 'cost',
  capacity: 'capacity',
  language: 'languages',
  outcome: 'outcomes',
} as const satisfies Record<FacetName, keyof SearchDocument>

export type Selection = Partial<Record<FacetName, Array<string | number>>>

/** The values chosen for each filter; filters without a value are left out. */
export function selection(params: SearchParams): Selection {
  const chosen: Selection = {
    kind: params.kind,
    municipality: params.municipality,
    age: params.age,
    topic: params.topic,
    legalBasis: params.legalBasis,
    cost: params.cost ? [params.cost] : [],
    capacity: params.capacity ? [params.capacity] : [],
    language: params.language,
    outcome: params.outcome,
  }
  return Object.fromEntries(
    Object.entries(chosen).filter(([, values]) => values && values.length > 0),
  ) as Selection
}

type Viewer = { role?: string | null; organization?: unknown } | null

/**
 * Meilisearch filters for a selection: OR within a filter (IN), AND between filters. `except`
 * leaves one filter out, for that filter's own (disjunctive) facet counts.
 */
export function meiliFilters(chosen: Selection, except?: FacetName): string[] {
  return Object.entries(chosen)
    .filter(([facet]) => facet !== except)
    .map(
      ([facet, values]) =>
        `${facetAttribute[facet as FacetName]} IN [${values!.map((v) => JSON.stringify(v)).join(', ')}]`,
    )
}

/** The same rule in code, for the Postgres fallback: a document passes the selection. */
export function matches(document: SearchDocument, chosen: Selection, except?: FacetName): boolean {
  for (const [facet, values] of Object.entries(chosen)) {
    if (facet === except) continue
    const value = document[facetAttribute[facet as FacetName]] as unknown
    const ok = Array.isArray(value)
      ? value.some((item) => values!.includes(item))
      : values!.includes(value as string)
    if (!ok) return false
  }
  return true
}

export type { Viewer }
