/**
 * `npm run bench:repeal [-- --listings 200,2000 --flagged 50 --runs 5]`: what repealed provisions
 * cost (src/legislation/repeal); not a test. Fills the benchmarks' own data (<data dir>/bench) with
 * generated listings up to each size, makes `--flagged` of them cite a provision of its own, then
 * repeals it and measures, with the SQL statements of each (src/utilities/sqlQueryCounter.ts):
 * - the refresh one listing save adds (the flag hook, scoped to that listing);
 * - the daily task's full refresh over every listing and note;
 * - the Overblik section (the consultants' report);
 * - the bulk move of the flagged listings, per listing (moved at once: a new version; or, for an
 *   organization with NGO editors, a proposal).
 */
import { parseArgs } from 'node:util'

import { runCounted } from '../src/utilities/sqlQueryCounter'
import { ms, percentiles, withBenchPayload, writeBenchResult } from './lib/environment'
import { ensureListings } from './lib/generate'

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '200,2000' },
    flagged: { type: 'string', default: '50' },
    runs: { type: 'string', default: '5' },
  },
})
const SIZES = args.listings.split(',').map(Number)
const FLAGGED = Number(args.flagged)
const RUNS = Number(args.runs)

async function main() {
  await withBenchPayload(async (payload) => {
    const [
      { createLocalReq },
      { refreshRepealFlags },
      { repealOverviewSection },
      { moveListings },
      { SKIP_SEARCH_SYNC },
    ] = await Promise.all([
      import('payload'),
      import('../src/legislation/repeal/flags'),
      import('../src/legislation/repeal/overview'),
      import('../src/legislation/repeal/move'),
      import('../src/search/plugin'),
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
      // A provision of this run, its successor, and FLAGGED generated offers citing it.
      const stamp = Date.now().toString(36)
      const old = await payload.create({
        collection: 'legal-bases',
        data: {
          law: 'serviceloven',
          paragraph: String(7000 + (Date.now() % 1000)),
          heading: `Benchmark ${stamp}`,
          eli: 'https://www.retsinformation.dk/eli/lta/2005/573',
          validFrom: '2007-01-01',
        } as never,
      })
      await payload.create({
        collection: 'legal-bases',
        data: {
          law: 'barnets-lov',
          paragraph: String(7000 + (Date.now() % 1000)),
          heading: `Benchmark efterfølger ${stamp}`,
          eli: 'https://www.retsinformation.dk/eli/lta/2023/721',
          validFrom: '2024-01-01',
          replaces: old.id,
        } as never,
      })
      const { docs: offers } = await payload.find({
        collection: 'offers',
        where: { _status: { equals: 'published' } },
        select: { legalBasis: true },
        sort: '-id',
        depth: 0,
        limit: FLAGGED,
      })
      for (const offer of offers) {
        await payload.update({
          collection: 'offers',
          id: offer.id,
          data: { legalBasis: [old.id] } as never,
          depth: 0,
          context: { [SKIP_SEARCH_SYNC]: true },
        })
      }
      // Repealed: a past last day, saved as a consultant would (this refreshes at once).
      await payload.update({
        collection: 'legal-bases',
        id: old.id,
        data: { validTo: '2024-06-30' } as never,
      })
      const req = await createLocalReq({ user: consultant }, payload)
      const now = new Date()
      const sample = (fn: () => Promise<unknown>) => async () => {
        const times: number[] = []
        let statements = 0
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now()
          const { count, result } = runCounted(fn)
          await result
          times.push(performance.now() - started)
          statements = count.queries
        }
        return { p50: percentiles(times).p50, statements }
      }
      const scoped = await sample(() =>
        refreshRepealFlags(req, now, { collection: 'offers', id: offers[0]!.id }),
      )()
      const full = await sample(() => refreshRepealFlags(req, now))()
      const overview = await sample(() => repealOverviewSection.load({ payload, req, now }))()
      const started = performance.now()
      const moved = runCounted(() =>
        moveListings(payload, { from: old.id, user: consultant as never, now }),
      )
      const report = await moved.result
      const moveMs = performance.now() - started
      const applied = report.results.filter((result) => result.outcome === 'applied').length
      const proposed = report.results.filter((result) => result.outcome === 'proposed').length
      rows.push(
        `| ${listings} | ${offers.length} | ${scoped.statements} | ${ms(scoped.p50)} | ${full.statements} | ${ms(full.p50)} | ${overview.statements} | ${ms(overview.p50)} | ${applied} / ${proposed} | ${ms(moveMs / Math.max(applied + proposed, 1))} | ${Math.round(moved.count.queries / Math.max(applied + proposed, 1))} |`,
      )
      console.log(`[bench] ${listings} listings: ${rows.at(-1)}`)
    }
    const table = [
      `Repealed provisions (${RUNS} runs per figure, ${new Date().toISOString()})`,
      '',
      '| listings | flagged | save: SQL | save p50 ms | daily task: SQL | daily p50 ms | Overblik section: SQL | p50 ms | moved / proposed | move ms per listing | move SQL per listing |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n')
    writeBenchResult('repeal', table)
  })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
