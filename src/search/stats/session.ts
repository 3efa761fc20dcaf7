import { clientKey } from '@/security/rateLimit'

import type { SearchSession } from './record'

/**
 * What tells one searcher from another within a day: the account when logged in (fifty
 * caseworkers behind one municipal address are fifty sessions), else the client address and
 * browser. It is hashed with the day's salt at once and never stored as such.
 */
export function sessionOf(
  headers: Headers,
  user: { id: number | string } | null | undefined,
): SearchSession {
  return {
    client: clientKey(headers),
    userAgent: headers.get('user-agent') ?? '',
    account: user?.id ?? null,
  }
}
