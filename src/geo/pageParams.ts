import { parseSearchParams, type ParsedSearch } from '@/search/query/params'

type Raw = URLSearchParams | Record<string, string | string[] | undefined>

/**
 * The results page reads its address as the API does, with one kindness: »Afstand« chosen in the
 * sort menu before a postal code or a position is given is read as the default order, and the page
 * asks for a starting point instead of refusing the search (`distanceNeedsPoint`).
 */
export function parseSearchParamsForPage(
  input: Raw,
): ParsedSearch & { distanceNeedsPoint?: boolean } {
  const parsed = parseSearchParams(input)
  if (
    parsed.ok ||
    !parsed.errors.every((error) => error.param === 'sort' && /needs near/.test(error.message))
  ) {
    return parsed
  }
  const query = new URLSearchParams(
    input instanceof URLSearchParams
      ? input
      : Object.entries(input).flatMap(([key, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v]),
        ),
  )
  query.delete('sort')
  return { ...parseSearchParams(query), distanceNeedsPoint: true }
}
