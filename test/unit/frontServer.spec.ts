import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FrontServer, malformedPathProblem, startFrontServer } from '@/launcher/frontServer'

/**
 * The front server in front of a stand-in for Next that echoes what it got, on loopback sockets
 * (no services). Requests leave from chosen 127.x addresses, so the peer address is real.
 */
let upstream: http.Server
let upstreamPort: number
const fronts: FrontServer[] = []
const upstreamSockets = new Set<{ destroy: () => void }>()
const socketUses = new WeakMap<object, number>()

function request(
  url: string,
  {
    from = '127.0.0.1',
    method = 'GET',
    headers = {},
    body,
  }: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>(
    (resolve, reject) => {
      const req = http.request(url, { method, headers, localAddress: from }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }))
      })
      req.on('error', reject)
      req.end(body)
    },
  )
}

async function front(trustedProxies = '') {
  const server = await startFrontServer({
    port: 0,
    host: '127.0.0.1',
    targetPort: upstreamPort,
    targetHost: '127.0.0.1',
    trustedProxies,
  })
  fronts.push(server)
  return server.url.replace('localhost', '127.0.0.1')
}

const echoed = (text: string) =>
  JSON.parse(text) as { headers: http.IncomingHttpHeaders; url: string; body: string }

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    if (req.url === '/stream') {
      // Two chunks with a pause: the second must not be needed to see the first.
      res.writeHead(200, { 'Content-Type': 'text/plain' })
      res.write('first\n')
      setTimeout(() => res.end('second\n'), 300)
      return
    }
    if (req.url === '/flaky') {
      // Next closing a kept-alive connection just as it is used again: no answer at all.
      const served = (socketUses.get(req.socket) ?? 0) + 1
      socketUses.set(req.socket, served)
      if (served > 1) return req.socket.destroy()
    } else {
      socketUses.set(req.socket, (socketUses.get(req.socket) ?? 0) + 1)
    }
    if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 1_000)
      return
    }
    if (req.url === '/redirect') {
      res.writeHead(307, { Location: '/elsewhere', 'Set-Cookie': ['a=1', 'b=2'] })
      return res.end()
    }
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ headers: req.headers, url: req.url, body }))
    })
  })
  upstream.on('upgrade', (_req, socket) => {
    upstreamSockets.add(socket)
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
    )
    socket.on('data', (data) => socket.write(`echo:${data}`))
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamPort = (upstream.address() as AddressInfo).port
})

afterAll(async () => {
  await Promise.all(fronts.map((server) => server.close()))
  upstream.closeAllConnections()
  for (const socket of upstreamSockets) socket.destroy()
  await new Promise((resolve) => upstream.close(resolve))
})

