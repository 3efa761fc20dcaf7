import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import {
  isOlder,
  meilisearchVersionWarning,
  MINIMUM_MEILISEARCH_VERSION,
  parseVersion,
} from '../../src/launcher/meilisearchVersion'

let server: Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** A stand-in for an external Meilisearch's GET /version (outside the product). */
async function meiliAnswering(status: number, body: unknown, key = 'secret-key') {
  server = createServer((request, response) => {
    if (request.url !== '/version') return response.writeHead(404).end()
    if (request.headers.authorization !== `Bearer ${key}`) return response.writeHead(401).end('{}')
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
}

describe('the minimum Meilisearch version for production', () => {
  it('is 1.33.1, compared by number and not as text', () => {
    expect(MINIMUM_MEILISEARCH_VERSION).toBe('1.33.1')
    const minimum = parseVersion('1.33.1')!
    expect(isOlder(parseVersion('1.21.0')!, minimum)).toBe(true)
    expect(isOlder(parseVersion('1.33.0')!, minimum)).toBe(true)
    expect(isOlder(parseVersion('1.4.0')!, minimum)).toBe(true)
    expect(isOlder(parseVersion('0.99.99')!, minimum)).toBe(true)
    expect(isOlder(parseVersion('1.33.1')!, minimum)).toBe(false)
    expect(isOlder(parseVersion('v1.100.0')!, minimum)).toBe(false)
    expect(isOlder(parseVersion('2.0.0-rc.1')!, minimum)).toBe(false)
    expect(parseVersion('latest')).toBeUndefined()
  })

  it('warns about an older external Meilisearch, with its version and the minimum', async () => {
    const host = await meiliAnswering(200, {
      pkgVersion: '1.33.0',
      commitSha: 'x',
      commitDate: 'y',
    })
    const warning = await meilisearchVersionWarning(host, 'secret-key')
    expect(warning).toMatch(/is version 1\.33\.0: production needs 1\.33\.1 or later/)
  })

  it('is silent for 1.33.1 and later', async () => {
    const host = await meiliAnswering(200, { pkgVersion: '1.33.1' })
    expect(await meilisearchVersionWarning(host, 'secret-key')).toBeUndefined()
  })

  it('warns when the version cannot be read (a key without access, no answer)', async () => {
    const host = await meiliAnswering(200, { pkgVersion: '1.40.0' })
    expect(await meilisearchVersionWarning(host, 'wrong-key')).toMatch(
      /Could not read the version .*401.*1\.33\.1 or later/,
    )
    expect(
      await meilisearchVersionWarning('http://127.0.0.1:9', undefined, { timeoutMs: 500 }),
    ).toMatch(/Could not read the version/)
  })
})
