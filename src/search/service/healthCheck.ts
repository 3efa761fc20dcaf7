import 'server-only'

import { searchConfig } from './config'

/** True when the Meilisearch at MEILI_HOST answers its health check within `timeoutMs`. */
export async function isSearchHealthy(timeoutMs = 2000): Promise<boolean> {
  const host = searchConfig()?.host
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