describe('the front server', () => {
  it('hands Next the socket address, not what the client wrote in X-Forwarded-For', async () => {
    const url = await front()
    const response = await request(`${url}/soeg?q=x`, {
      from: '127.0.0.2',
      headers: {
        'X-Forwarded-For': '6.6.6.6',
        'X-Real-IP': '7.7.7.7',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Proto': 'https',
      },
    })
    const { headers, url: path } = echoed(response.text)
    expect(path).toBe('/soeg?q=x')
    expect(headers['x-forwarded-for']).toBe('127.0.0.2')
    expect(headers['x-real-ip']).toBe('127.0.0.2')
    // Host, port and proto as the client reached this server, not as it claimed.
    expect(headers['x-forwarded-host']).toBe(new URL(url).host)
    expect(headers['x-forwarded-port']).toBe(new URL(url).port)
    expect(headers['x-forwarded-proto']).toBe('http')
    expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers['x-request-id']).toBe(headers['x-request-id'])
  })

  it('believes X-Forwarded-For, host and proto from a trusted proxy only', async () => {
    const url = await front('127.0.0.9')
    const headersFrom = async (from: string) =>
      echoed(
        (
          await request(`${url}/`, {
            from,
            headers: {
              'X-Forwarded-For': '6.6.6.6, 203.0.113.7',
              'X-Forwarded-Host': 'videnportal.dk',
              'X-Forwarded-Proto': 'https',
              'X-Request-Id': 'lb-1234',
            },
          })
        ).text,
      ).headers
    const viaProxy = await headersFrom('127.0.0.9')
    expect(viaProxy['x-forwarded-for']).toBe('203.0.113.7')
    expect(viaProxy['x-forwarded-host']).toBe('videnportal.dk')
    expect(viaProxy['x-forwarded-proto']).toBe('https')
    expect(viaProxy['x-request-id']).toBe('lb-1234')
    const direct = await headersFrom('127.0.0.10')
    expect(direct['x-forwarded-for']).toBe('127.0.0.10')
    expect(direct['x-forwarded-host']).toBe(new URL(url).host)
    expect(direct['x-forwarded-proto']).toBe('http')
    expect(direct['x-request-id']).not.toBe('lb-1234')
  })

  it('answers malformed percent-escapes itself: Danish HTML for pages, JSON for the API', async () => {
    const url = await front()
    for (const path of ['/tilbud/%ZZ', '/tilbud/%E0%A4%A', '/admin/%ZZ', '/tilbud/%C3']) {
      const response = await request(`${url}${path}`)
      expect(response.status, path).toBe(400)
      expect(response.headers['content-type'], path).toMatch(/^text\/html/)
      expect(response.text, path).toContain('<html lang="da">')
      expect(response.text, path).toContain('Ugyldig adresse')
    }
    const api = await request(`${url}/api/offers/%ZZ`)
    expect(api.status).toBe(400)
    expect(api.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(api.text)).toEqual({
      errors: [
        {
          message:
            'Malformed request path: "%ZZ" is not a percent-escape (a % must be followed by two hex digits; write a literal % as %25).',
        },
      ],
    })
    // Good escapes and a bad one in the query string pass on to Next.
    expect((await request(`${url}/tilbud/%C3%A6ble?q=%ZZ`)).status).toBe(200)
  })

  it('streams bodies both ways and passes redirects and cookies through untouched', async () => {
    const url = await front()
    const upload = 'x'.repeat(3 * 1024 * 1024)
    const posted = await request(`${url}/upload`, { method: 'POST', body: upload })
    expect(echoed(posted.text).body.length).toBe(upload.length)

    const redirect = await request(`${url}/redirect`)
    expect(redirect.status).toBe(307)
    expect(redirect.headers.location).toBe('/elsewhere')
    expect(redirect.headers['set-cookie']).toEqual(['a=1', 'b=2'])

    const firstChunk = await new Promise<{ chunk: string; done: boolean }>((resolve, reject) => {
      let done = false
      http
        .get(`${url}/stream`, (res) => {
          res.setEncoding('utf8')
          res.once('data', (chunk: string) => resolve({ chunk, done }))
          res.on('end', () => (done = true))
        })
        .on('error', reject)
    })
    expect(firstChunk).toEqual({ chunk: 'first\n', done: false })
  })

  it('passes WebSocket upgrades (HMR under next dev) through', async () => {
    const url = new URL(await front())
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), '127.0.0.1', () => {
        socket.write(
          'GET /_next/webpack-hmr HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
        )
      })
      let text = ''
      socket.on('data', (data) => {
        text += data.toString()
        if (text.includes('\r\n\r\n') && !text.includes('echo:')) socket.write('ping')
        if (text.includes('echo:ping')) {
          socket.destroy()
          resolve(text)
        }
      })
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1.1 101/)
    expect(reply).toContain('echo:ping')
  })

  it('stops the work behind a client that leaves, without calling it an error', async () => {
    const errors: string[] = []
    const server = await startFrontServer({
      port: 0,
      host: '127.0.0.1',
      targetPort: upstreamPort,
      targetHost: '127.0.0.1',
      onError: (message) => errors.push(message),
    })
    fronts.push(server)
    const upstreamClosed = new Promise<void>((resolve) =>
      upstream.once('request', (_req, res) => res.on('close', () => resolve())),
    )
    const req = http.get(`${server.url.replace('localhost', '127.0.0.1')}/slow`)
    req.on('error', () => {})
    setTimeout(() => req.destroy(), 100)
    await upstreamClosed
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(errors).toEqual([])
  })

  it('sends a GET again on a fresh connection when Next closed the kept-alive one', async () => {
    const errors: string[] = []
    const server = await startFrontServer({
      port: 0,
      host: '127.0.0.1',
      targetPort: upstreamPort,
      targetHost: '127.0.0.1',
      onError: (message) => errors.push(message),
    })
    fronts.push(server)
    const url = server.url.replace('localhost', '127.0.0.1')
    expect((await request(`${url}/plain`)).status).toBe(200)
    // The front server's kept-alive connection to Next is used again, and Next drops it.
    const flaky = await request(`${url}/flaky`)
    expect(flaky.status).toBe(200)
    expect(echoed(flaky.text).url).toBe('/flaky')
    expect(errors).toEqual([])
  })

  it('answers 502 while Next is not there', async () => {
    const closed = await startFrontServer({
      port: 0,
      host: '127.0.0.1',
      targetPort: 1,
      targetHost: '127.0.0.1',
    })
    fronts.push(closed)
    const response = await request(`${closed.url.replace('localhost', '127.0.0.1')}/`)
    expect(response.status).toBe(502)
  })
})

describe('malformedPathProblem', () => {
  it('names the bad escape, or says that the bytes are not UTF-8', () => {
    expect(malformedPathProblem('/tilbud/%ZZ')).toMatch(/"%ZZ"/)
    expect(malformedPathProblem('/tilbud/%E0%A4%A')).toMatch(/"%A"/)
    expect(malformedPathProblem('/tilbud/%')).toMatch(/"%"/)
    expect(malformedPathProblem('/tilbud/%E0%A4')).toMatch(/UTF-8/)
    expect(malformedPathProblem('/tilbud/%C3%A6ble')).toBeNull()
    expect(malformedPathProblem('/soeg?q=%ZZ')).toBeNull()
    expect(malformedPathProblem('/')).toBeNull()
  })
})

describe('a request without a Host header (HTTP/1.0)', () => {
  it('is forwarded, not refused', async () => {
    const url = new URL(await front())
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), '127.0.0.1', () =>
        socket.write('GET /plain HTTP/1.0\r\n\r\n'),
      )
      let text = ''
      socket.on('data', (data) => (text += data.toString()))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1.[01] 200/)
    expect(reply).toContain('"url":"/plain"')
  })
})
