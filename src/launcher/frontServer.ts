/**
 * The portal's own front server: a small node:http proxy in the launcher process that owns the
 * public port and forwards to Next bound on localhost:<internal port> (loopback only).
 *
 * Why not Next's custom-server API in-process: the launcher already supervises `next start`/`next
 * dev` as a child (restart, shutdown, the Node 20 loader retry), and a proxy in front keeps that,
 * keeps `next dev` and HMR unchanged, and is the one place where operations can hang request ids,
 * graceful shutdown and metrics. Neither Next's proxy.ts nor route handlers can see the socket, so
 * this is also the only place that knows the real peer address. It:
 * - decides the client address from the socket and TRUSTED_PROXIES (src/security/trustedProxies)
 *   and hands it to Next as the only `X-Forwarded-For` / `X-Real-IP`; forwarded host and proto
 *   survive only from a trusted proxy,
 * - answers paths with malformed percent-escapes itself with a 400 (Next answers them with a 500
 *   and a stack trace before any of our code runs),
 * - adds an `X-Request-Id` to the request and the response,
 * - counts requests by route kind with their latency, answers /api/metrics (src/ops/metrics) and
 *   writes one access line per request (src/ops/logging),
 * - on close (SIGTERM) stops taking connections and lets the requests in flight finish within
 *   SHUTDOWN_TIMEOUT_SECONDS (src/ops/shutdown),
 * - streams bodies both ways without buffering (uploads, streamed pages) and passes redirects and
 *   WebSocket upgrades (HMR under `next dev`) through untouched.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { Duplex } from 'node:stream'

import type { Logger } from 'pino'

import { UserFacingError } from './errors'
import { answerMetrics } from '../ops/metrics/frontEndpoint'
import { requestMetrics } from '../ops/metrics/requestMetrics'
import { RequestDrain, shutdownTimeoutMs } from '../ops/shutdown/drain'
import { sessionClaims } from '../security/sessionUser'
import { clientAddress, parseTrustedProxies, type TrustedProxies } from '../security/trustedProxies'

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are not forwarded. */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

const hexPair = /^[0-9a-f]{2}$/i

/** Methods whose requests carry no body here, so they can be sent to Next again. */
const bodiless = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE'])

/**
 * What is wrong with the percent-escapes of a request path, or null when they decode. Only the path
 * is checked (Next decodes it and fails on bad escapes; the query string it parses leniently).
 */
