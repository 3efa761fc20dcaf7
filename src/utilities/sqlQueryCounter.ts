import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Counts the SQL statements Payload sends through drizzle, per request, for benchmarks
 * (`SQL_QUERY_COUNT=1`). The benchmark's HTTP server runs each request inside `runCounted`; the
 * drizzle logger adds one for every statement issued in that request's async context. Statements
 * of background work (the jobs runner) belong to no request and are not counted.
 *
 * The storage lives on globalThis, so the benchmark script and the copy of this module bundled
 * into the Next server share it.
 */
export type QueryCount = { queries: number; statements: string[] }

const KEY = Symbol.for('videnportal.sqlQueryCounter')
type Holder = { [KEY]?: AsyncLocalStorage<QueryCount> }

export function queryCountStorage(): AsyncLocalStorage<QueryCount> {
  const holder = globalThis as Holder
  holder[KEY] ??= new AsyncLocalStorage<QueryCount>()
  return holder[KEY]
}

export const sqlQueryCountEnabled = () => process.env.SQL_QUERY_COUNT === '1'

/** A drizzle logger that counts (and keeps the text of) each statement of the current request. */
export const sqlQueryCounter = {
  logQuery(query: string) {
    const count = queryCountStorage().getStore()
    if (!count) return
    count.queries += 1
    if (count.statements.length < 50) count.statements.push(query.slice(0, 300))
  },
}

export function runCounted<T>(fn: () => T): { count: QueryCount; result: T } {
  const count: QueryCount = { queries: 0, statements: [] }
  const result = queryCountStorage().run(count, fn)
  return { count, result }
}
