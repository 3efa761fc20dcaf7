/**
 * The minimum Meilisearch for production: 1.33.1 fixes a path traversal in dump import present in
 * earlier versions (including 1.21, the embedded default, which listens on loopback only and never
 * imports dumps). The launcher warns when a given Meilisearch (MEILI_HOST) is older.
 */
export const MINIMUM_MEILISEARCH_VERSION = '1.33.1'

type Version = [number, number, number]

/** `1.33.1`, `v1.33.1` or `1.34.0-rc.1` → [1, 33, 1]; undefined for anything else. */
export function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim())
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

/** True when `version` is older than `minimum` (both as parseVersion reads them). */
export function isOlder(version: Version, minimum: Version): boolean {
  for (let index = 0; index < 3; index++) {
    if (version[index] !== minimum[index]) return version[index] < minimum[index]
  }
  return false
}

/**
 * Asks a Meilisearch for its version (GET /version, which needs a key) and returns the warning to
 * show when it is older than the minimum, or cannot be told; undefined when it is recent enough.
 */
export async function meilisearchVersionWarning(
  host: string,
  apiKey: string | undefined,
  { timeoutMs = 5000 }: { timeoutMs?: number } = {},
): Promise<string | undefined> {
  let version: string | undefined
  try {
    const response = await fetch(new URL('/version', host), {
      headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (response.ok) version = ((await response.json()) as { pkgVersion?: string }).pkgVersion
    else if (response.status === 401 || response.status === 403) {
      return `Could not read the version of the Meilisearch on ${host} (${response.status}: the key may not allow /version): production needs ${MINIMUM_MEILISEARCH_VERSION} or later.`
    }
  } catch (error) {
    return `Could not read the version of the Meilisearch on ${host} (${(error as Error).message}): production needs ${MINIMUM_MEILISEARCH_VERSION} or later.`
  }
  const parsed = version ? parseVersion(version) : undefined
  if (!parsed) {
    return `The Meilisearch on ${host} reports no version it can be compared by (${version ?? 'none'}): production needs ${MINIMUM_MEILISEARCH_VERSION} or later.`
  }
  if (isOlder(parsed, parseVersion(MINIMUM_MEILISEARCH_VERSION)!)) {
    return `The Meilisearch on ${host} is version ${version}: production needs ${MINIMUM_MEILISEARCH_VERSION} or later (earlier versions have a path traversal in dump import). Upgrade it.`
  }
  return undefined
}