export function malformedPathProblem(url: string): string | null {
  const end = url.search(/[?#]/)
  const path = end === -1 ? url : url.slice(0, end)
  for (let index = path.indexOf('%'); index !== -1; index = path.indexOf('%', index + 1)) {
    const pair = path.slice(index + 1, index + 3)
    if (!hexPair.test(pair)) {
      return `"${path.slice(index, index + 3)}" is not a percent-escape (a % must be followed by two hex digits; write a literal % as %25)`
    }
  }
  try {
    decodeURIComponent(path)
  } catch {
    return 'the percent-escapes do not decode as UTF-8'
  }
  return null
}

const badPathHtml = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ugyldig adresse – Videnportal</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
</head>
<body>
<main>
<h1>Ugyldig adresse</h1>
<p>Adressen indeholder tegn, der ikke er kodet korrekt (for eksempel et %-tegn, som ikke følges af to hexadecimale cifre), så siden kan ikke åbnes.</p>
<p>Tjek linket, eller gå til <a href="/">forsiden</a> og søg derfra.</p>
</main>
</body>
</html>
`

function answerBadPath(url: string, problem: string, requestId: string, res: http.ServerResponse) {
  const api = url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')
  const body = api
    ? JSON.stringify({ errors: [{ message: `Malformed request path: ${problem}.` }] })
    : badPathHtml
  res.writeHead(400, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Request-Id': requestId,
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

/** Request id from a trusted proxy if it sent a sane one, else a new one. */
function requestIdOf(req: http.IncomingMessage, peerTrusted: boolean) {
  const given = req.headers['x-request-id']
  if (peerTrusted && typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given)) return given
  return randomUUID()
}

/** The headers Next gets: the client address decided here, forwarded host/proto only if trusted. */
export function forwardedHeaders(
  req: Pick<http.IncomingMessage, 'headers' | 'socket'>,
  trusted: TrustedProxies,
  requestId: string,
  { keepUpgrade = false } = {},
): http.OutgoingHttpHeaders {
  const peer = req.socket.remoteAddress ?? ''
  const peerTrusted = trusted.trusts(peer)
  const client = clientAddress(peer, req.headers['x-forwarded-for'], trusted)
  const headers: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (hopByHop.has(name) && !(keepUpgrade && (name === 'connection' || name === 'upgrade'))) {
      continue
    }
    headers[name] = value
  }
  headers['x-forwarded-for'] = client
  headers['x-real-ip'] = client
  headers['x-request-id'] = requestId
  const proto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim()
    .toLowerCase()
  headers['x-forwarded-proto'] =
    peerTrusted && (proto === 'https' || proto === 'http') ? proto : 'http'
  if (!peerTrusted) {
    // What Next itself would have set facing the client directly (it fills in only what is unset).
    if (req.headers.host) headers['x-forwarded-host'] = req.headers.host
    else delete headers['x-forwarded-host']
    headers['x-forwarded-port'] = String(req.socket.localPort ?? '')
    delete headers['forwarded']
  }
  return headers
}

/** Raw response headers without hop-by-hop ones, plus the request id. */
function responseHeaders(raw: string[], requestId: string, { keepUpgrade = false } = {}) {
  const out: string[] = []
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index]!.toLowerCase()
    if (name === 'x-request-id') continue
    if (hopByHop.has(name) && name !== 'transfer-encoding') {
      if (!(keepUpgrade && (name === 'connection' || name === 'upgrade'))) continue
    }
    out.push(raw[index]!, raw[index + 1]!)
  }
  out.push('X-Request-Id', requestId)
  return out
}

export type FrontServer = { url: string; server: http.Server; close: () => Promise<void> }

export type FrontServerOptions = {
  /** The public port (0: any free one, for tests). */
  port: number
  /** Where Next listens, on the loopback interface. */
  targetPort: number
  /**
   * Next's host: `localhost`, as Next is started with `--hostname localhost` (with 127.0.0.1 its
   * proxy builds URLs on localhost and takes its own rewrites for external ones).
   */
  targetHost?: string
  /** The comma list of TRUSTED_PROXIES. */
  trustedProxies?: string
  host?: string
  onError?: (message: string) => void
  /** Progress of a shutdown. */
  onInfo?: (message: string) => void
  /** The bearer token of /api/metrics (METRICS_TOKEN); without it the metrics answer 401. */
  metricsToken?: string
  /** One line per request (request id, account id and role, status, time); none without it. */
  accessLog?: Logger
  /** PAYLOAD_SECRET, to name the account of a request in the access log (never its e-mail). */
  payloadSecret?: string
  /** Milliseconds to let requests in flight finish on close (default SHUTDOWN_TIMEOUT_SECONDS). */
  shutdownTimeoutMs?: number
}

export function createFrontServer({
  targetPort,
  targetHost = 'localhost',
  trustedProxies,
  onError = () => {},
  metricsToken,
  accessLog,
  payloadSecret,
}: Omit<FrontServerOptions, 'port' | 'host'>) {
  const trusted = parseTrustedProxies(trustedProxies)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  const freshAgent = new http.Agent({ keepAlive: false, maxSockets: 256 })
  /** Whether Next has answered once: before that, a refused connection means it is starting. */
  let nextAnswered = false
  /** Upgraded connections (WebSockets), which the HTTP server no longer tracks. */
  const upgraded = new Set<Duplex>()
  const metrics = requestMetrics()

  const server = http.createServer((req, res) => {
    const requestId = requestIdOf(req, trusted.trusts(req.socket.remoteAddress ?? ''))
    const url = req.url ?? '/'
    drain.track(res)
    const timing = metrics.start(req.method, url)
    res.once('close', () => {
      const outcome = res.writableFinished ? 'finished' : drain.draining ? 'cut-off' : 'client-gone'
      const seconds = timing.end(res.statusCode, outcome)
      if (accessLog) {
        logRequest(accessLog, {
          req,
          res,
          url,
          requestId,
          kind: timing.kind,
          seconds,
          outcome,
          payloadSecret,
        })
      }
    })
    if (timing.kind === 'metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      return answerMetrics({
        req,
        res,
        requestId,
        token: metricsToken,
        target: { host: targetHost, port: targetPort, agent: freshAgent },
      })
    }
    const problem = malformedPathProblem(url)
    if (problem) {
      req.resume()
      return answerBadPath(url, problem, requestId, res)
    }
    const headers = forwardedHeaders(req, trusted, requestId)
    // Requests without a body can be sent again when a kept-alive connection turns out to have
    // been closed by Next in the meantime (Node's documented race); requests with a body could
    // not, so they get a fresh connection each.
    const repeatable =
      bodiless.has(req.method ?? '') &&
      !req.headers['content-length'] &&
      !req.headers['transfer-encoding']
    let clientGone = false
    let current: http.ClientRequest | undefined

    const send = (attempt: number) => {
      let upstream: http.ClientRequest
      try {
        upstream = http.request({
          host: targetHost,
          port: targetPort,
          method: req.method,
          path: url,
          headers,
          agent: repeatable && attempt === 1 ? agent : freshAgent,
        })
      } catch (error) {
        // Node refused to send it on (a header or path it cannot write): the request's fault.
        onError(`Refused ${req.method} ${url}: ${(error as Error).message}`)
        req.resume()
        res.writeHead(400, {
          'Content-Type': 'text/plain; charset=utf-8',
          'X-Request-Id': requestId,
        })
        return res.end('Ugyldig forespørgsel.\n')
      }
      current = upstream
      upstream.on('response', (answer) => {
        nextAnswered = true
        res.writeHead(
          answer.statusCode ?? 502,
          answer.statusMessage,
          responseHeaders(answer.rawHeaders, requestId),
        )
        answer.pipe(res)
        answer.on('error', () => res.destroy())
      })
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        // The client left first (a prefetch cut short): nothing went wrong behind it.
        if (clientGone || res.headersSent) return res.destroy()
        if (repeatable && upstream.reusedSocket && error.code === 'ECONNRESET' && attempt === 1) {
          return send(2)
        }
        // Next not listening yet while it starts is expected; anything else is worth a line.
        if (nextAnswered || error.code !== 'ECONNREFUSED') {
          onError(`The app server did not answer ${req.method} ${url}: ${error.message}`)
        }
        const body = 'Videnportal er ikke klar lige nu. Prøv igen om lidt.\n'
        res.writeHead(502, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Length': Buffer.byteLength(body),
          'Retry-After': '5',
          'X-Request-Id': requestId,
        })
        res.end(body)
      })
      if (repeatable) {
        req.resume()
        upstream.end()
      } else req.pipe(upstream)
    }

    // A client that goes away stops the work behind it.
    res.on('close', () => {
      if (res.writableFinished) return
      clientGone = true
      current?.destroy()
    })
    send(1)
  })

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const requestId = randomUUID()
    const url = req.url ?? '/'
    if (malformedPathProblem(url)) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const upstream = http.request({
      host: targetHost,
      port: targetPort,
      method: req.method,
      path: url,
      headers: forwardedHeaders(req, trusted, requestId, { keepUpgrade: true }),
    })
    upstream.on('upgrade', (answer, upstreamSocket, upstreamHead) => {
      const lines = [`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage ?? ''}`]
      const raw = responseHeaders(answer.rawHeaders, requestId, { keepUpgrade: true })
      for (let index = 0; index + 1 < raw.length; index += 2) {
        lines.push(`${raw[index]}: ${raw[index + 1]}`)
      }
      socket.write(`${lines.join('\r\n')}\r\n\r\n`)
      if (upstreamHead.length) socket.write(upstreamHead)
      upstreamSocket.pipe(socket).pipe(upstreamSocket)
      upgraded.add(socket)
      for (const [one, other] of [
        [socket, upstreamSocket],
        [upstreamSocket, socket],
      ] as const) {
        one.on('error', () => other.destroy())
        one.on('close', () => {
          other.destroy()
          upgraded.delete(socket)
        })
      }
    })
    upstream.on('response', (answer) => {
      // Next refused the upgrade: pass its answer on and close.
      socket.end(
        `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      )
      answer.resume()
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
    if (head.length) upstream.write(head)
    upstream.end()
  })

  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })
  const drain = new RequestDrain(server)

  return { server, agent, freshAgent, trusted, upgraded, drain }
}

