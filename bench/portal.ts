/**
 * `npm run bench:portal [-- --listings 10000 --requests 200 --reindex]`: the portal's server render time at
 * scale, not a test. Generates N listings (once, kept in <data dir>/bench, see bench/lib), then
 * serves the production build from this process (Next's custom-server API) so that each request
 * runs inside its own SQL counter: the drizzle logger counts every statement Payload sends for that
 * request (src/utilities/sqlQueryCounter.ts, on with SQL_QUERY_COUNT=1). Reports p50/p95/p99 of
 * the server time (request in → response finished) of the results page and of a listing page, for
 * an anonymous reader and a logged-in caseworker, and of the admin's list view of offers for the
 * secretariat admin, with the SQL statements per request; and the peak memory (VmHWM) of the app
 * and of Meilisearch. Most listings are copied in SQL (bench/lib/benchListings.ts); the time that
 * takes is reported, not measured. Prints a table and writes it to bench/results/.
 */
import './lib/environment'

import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runCounted } from '../src/utilities/sqlQueryCounter'
import { findFreePort } from '../src/launcher/ports'
import { projectRoot } from '../src/launcher/paths'
import { startBenchEnvironment, ms, percentiles } from './lib/environment'
import { ensureBenchListings } from './lib/benchListings'
import { meilisearchPid, mib, peakRss } from './lib/memory'

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '200' },
    // Rebuild the index even when no listing was created: after the search documents changed.
    reindex: { type: 'boolean', default: false },
  },
})
const LISTINGS = Number(args.listings)
const REQUESTS = Number(args.requests)
const TARGET_MS = 150
const TARGET_QUERIES = 5
const TARGET_ADMIN_MS = 300

/** The admin's list view of offers: first page, deeper pages, a sort and the search box. */
const ADMIN_MIX = [
  '/admin/collections/offers',
  '/admin/collections/offers?page=2',
  '/admin/collections/offers?page=40',
  '/admin/collections/offers?sort=title',
  '/admin/collections/offers?sort=-updatedAt&page=3',
  '/admin/collections/offers?search=angst',
]

/** What caseworkers ask the results page: words, filters, both, sorting and paging. */
const RESULTS_MIX = [
  'q=angst',
  'q=skolev%C3%A6gring&age=14&municipality=259',
  'q=familiebehandling&municipality=259',
  'q=mentor&age=14',
  'age=14&municipality=259',
  'kind=offer&capacity=open',
  'q=aflastning&cost=free',
  'municipality=265&municipality=259&cost=free&age=8',
  'kind=mentor&kind=school-option&age=15&sort=title',
  'q=dagbehandling&kind=school-option&capacity=open&page=2',
  'q=traumebehandling+for+unge',
  '',
  // Sorted by waiting time (issue 16), with and without words.
  'q=angst&sort=waiting',
  'age=12&municipality=259&sort=waiting',
  // Sorted by distance from a postal code or a point, with a radius (issue 16).
  'postnr=4600&sort=distance',
  'q=mentor&near=55.46,12.18&sort=distance&radius=25',
]

type Sample = { ms: number; queries: number; status: number; statements: string[]; path?: string }

