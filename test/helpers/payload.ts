import type { Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** A real Payload on the test database (env set by setupEnv.ts), shared within a test file. */
export function getTestPayload(): Promise<Payload> {
  instance ??= (async () => {
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('@payload-config'),
    ])
    return getPayload({ config })
  })()
  return instance
}

/** Closes the file's Payload and its pool, and forgets it in getPayload's process-wide cache. */
export async function closeTestPayload() {
  if (!instance) return
  const payload = await instance
  instance = undefined
  await payload.destroy()
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
}
