import type { Payload } from 'payload'

type ClientLike = { on: (event: 'error', listener: (error: Error) => void) => unknown }
type PoolLike = {
  on: ((event: 'error', listener: (error: Error) => void) => unknown) &
    ((event: 'connect', listener: (client: ClientLike) => void) => unknown)
  listenerCount: (event: 'error') => number
}

/**
 * When Postgres goes away (a restart, a failover), node-postgres reports the error of each idle
 * connection as an `error` event on the pool, and that of a connection checked out between two
 * queries (a transaction) as an `error` event on the client; with no listener, Node turns either
 * into an uncaught exception that can end the server. The pool drops broken connections (idle ones
 * at once, checked-out ones when they are released) and opens new ones on demand, so the app only
 * needs to note it: it reconnects by itself once Postgres answers again. Called from the config's
 * `onInit`, once per Payload instance; connections opened before it have the pool's idle handler.
 */
export function keepServingOnPoolErrors(payload: Payload): void {
  const pool = (payload.db as { pool?: PoolLike }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  let lastReport = 0
  const note = (error: Error) => {
    // One line per outage, not one per pooled connection.
    if (Date.now() - lastReport < 10_000) return
    lastReport = Date.now()
    payload.logger.warn(
      `A database connection was lost (${error.message}); new connections are opened when Postgres answers again.`,
    )
  }
  pool.on('error', note)
  pool.on('connect', (client) => client.on('error', note))
}
