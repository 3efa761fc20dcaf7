/**
 * A throw-away app server for the shutdown test (test/unit/gracefulShutdown.spec.ts): the real
 * front server (src/launcher/frontServer.ts) in front of a stand-in for Next whose answers take
 * SLOW_MS, stopped on SIGTERM the way the launcher stops `npm start` (the front drains, then the
 * app behind it stops). Prints `ready <url>` and `inflight <n>` lines for the test.
 */
import http from 'node:http'

import { startFrontServer } from '../../src/launcher/frontServer'

const slowMs = Number(process.env.SLOW_MS ?? 1000)
let inFlight = 0
const upstream = http.createServer((req, res) => {
  if (req.url === '/api/metrics') {
    res.writeHead(200, { 'Content-Type': 'text/plain' })
    return res.end('# TYPE fixture_app_metric gauge\nfixture_app_metric 1\n')
  }
  inFlight++
  console.log(`inflight ${inFlight}`)
  setTimeout(() => {
    inFlight--
    res.writeHead(200, { 'Content-Type': 'text/plain' })
    res.end(`answered ${req.url}`)
  }, slowMs)
})
await new Promise<void>((resolve) => upstream.listen(0, 'localhost', resolve))
const address = upstream.address()
const targetPort = address && typeof address === 'object' ? address.port : 0

const front = await startFrontServer({
  port: 0,
  targetPort,
  metricsToken: 'fixture-metrics-token-0123',
  onInfo: (message) => console.log(`info ${message}`),
  onError: (message) => console.log(`error ${message}`),
  ...(process.env.FIXTURE_SHUTDOWN_MS
    ? { shutdownTimeoutMs: Number(process.env.FIXTURE_SHUTDOWN_MS) }
    : {}),
})

process.on('SIGTERM', () => {
  console.log('sigterm')
  void (async () => {
    await front.close()
    upstream.close()
    upstream.closeAllConnections()
    console.log('stopped')
    process.exit(0)
  })()
})
console.log(`ready ${front.url}`)
