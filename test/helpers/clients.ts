import http from 'node:http'

import { baseURL } from './http'

/**
 * Distinct clients for HTTP tests. The portal's front server takes the client address from the
 * socket (X-Forwarded-For only from TRUSTED_PROXIES), so a test that needs several machines sends
 * from several loopback addresses: on Linux every 127.x.y.z is local.
 */
let counter = 0
export function newLoopbackClient(): string {
  const n = ++counter
  // 127.100-199.x.y, apart from 127.0.0.1 (everything else) and 127.0.0.9 (the trusted proxy).
  return `127.${100 + (process.pid % 100)}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`
}

/** The loopback address the test server trusts as a proxy (TRUSTED_PROXIES in globalSetup.ts). */
export const TRUSTED_PROXY = '127.0.0.9'

export type ClientResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: <T = unknown>() => T
}

/** An HTTP request to the test server that leaves from the loopback address `from`. */
export function requestFrom(
  from: string,
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<ClientResponse> {
  const url = new URL(baseURL())
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path,
        method,
        headers: { Host: url.host, ...headers },
        localAddress: from,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** POST /api/users/login from `from`; status, token and the first error message. */
export async function loginFrom(
  from: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const response = await requestFrom(from, '/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  })
  const body = response.json<{ token?: string; errors?: Array<{ message: string }> }>()
  return { status: response.status, token: body.token, message: body.errors?.[0]?.message }
}
