import 'server-only'

import { Meilisearch } from 'meilisearch'

let client: Meilisearch | undefined

/**
 * The server's Meilisearch client. Its key never leaves the server: the portal queries through
 * our own API, which decides visibility from the session.
 */
export function getSearchClient(): Meilisearch | undefined {
  const host = process.env.MEILI_HOST
  if (!host) return undefined
  client ??= new Meilisearch({ host, apiKey: process.env.MEILI_API_KEY || undefined })
  return client
}

/** True when Meilisearch answers its health check within `timeoutMs`. */
export async function isSearchHealthy(timeoutMs = 2000): Promise<boolean> {
  const host = process.env.MEILI_HOST
  if (!host) return false
  try {
    const response = await fetch(new URL('/health', host), {
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) return false
    const body = (await response.json()) as { status?: string }
    return body.status === 'available'
  } catch {
    return false
  }
}