/**
 * The access line of a request: who (account id and role from a valid session, never the e-mail),
 * what (method, path without the query string, which may carry signed tokens), the answer and the
 * time. Static files at debug level; server errors at warn; the rest at info.
 */
function logRequest(
  logger: Logger,
  {
    req,
    res,
    url,
    requestId,
    kind,
    seconds,
    outcome,
    payloadSecret,
  }: {
    req: http.IncomingMessage
    res: http.ServerResponse
    url: string
    requestId: string
    kind: string
    seconds: number
    outcome: string
    payloadSecret?: string
  },
) {
  const claims = sessionClaims(
    { get: (name: string) => headerValue(req.headers[name.toLowerCase()]) },
    { secret: payloadSecret },
  )
  const end = url.search(/[?#]/)
  const line = {
    reqId: requestId,
    ...(claims ? { userId: claims.id, ...(claims.role ? { role: claims.role } : {}) } : {}),
    method: req.method,
    path: end === -1 ? url : url.slice(0, end),
    kind,
    status: res.statusCode,
    ms: Math.round(seconds * 1000),
    ...(outcome === 'finished' ? {} : { outcome }),
  }
  if (outcome !== 'finished' || res.statusCode >= 500) logger.warn(line, 'request')
  else if (kind === 'static') logger.debug(line, 'request')
  else logger.info(line, 'request')
}

const headerValue = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? null

/** Starts the front server on `port` (all interfaces, as Next did) in front of Next on `targetPort`. */
export async function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  let created: ReturnType<typeof createFrontServer>
  try {
    created = createFrontServer(options)
  } catch (error) {
    // A bad TRUSTED_PROXIES: its message names the entry.
    throw new UserFacingError((error as Error).message)
  }
  const { server, agent, freshAgent, upgraded, drain } = created
  const limitMs = options.shutdownTimeoutMs ?? shutdownTimeoutMs()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = address && typeof address === 'object' ? address.port : options.port
  return {
    url: `http://localhost:${port}`,
    server,
    // Stops taking connections at once; the requests in flight finish (up to the limit), then
    // their connections go too.
    close: async () => {
      for (const socket of upgraded) socket.destroy()
      const inFlight = drain.count
      // Closing starts at once (no new connections); the line follows.
      const closing = drain.close(limitMs, (left) =>
        options.onError?.(
          `${left} requests were still running after ${limitMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS) and were cut off.`,
        ),
      )
      if (inFlight > 0) {
        options.onInfo?.(
          `Stopped taking requests; letting ${inFlight} in flight finish (up to ${limitMs / 1000} s).`,
        )
      }
      const report = await closing
      if (inFlight > 0 && report.cutOff === 0) {
        options.onInfo?.(`All requests finished (${report.finished} in ${report.waitedMs} ms).`)
      }
      agent.destroy()
      freshAgent.destroy()
    },
  }
}
