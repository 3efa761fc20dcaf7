import { shortlistOutcomes, shortlistProblems } from '@/shortlists/outcomes'
import type { ShortlistLabels } from '@/shortlists/labels'

type RawSearchParams = Record<string, string | string[] | undefined>

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '')

/** The outcome a shortlist form returned with (`?ok=` or `?fejl=`), in words. */
export function ShortlistMessage({ query, l }: { query: RawSearchParams; l: ShortlistLabels }) {
  const ok = one(query.ok)
  const problem = one(query.fejl)
  if ((shortlistOutcomes as readonly string[]).includes(ok)) {
    return (
      <p className="notice" role="status" data-shortlist-outcome={ok}>
        {l[ok as (typeof shortlistOutcomes)[number]] as string}
      </p>
    )
  }
  if ((shortlistProblems as readonly string[]).includes(problem)) {
    return (
      <p className="notice notice--error" role="alert" data-shortlist-problem={problem}>
        {l.errors[problem as (typeof shortlistProblems)[number]]}
      </p>
    )
  }
  return null
}
