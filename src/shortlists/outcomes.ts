/** The outcomes a form returns with (`?ok=` / `?fejl=`), read by the pages. */
export const shortlistOutcomes = [
  'created',
  'renamed',
  'used',
  'deleted',
  'removed',
  'saved',
  'sharingSaved',
  'sharedWithDone',
  'unshared',
  'copied',
] as const
export const shortlistProblems = [
  'login',
  'name',
  'cpr',
  'notFound',
  'colleague',
  'self',
  'entries',
] as const
export type ShortlistOutcome = (typeof shortlistOutcomes)[number]
export type ShortlistProblem = (typeof shortlistProblems)[number]
