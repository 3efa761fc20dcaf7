import { relationId } from '@/utilities/relationId'

/**
 * What a search document carries of a listing's outcomes: their slugs, for the `outcome` filter
 * and its facet »Følger op på …« (src/search/query/params.ts). Documents of other kinds carry none.
 */
export type OutcomeDocumentFields = {
  outcomes?: string[]
}

type OutcomeRow = { outcome?: unknown } | null | undefined

/** The slugs of the outcomes a listing names, in its order, each once; unknown ids are left out. */
export function outcomeDocumentFields(
  rows: readonly OutcomeRow[] | null | undefined,
  slugOf: ReadonlyMap<number, string>,
): Required<OutcomeDocumentFields> {
  const slugs = (rows ?? []).flatMap((row) => {
    const id = relationId(row?.outcome)
    const slug = id === undefined ? undefined : slugOf.get(id)
    return slug ? [slug] : []
  })
  return { outcomes: [...new Set(slugs)] }
}
