export type ChainedError = { code?: unknown; message?: unknown; cause?: unknown }

/**
 * An error and the errors it wraps through `cause`, outermost first (Drizzle wraps node-postgres'
 * errors, Payload sometimes wraps Drizzle's). Bounded, since a cause may point back at itself.
 */
export function* errorChain(error: unknown, limit = 5): Generator<ChainedError> {
  let current = error
  for (let depth = 0; current && typeof current === 'object' && depth < limit; depth++) {
    yield current as ChainedError
    current = (current as ChainedError).cause
  }
}

/** The first string `code` in an error's chain (a SQLSTATE or a Node socket error code). */
export function codeOf(error: unknown): string | undefined {
  for (const link of errorChain(error)) if (typeof link.code === 'string') return link.code
  return undefined
}
