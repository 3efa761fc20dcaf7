import type { AuthStrategy, Payload } from 'payload'

import { isDeactivated } from './deactivate'

const guarded = Symbol.for('videnportal.accounts.guarded')
type Guarded = AuthStrategy & { [guarded]?: true }

/**
 * Every way in refuses a closed account: each auth strategy (Payload's JWT sessions, single
 * sign-on, API keys, whatever a plugin adds) is wrapped so that a user it finds who is
 * deactivated counts as nobody. Ending the sessions already refuses old tokens; this also holds
 * for a strategy without sessions and for a token signed before the deactivation committed.
 */
export function refuseDeactivatedInEveryStrategy(payload: Payload): void {
  payload.authStrategies = payload.authStrategies.map((strategy: Guarded) => {
    if (strategy[guarded]) return strategy
    const wrapped: Guarded = {
      ...strategy,
      authenticate: async (args) => {
        const result = await strategy.authenticate(args)
        const user = result.user as (typeof result.user & { deactivatedAt?: unknown }) | null
        if (!user || user.collection !== 'users') return result
        let closed = isDeactivated(user)
        if (!('deactivatedAt' in user)) {
          // A strategy that returned a partial user: read the one column.
          // access: system check of the account that is signing in.
          const row = await args.payload.db.findOne<{ id: number; deactivatedAt?: string | null }>({
            collection: 'users',
            where: { id: { equals: user.id } },
            select: { deactivatedAt: true } as never,
            req: args.req,
          })
          closed = isDeactivated(row)
        }
        return closed ? { ...result, user: null } : result
      },
    }
    wrapped[guarded] = true
    return wrapped
  })
}
