import { afterAll, describe, expect, inject, it } from 'vitest'

import { type RunningNext, startNext, waitUntilServing } from '../../src/launcher/app'
import { findFreePort } from '../../src/launcher/ports'
import { baseURL } from '../helpers/http'

const servers: RunningNext[] = []

/** A second server on the same build whose environment points a service at a closed port. */
async function serverWith(overrides: Record<string, string>) {
  const deadPort = await findFreePort()
  const env = { ...process.env, ...inject('serviceEnv'), ...overrides }
  for (const [key, value] of Object.entries(env)) {
    if (typeof value === 'string') env[key] = value.replace('DEAD_PORT', String(deadPort))
  }
  const server = await startNext({
    mode: 'start',
    port: await findFreePort(),
    env,
    stdio: 'ignore',
  })
  servers.push(server)
  expect(await waitUntilServing(server.url, server.child)).toBe(true)
  return server.url
}

async function health(url: string) {
  const response = await fetch(`${url}/api/health`)
  return {
    status: response.status,
    retryAfter: response.headers.get('Retry-After'),
    body: await response.json(),
  }
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
})

describe('GET /api/health', () => {
  it('is ok with both services up', async () => {
    expect(await health(baseURL())).toEqual({
      status: 200,
      retryAfter: null,
      body: { status: 'ok', database: 'ok', search: 'ok' },
    })
  })

  it('is degraded (200) when only search is down', async () => {
    const url = await serverWith({ MEILI_HOST: 'http://127.0.0.1:DEAD_PORT' })
    expect(await health(url)).toEqual({
      status: 200,
      retryAfter: null,
      body: { status: 'degraded', database: 'ok', search: 'down' },
    })
  })

  it('is down (503) when the database is down', async () => {
    const uri = inject('serviceEnv').DATABASE_URI!.replace(/:\d+\//, ':DEAD_PORT/')
    const url = await serverWith({ DATABASE_URI: uri })
    const { status, body, retryAfter } = await health(url)
    expect(status).toBe(503)
    expect(Number(retryAfter)).toBeGreaterThan(0)
    expect(body).toEqual({ status: 'down', database: 'down', search: 'ok' })
  })
})
