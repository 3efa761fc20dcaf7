import type { AfterErrorHook, Payload } from 'payload'

import { errorChain } from './errorChain'

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

/** SQLSTATEs and socket errors that say Postgres cannot be reached now, not that a query is wrong. */
const unavailableCodes = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '53300', // too_many_connections
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
])
const unavailableMessages =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|terminating connection|postmaster exit|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i

/** Whether an error (or one it wraps) means the database is out of reach for the moment. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of errorChain(error)) {
    const code = typeof link.code === 'string' ? link.code : ''
    if (code.startsWith('08') || unavailableCodes.has(code)) return true
    if (typeof link.message === 'string' && unavailableMessages.test(link.message)) return true
  }
  return false
}

/**
 * A request that meets a database outage (Postgres restarting) answers 503, as /api/health does,
 * instead of Payload's 500: the request was fine and can be sent again shortly.
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error }) =>
  isDatabaseUnavailable(error)
    ? {
        status: 503,
        response: {
          errors: [
            {
              message:
                'Databasen er midlertidigt utilgængelig (den genstarter). Prøv igen om et øjeblik.',
            },
          ],
        },
      }
    : undefined
