import http from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { meiliHttpClient } from '@/search/service/httpClient'
import { isConnectionError } from '@/search/service/status'

/**
 * The search path's transport (src/search/service/httpClient.ts) against a stand-in Meilisearch
 * on loopback: what it sends, and how each kind of failure reaches ./status.ts.
 */
type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }
let server: http.Server
let host: string
const seen: Seen[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body })
      if (request.url === '/hang/multi-search') return // never answers
      if (request.url === '/missing/multi-search') {
        response.writeHead(404, { 'Content-Type': 'application/json' })
        response.end(
          JSON.stringify({
            message: 'Index `nope` not found.',
            code: 'index_not_found',
            type: 'invalid_request',
            link: 'https://docs.meilisearch.com/errors#index_not_found',
          }),
        )
        return
      }
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ results: [{ indexUid: 'x', hits: [{ title: 'Køge' }] }] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const client = (path = '', timeout = 1500) =>
  new Meilisearch({
    host: `${host}${path}`,
    apiKey: 'key-123',
    timeout,
    httpClient: meiliHttpClient,
  })

describe('the search transport', () => {
  it('sends the client’s request as JSON with its key, asks for no compression, and answers the parsed body', async () => {
    const answer = await client().multiSearch({ queries: [{ indexUid: 'x', q: 'køge' }] })
    expect(answer.results[0]!.hits).toEqual([{ title: 'Køge' }])
    const request = seen.at(-1)!
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/multi-search')
    expect(request.headers.authorization).toBe('Bearer key-123')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['accept-encoding']).toBeUndefined()
    expect(JSON.parse(request.body)).toEqual({ queries: [{ indexUid: 'x', q: 'køge' }] })
    expect(Number(request.headers['content-length'])).toBe(Buffer.byteLength(request.body))
  })

  it('turns a refusal into MeilisearchApiError with its code: not an outage', async () => {
    const error = await client('/missing')
      .multiSearch({ queries: [{ indexUid: 'nope' }] })
      .catch((e: unknown) => e)
    // The client hands a custom transport's error on wrapped; the refusal is its cause.
    expect(error).toBeInstanceOf(MeilisearchRequestError)
    const refusal = (error as Error).cause as MeilisearchApiError
    expect(refusal).toBeInstanceOf(MeilisearchApiError)
    expect(refusal.response.status).toBe(404)
    expect(refusal.cause).toMatchObject({ code: 'index_not_found' })
    expect(isConnectionError(error)).toBe(false)
  })

  it('gives up on a hanging server after the timeout, as an outage', async () => {
    const started = performance.now()
    const error = await client('/hang', 200)
      .multiSearch({ queries: [{ indexUid: 'x' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MeilisearchRequestError)
    expect((error as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError)
    expect(isConnectionError(error)).toBe(true)
    expect(performance.now() - started).toBeLessThan(1400)
  })

  it('reports a server that is not there as an outage', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const error = await new Meilisearch({
      host: `http://127.0.0.1:${port}`,
      timeout: 1500,
      httpClient: meiliHttpClient,
    })
      .multiSearch({ queries: [{ indexUid: 'x' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MeilisearchRequestError)
    expect(isConnectionError(error)).toBe(true)
  })
})
