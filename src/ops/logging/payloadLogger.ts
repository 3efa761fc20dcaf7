import type { Logger } from 'pino'

import { createPortalLogger } from './logger'

const globalKey = Symbol.for('videnportal.payloadLogger')
type WithLogger = typeof globalThis & { [globalKey]?: Logger }

/**
 * Payload's logger (its `logger` option): the portal's JSON lines, one logger per process (the
 * config is evaluated by several bundles). DISABLE_LOGGING=true silences it, as it does Payload's.
 */
export function portalLogger(): Logger {
  const holder = globalThis as WithLogger
  holder[globalKey] ??= createPortalLogger({
    name: 'payload',
    ...(process.env.DISABLE_LOGGING === 'true' ? { level: 'silent' } : {}),
  })
  return holder[globalKey]
}
