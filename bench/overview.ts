/**
 * `npm run bench:overview [-- --listings 2000 --runs 5]`: the secretariat's overview (/admin/overblik
 * and its CSV export) and the navigation's count of waiting changes, as the data grows; not a test.
 * Fills the benchmarks' own data (<data dir>/bench) with generated listings up to `--listings`,
 * then loads every section of the overview as a consultant does and counts the waiting changes as
 * every admin page does. Prints the SQL statements (src/utilities/sqlQueryCounter.ts) and the time
 * per load: the statements must not grow with the number of listings.
 */
import { parseArgs } from 'node:util'

import { runCounted } from '../src/utilities/sqlQueryCounter'
import { ms, percentiles, withBenchPayload, writeBenchResult } from './lib/environment'
import { ensureListings } from './lib/generate'

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '200,2000' },
    runs: { type: 'string', default: '5' },
  },
})
const SIZES = args.listings.split(',').map(Number)
const RUNS = Number(args.runs)

async function main() {
  await withBenchPayload(async (payload) => {
    const [
      { createLocalReq },
      { loadOverview },
      { overviewSections },
      { toCsv },
      { countWaitingChanges },
    ] = await Promise.all([
      import('payload'),
      import('../src/overview/builtins'),
      import('../src/overview/sections'),
      import('../src/overview/tables'),
      import('../src/moderation/waiting'),
    ])
    const consultant = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'konsulent@videnportal.local' } },
        limit: 1,
      })
    ).docs[0]!
    const rows: string[] = []
    for (const size of SIZES) {
      const created = await ensureListings(payload, size, (done, total) =>
        console.log(`[bench] created ${done} of ${total} listings`),
      )
      if (created) console.log(`[bench] ${created} listings created`)
      let listings = 0
      for (const collection of ['offers', 'mentors', 'school-options'] as const) {
        listings += (await payload.count({ collection })).totalDocs
      }
      const req = await createLocalReq({ user: consultant }, payload)
      const times: number[] = []
      const countTimes: number[] = []
      let queries = 0
      let countQueries = 0
      let csvBytes = 0
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now()
        const { count, result } = runCounted(() =>
          loadOverview(overviewSections(payload), { payload, req, now: new Date() }),
        )
        const sections = await result
        times.push(performance.now() - started)
        queries = count.queries
        csvBytes = sections
          .flatMap((entry) => entry.tables)
          .reduce((sum, table) => sum + Buffer.byteLength(toCsv(table)), 0)
        const countStarted = performance.now()
        const counted = runCounted(() => countWaitingChanges(payload, consultant as never))
        await counted.result
        countTimes.push(performance.now() - countStarted)
        countQueries = counted.count.queries
      }
      const p = percentiles(times)
      const c = percentiles(countTimes)
      rows.push(
        `| ${listings} | ${queries} | ${ms(p.p50)} | ${ms(p.p95)} | ${csvBytes} | ${countQueries} | ${ms(c.p50)} |`,
      )
      console.log(`[bench] ${listings} listings: overview ${queries} SQL, p50 ${ms(p.p50)} ms`)
    }
    const table = [
      `Overblik and the waiting-changes count (${RUNS} loads per size, ${new Date().toISOString()})`,
      '',
      '| listings | overview SQL statements | overview p50 ms | p95 ms | CSV bytes (all tables) | count SQL statements | count p50 ms |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n')
    writeBenchResult('overview', table)
  })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