async function main() {
  // Counting is switched on before any Payload config is evaluated, in this process.
  process.env.SQL_QUERY_COUNT = '1'
  const environment = await startBenchEnvironment()
  const { payload } = environment
  try {
    const generated = await ensureBenchListings(payload, LISTINGS)
    if (generated.changed || args.reindex) {
      const { reindex } = await import('../src/search/indexing/indexer')
      console.log('[bench] reindexing the new listings …')
      await reindex(payload)
    }
    let listingCount = 0
    for (const collection of ['offers', 'mentors', 'school-options'] as const) {
      listingCount += (await payload.count({ collection })).totalDocs
    }

    // The portal's own server in this process, as `next start` would run it, so that each
    // request can be counted. Its Payload is its own (as in production), not the one above.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    Object.assign(process.env, environment.env, { NODE_ENV: 'production' })
    const { default: next } = await import('next')
    const app = next({ dev: false, dir: projectRoot, quiet: true })
    await app.prepare()
    const handle = app.getRequestHandler()
    const samples = new Map<string, Sample>()
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const id = req.headers['x-bench-id']
      const started = performance.now()
      const { count } = runCounted(() => handle(req, res))
      res.on('finish', () => {
        if (typeof id === 'string') {
          samples.set(id, {
            ms: performance.now() - started,
            queries: count.queries,
            status: res.statusCode,
            statements: count.statements,
          })
        }
      })
    })
    const port = await findFreePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${port}`

    // A caseworker's session, through the same login as the portal's.
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sagsbehandler@videnportal.local', password: 'demo1234' }),
    })
    if (!login.ok) throw new Error(`caseworker login failed: ${login.status}`)
    const { token } = (await login.json()) as { token: string }
    const readers: Record<string, Record<string, string>> = {
      anonymous: {},
      caseworker: { cookie: `payload-token=${token}` },
    }
    const adminLogin = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@videnportal.local', password: 'demo1234' }),
    })
    if (!adminLogin.ok) throw new Error(`admin login failed: ${adminLogin.status}`)
    const adminHeaders = {
      cookie: `payload-token=${((await adminLogin.json()) as { token: string }).token}`,
    }

    // Listing pages to open: a spread of slugs of every kind, from the search API.
    const listingPaths: string[] = []
    for (const kind of ['offer', 'mentor', 'school-option']) {
      for (const page of [1, 5, 20]) {
        const response = await fetch(
          `${base}/api/search?kind=${kind}&perPage=50&page=${page}&sort=title`,
        )
        const body = (await response.json()) as { hits: Array<{ url: string }> }
        listingPaths.push(...body.hits.map((hit) => hit.url))
      }
    }
    if (listingPaths.length === 0) throw new Error('no listings found through the search')

    let counter = 0
    const run = async (paths: string[], headers: Record<string, string>) => {
      const results: Sample[] = []
      for (const pagePath of paths) {
        const id = String(++counter)
        const response = await fetch(`${base}${pagePath}`, {
          headers: { ...headers, 'x-bench-id': id },
        })
        await response.arrayBuffer()
        // The finish event may come just after the client has the last byte.
        for (let i = 0; i < 50 && !samples.has(id); i++) await new Promise((r) => setTimeout(r, 2))
        const sample = samples.get(id)
        if (!sample) throw new Error(`no sample for ${pagePath}`)
        if (sample.status !== 200) throw new Error(`${pagePath} answered ${sample.status}`)
        results.push({ ...sample, path: pagePath })
      }
      return results
    }
    const pick = (list: string[], n: number) =>
      Array.from({ length: n }, (_, i) => list[i % list.length]!)
    const resultsPaths = pick(
      RESULTS_MIX.map((query) => (query ? `/soeg?${query}` : '/soeg')),
      REQUESTS,
    )
    const detailPaths = pick(listingPaths, REQUESTS)

    const rows: Array<{
      page: string
      reader: string
      n: number
      p50: number
      p95: number
      p99: number
      queriesMin: number
      queriesMax: number
      queriesMean: number
      /** The statements of the request with the most, to see what a page over the limit sends. */
      heaviest: { path?: string; statements: string[] }
      /** The statements of the slowest request. */
      slowest: { path?: string; ms: number; statements: string[] }
    }> = []
    type Job = [page: string, reader: string, paths: string[], headers: Record<string, string>]
    const jobs: Job[] = [
      ...Object.entries(readers).flatMap(([reader, headers]): Job[] => [
        ['results page (/soeg)', reader, resultsPaths, headers],
        ['listing page (/tilbud/… etc.)', reader, detailPaths, headers],
      ]),
      [
        'admin list view (/admin/collections/offers)',
        'admin',
        pick(ADMIN_MIX, REQUESTS),
        adminHeaders,
      ],
    ]
    for (const [page, reader, paths, headers] of jobs) {
      console.log(`[bench] ${page}, ${reader}: warming up …`)
      await run(paths.slice(0, Math.min(30, paths.length)), headers)
      console.log(`[bench] ${page}, ${reader}: ${paths.length} requests …`)
      const measured = await run(paths, headers)
      const times = percentiles(measured.map((s) => s.ms))
      const queries = measured.map((s) => s.queries)
      rows.push({
        page,
        reader,
        n: times.n,
        p50: times.p50,
        p95: times.p95,
        p99: times.p99,
        queriesMin: Math.min(...queries),
        queriesMax: Math.max(...queries),
        queriesMean: queries.reduce((a, b) => a + b, 0) / queries.length,
        heaviest: (({ path, statements }) => ({ path, statements }))(
          measured.reduce((a, b) => (b.queries > a.queries ? b : a)),
        ),
        slowest: (({ path, ms, statements }) => ({ path, ms, statements }))(
          measured.reduce((a, b) => (b.ms > a.ms ? b : a)),
        ),
      })
    }
    server.close()
    // The app serves from this process (with the bench's own Payload beside it: an upper bound).
    const appPeak = peakRss(process.pid)
    const meiliPid = meilisearchPid(environment.dataDir)
    const meiliPeak = meiliPid ? peakRss(meiliPid) : null
    const isAdmin = (row: (typeof rows)[number]) => row.reader === 'admin'
    const verdict = (row: (typeof rows)[number]) =>
      isAdmin(row)
        ? `${row.p95 <= TARGET_ADMIN_MS ? 'time met' : 'time MISSED'} (≤ ${TARGET_ADMIN_MS} ms)`
        : `${row.p95 <= TARGET_MS ? 'time met' : 'time MISSED'}, ${row.queriesMax <= TARGET_QUERIES ? 'queries met' : 'queries MISSED'}`

    const lines = [
      `# Portal render benchmark`,
      '',
      `${new Date().toISOString()} · ${listingCount.toLocaleString('en')} listings · ${REQUESTS} requests per row, one at a time, after warm-up · server time = request received → response finished, in the server process · SQL = statements Payload sent through drizzle for that request`,
      '',
      `| page | reader | n | p50 ms | p95 ms | p99 ms | SQL per request (min–max, mean) | target p95 ≤ ${TARGET_MS} ms, ≤ ${TARGET_QUERIES} queries |`,
      '| --- | --- | --: | --: | --: | --: | --- | --- |',
      ...rows.map(
        (row) =>
          `| ${row.page} | ${row.reader} | ${row.n} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${row.queriesMin}–${row.queriesMax}, ${row.queriesMean.toFixed(1)} | ${verdict(row)} |`,
      ),
      '',
      `Peak memory (VmHWM): app ${mib(appPeak)} (the Next server in this process, with the benchmark's own Payload beside it), Meilisearch ${mib(meiliPeak)}.`,
      `Bench data: ${generated.created} listings made through Payload and ${generated.copied} copied in SQL in this run, ${(generated.ms / 1000).toFixed(1)} s (not measured).`,
      '',
    ]
    const table = lines.join('\n')
    console.log(`\n${table}`)
    const dir = path.join(projectRoot, 'bench', 'results')
    mkdirSync(dir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    writeFileSync(path.join(dir, `portal-${stamp}.md`), table)
    writeFileSync(
      path.join(dir, `portal-${stamp}.json`),
      JSON.stringify(
        { listings: listingCount, requests: REQUESTS, rows, memory: { appPeak, meiliPeak } },
        null,
        2,
      ),
    )
    await app.close?.()
    // The server's own Payload (and its pool) ends before the database does.
    const served = (
      globalThis as { _payload?: Map<string, { payload?: { destroy: () => Promise<void> } }> }
    )._payload?.get('default')
    await served?.payload?.destroy().catch(() => undefined)
  } finally {
    await environment.stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
