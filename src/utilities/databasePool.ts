import type { Payload } from 'payload'

type PoolLike = {
  on: (event: 'error', listener: (error: Error) => void) => unknown
  listenerCount: (event: 'error') => number
}

/**
 * When Postgres goes away (a restart, a failover), node-postgres' pool reports the error of each
 * idle connection as an `error` event on the pool; with no listener, Node turns that into an
 * uncaught exception that can end the server. The pool has already dropped the broken connection
 * and opens new ones on demand, so the app only needs to note it: it reconnects by itself once
 * Postgres answers again. Called from the config's `onInit`, once per Payload instance.
 */
export function keepServingOnPoolErrors(payload: Payload): void {
  const pool = (payload.db as { pool?: PoolLike }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  let lastReport = 0
  pool.on('error', (error) => {
    // One line per outage, not one per pooled connection.
    if (Date.now() - lastReport < 10_000) return
    lastReport = Date.now()
    payload.logger.warn(
      `A database connection was lost (${error.message}); new connections are opened when Postgres answers again.`,
    )
  })
}
