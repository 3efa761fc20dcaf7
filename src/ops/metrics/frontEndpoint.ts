import http from 'node:http'

import { processRegistry, PROMETHEUS_CONTENT_TYPE, type Registry } from './registry'
import { metricsAuthorized, unauthorizedBody } from './token'

/**
 * /api/metrics at the front server: checks the bearer token, asks the app server behind it for
 * its metrics (src/app/api/metrics/route.ts) and adds the front server's own (requests by route
 * kind, latency, in flight). When the app server does not answer, the front's metrics still come,
 * with `videnportal_app_up 0`, so a scrape tells "app down" from "server gone".
 */
export function answerMetrics({
  req,
  res,
  requestId,
  token,
  target,
  registry = processRegistry(),
}: {
  req: http.IncomingMessage
  res: http.ServerResponse
  requestId: string
  token: string | undefined
  target: { host: string; port: number; agent?: http.Agent }
  registry?: Registry
}) {
  req.resume()
  const authorization = req.headers.authorization
  if (!metricsAuthorized(authorization, token)) {
    const body = unauthorizedBody(Boolean(token))
    res.writeHead(401, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'WWW-Authenticate': 'Bearer realm="videnportal-metrics"',
      'Cache-Control': 'no-store',
      'X-Request-Id': requestId,
    })
    return res.end(body)
  }
  const up = registry.gauge(
    'videnportal_app_up',
    'Whether the app server behind this front server answered the scrape (1) or not (0).',
  )
  const finish = (appText: string, ok: boolean) => {
    up.set({}, ok ? 1 : 0)
    const body = `${appText}${registry.render()}`
    res.writeHead(200, {
      'Content-Type': PROMETHEUS_CONTENT_TYPE,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Request-Id': requestId,
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  const upstream = http.get(
    {
      host: target.host,
      port: target.port,
      path: '/api/metrics',
      agent: target.agent,
      headers: { authorization: authorization ?? '', 'x-request-id': requestId },
      timeout: 10_000,
    },
    (answer) => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        if (answer.statusCode === 200)
          finish(text.endsWith('\n') || !text ? text : `${text}\n`, true)
        else finish('', false)
      })
      answer.on('error', () => finish('', false))
    },
  )
  upstream.on('timeout', () => upstream.destroy(new Error('timeout')))
  upstream.on('error', () => {
    if (!res.headersSent) finish('', false)
  })
}
