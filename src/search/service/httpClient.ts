import http from 'node:http'
import https from 'node:https'

import { MeilisearchApiError } from 'meilisearch'

/**
 * The search client's HTTP transport: plain node:http with kept-alive connections instead of the
 * global fetch. A search is the app's hottest request, and on its path fetch costs more than the
 * search's own code: Next wraps the global fetch (tracing, its fetch cache), undici builds web
 * streams for every body, and fetch asks for gzip, so Meilisearch compresses every answer and this
 * process decompresses it again, over loopback or the private network where it saves nothing.
 *
 * It keeps the meilisearch client's contract for a custom `httpClient`: it answers the parsed
 * JSON body; it rejects with MeilisearchApiError for a status outside 2xx (the client does not
 * check the status then, and hands the error on inside a MeilisearchRequestError), with the
 * signal's reason when the client's timeout aborts the request (the client turns that into
 * MeilisearchRequestTimeOutError) and with the socket's error otherwise (MeilisearchRequestError).
 * ./status.ts tells an outage from a refusal as it does with fetch.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
}

function headerObject(headers: HeadersInit | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  new Headers(headers).forEach((value, name) => {
    result[name] = value
  })
  return result
}

export function meiliHttpClient(
  input: RequestInfo | URL,
  init: RequestInit = {},
): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const transport = url.protocol === 'https:' ? https : http
  const agent = agents[url.protocol as keyof typeof agents]
  if (!agent) return Promise.reject(new Error(`Unsupported protocol ${url.protocol}`))
  const body = typeof init.body === 'string' ? init.body : undefined
  const headers = headerObject(init.headers)
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body))
  const signal = init.signal ?? undefined
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const request = transport.request(url, { method: init.method ?? 'GET', headers, agent })
    const onAbort = () => {
      request.destroy()
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const done = () => signal?.removeEventListener('abort', onAbort)
    request.on('error', (error) => {
      done()
      reject(error)
    })
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', (error) => {
        done()
        reject(error)
      })
      response.on('end', () => {
        done()
        const text = Buffer.concat(chunks).toString('utf8')
        const status = response.statusCode ?? 0
        let parsed: unknown
        try {
          parsed = text === '' ? undefined : JSON.parse(text)
        } catch (error) {
          reject(error)
          return
        }
        if (status >= 200 && status < 300) {
          resolve(parsed)
          return
        }
        reject(
          new MeilisearchApiError(
            new Response(null, { status, statusText: response.statusMessage ?? '' }),
            parsed as ConstructorParameters<typeof MeilisearchApiError>[1],
          ),
        )
      })
    })
    request.end(body)
  })
}
