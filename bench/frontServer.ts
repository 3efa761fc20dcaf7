/**
 * `npm run bench:front [-- --requests 4000 --concurrency 16]` (not a test): what the front server
 * (src/launcher/frontServer.ts) adds to a request. A stand-in for Next answers a small page and a
 * 1 MB body; the same requests go to it directly and through the front server, and the table gives
 * requests per second and latency percentiles for both. No services needed.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'

import { startFrontServer } from '../src/launcher/frontServer'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '16' },
  },
})
const total = Number(values.requests)
const concurrency = Number(values.concurrency)
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error('--requests and --concurrency must be whole numbers from 1.')
  process.exit(2)
}

const page = Buffer.from(`<!doctype html><html lang="da"><body>${'x'.repeat(20_000)}</body></html>`)
const large = Buffer.alloc(1024 * 1024, 'y')
const upstream = http.createServer((req, res) => {
  const body = req.url === '/large' ? large : page
  res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': body.length })
  res.end(body)
})
await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
const upstreamPort = (upstream.address() as AddressInfo).port
const front = await startFrontServer({
  port: 0,
  host: '127.0.0.1',
  targetPort: upstreamPort,
  targetHost: '127.0.0.1',
})
const frontPort = Number(new URL(front.url).port)

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })

function get(port: number, path: string) {
  return new Promise<number>((resolve, reject) => {
    const started = performance.now()
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        res.resume()
        res.on('end', () => resolve(performance.now() - started))
      })
      .on('error', reject)
  })
}

async function run(port: number, path: string, count: number) {
  const times: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++
        times.push(await get(port, path))
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
  return { perSecond: count / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) }
}

const rows: string[] = []
for (const [path, count] of [
  ['/', total],
  ['/large', Math.max(1, Math.floor(total / 10))],
] as const) {
  await run(upstreamPort, path, Math.min(200, count)) // warm-up
  for (const [label, port] of [
    ['direct', upstreamPort],
    ['front server', frontPort],
  ] as const) {
    const result = await run(port, path, count)
    rows.push(
      `| ${path === '/' ? '20 kB page' : '1 MB body'} | ${label} | ${count} | ${result.perSecond.toFixed(0)} | ${result.p50.toFixed(2)} | ${result.p95.toFixed(2)} | ${result.p99.toFixed(2)} |`,
    )
  }
}
console.log(`\nconcurrency ${concurrency}\n`)
console.log('| response | path | requests | req/s | p50 ms | p95 ms | p99 ms |')
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |')
console.log(rows.join('\n'))
agent.destroy()
await front.close()
upstream.close()
