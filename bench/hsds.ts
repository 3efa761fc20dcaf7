/**
 * `npm run bench:hsds [-- --listings 10000 --requests 200]`: the HSDS open-data API at scale, not a
 * test. Generates N listings (once, kept in <data dir>/bench, see bench/lib), then against the
 * production build (`next start`):
 * - the server time (the `Server-Timing: app` the handler sets) of `/api/hsds/services?page=N` for
 *   pages spread over the whole range, first uncached (each page once after a change of the data),
 *   then cached; also with `full=true` and for `service_at_locations`;
 * - the validator-style checks (src/hsds/validate.ts) on the 10k feed.
 * Prints a table and writes it to bench/results/. The listings: the first `--seed-listings` (300)
 * through Payload, the rest copied from them in SQL (bench/lib/benchListings.ts), since 100 000
 * creates through Payload take hours on a shared machine. `--generate-only` creates them and stops
 * (no build, no server), so the slow part can be done ahead of the measurement.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { validateHsdsApi } from '../src/hsds/validate'
import { ms, percentiles, startBenchEnvironment, withBenchPayload } from './lib/environment'
import { ensureBenchListings } from './lib/benchListings'

const { values } = parseArgs({
  options: {
    listings: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '200' },
    /** Only create the listings (no build, no server): the slow part, done once ahead. */
    'generate-only': { type: 'boolean', default: false },
    /** How many listings are made through Payload; the rest are copies made in SQL. */
    'seed-listings': { type: 'string', default: '300' },
  },
})
const LISTINGS = Number(values.listings)
const REQUESTS = Number(values.requests)

async function serverTimes(base: string, paths: string[]) {
  const server: number[] = []
  const total: number[] = []
  let failures = 0
  for (const pathAndQuery of paths) {
    const started = performance.now()
    const response = await fetch(`${base}${pathAndQuery}`)
    await response.arrayBuffer()
    total.push(performance.now() - started)
    if (response.status !== 200) failures++
    const timing = /app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')
    if (timing) server.push(Number(timing[1]))
  }
  return { server: percentiles(server), total: percentiles(total), failures }
}

async function main() {
  // The HSDS API needs no jobs: without the runner, the search reindex of the copied listings
  // does not compete with the requests being measured.
  process.env.JOBS_RUNNER ??= 'off'
  const environment = await startBenchEnvironment()
  const { payload, baseURL } = environment
  const lines: string[] = []
  const say = (line: string) => {
    console.log(line)
    lines.push(line)
  }
  try {
    await ensureBenchListings(payload, LISTINGS, { seed: Number(values['seed-listings']) })
    const first = (await (await fetch(`${baseURL}/api/hsds/services?per_page=50`)).json()) as {
      total_items: number
      total_pages: number
    }
    say(`# HSDS API at ${first.total_items} public services (${new Date().toISOString()})`)
    // A shared machine: the load says how far the times are from an idle one.
    say('')
    say(
      `Machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min) at the start.`,
    )
    say('')
    const pages = (endpoint: string, query: string, totalPages: number) =>
      Array.from({ length: REQUESTS }, (_, i) => {
        const page = 1 + Math.floor(((i * 7919) % REQUESTS) * (totalPages / REQUESTS))
        return `/api/hsds/${endpoint}?page=${Math.min(totalPages, page)}&per_page=50${query}`
      })
    say('| request | n | server p50 | server p95 | server p99 | round trip p95 | failures |')
    say('| --- | --- | --- | --- | --- | --- | --- |')
    const row = (label: string, r: Awaited<ReturnType<typeof serverTimes>>) =>
      say(
        `| ${label} | ${r.server.n} | ${ms(r.server.p50)} | ${ms(r.server.p95)} | ${ms(r.server.p99)} | ${ms(r.total.p95)} | ${r.failures} |`,
      )
    // The cache is keyed by the data stamp: each distinct page is uncached the first time.
    const servicePages = [...new Set(pages('services', '', first.total_pages))]
    row('services?page=N (uncached)', await serverTimes(baseURL, servicePages))
    row('services?page=N (cached)', await serverTimes(baseURL, servicePages))
    row(
      'services?page=N&full=true (uncached)',
      await serverTimes(baseURL, [...new Set(pages('services', '&full=true', first.total_pages))]),
    )
    const sal = (await (
      await fetch(`${baseURL}/api/hsds/service_at_locations?per_page=50`)
    ).json()) as {
      total_pages: number
    }
    row(
      'service_at_locations?page=N (uncached)',
      await serverTimes(baseURL, [...new Set(pages('service_at_locations', '', sal.total_pages))]),
    )
    row(
      'services?page=N&search=… (uncached)',
      await serverTimes(baseURL, [
        ...new Set(
          pages('services', '&search=unge', Math.max(1, Math.floor(first.total_pages / 3))),
        ),
      ]),
    )
    say('')
    const started = performance.now()
    const report = await validateHsdsApi(baseURL, { perPage: 50 })
    say(
      `Validator-style checks: ${report.requests.length} requests, ${report.validated} answers validated, ${report.errors.length} errors, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    for (const error of report.errors.slice(0, 20)) say(`- ${error}`)
    const dir = path.join(process.cwd(), 'bench', 'results')
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `hsds-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
    writeFileSync(file, `${lines.join('\n')}\n`)
    console.log(`[bench] written to ${path.relative(process.cwd(), file)}`)
    process.exitCode = report.errors.length === 0 ? 0 : 1
  } finally {
    await environment.stop()
  }
}

const run = values['generate-only']
  ? () =>
      withBenchPayload(async (payload) => {
        await ensureBenchListings(payload, LISTINGS, { seed: Number(values['seed-listings']) })
      })
  : main

run().catch((error) => {
  console.error(error)
  process.exit(1)
})
