import type { Payload } from 'payload'

/** How long loading Payload's modules and connecting may take before the benchmark gives up. */
export function payloadLoadTimeoutMs(value = process.env.BENCH_LOAD_TIMEOUT_SECONDS): number {
  const seconds = Number(value)
  return value && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 300_000
}

export class PayloadLoadTimeoutError extends Error {
  constructor(step: string, ms: number) {
    super(
      `${step} did not finish within ${ms / 1000} s (BENCH_LOAD_TIMEOUT_SECONDS). ` +
        'With no database connection open and the event loop idle, this is the module loader ' +
        "losing a dynamic import's answer under load (tsx's off-thread loader on Node 20; the " +
        'same fault ends a short-lived child with exit code 13, see src/launcher/tsEntry.ts); ' +
        'this process cannot recover from it. Run the benchmark again, on a quieter machine or ' +
        'under Node 24.',
    )
    this.name = 'PayloadLoadTimeoutError'
  }
}

/** `promise`, or a PayloadLoadTimeoutError naming `step` once `ms` have passed. */
export async function within<T>(promise: Promise<T>, step: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PayloadLoadTimeoutError(step, ms)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Payload in this process, for the benchmarks: its modules first, then the config (one dynamic
 * import at a time: the two in parallel gave the loader two overlapping graphs to resolve), then
 * `getPayload`, each step bounded so that a lost import ends with a message instead of a hang.
 */
export async function loadPayload(ms = payloadLoadTimeoutMs()): Promise<Payload> {
  const started = Date.now()
  const left = () => Math.max(1000, ms - (Date.now() - started))
  const { getPayload } = await within(import('payload'), 'Importing payload', left())
  const { default: config } = await within(
    import('@payload-config'),
    'Importing the Payload config (payload.config.ts)',
    left(),
  )
  return within(getPayload({ config }), 'Starting Payload (getPayload)', left())
}
