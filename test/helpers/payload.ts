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
