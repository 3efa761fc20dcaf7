/**
 * `npm run bench:review [-- --items 1,10,40]`: the consultants' review queue (/admin/review) as
 * the queue grows, not a test. For each size, an NGO editor has that many pending changes to
 * listings (topics, capacity, a date and a paragraph of rich text each, so every kind of readable
 * value is looked up), and the queue is loaded as the consultant loads it. Prints the SQL
 * statements (counted by the drizzle logger, src/utilities/sqlQueryCounter.ts) and the time per
 * load: the statements must not grow with the number of changes (no N+1 for related documents).
 * Uses the benchmarks' own embedded services and data (<data dir>/bench, without the web server).
 */
import { parseArgs } from 'node:util'

import { runCounted } from '../src/utilities/sqlQueryCounter'
import { ms, percentiles, withBenchPayload, writeBenchResult } from './lib/environment'

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '1,10,40' },
    runs: { type: 'string', default: '5' },
  },
})
const SIZES = args.items.split(',').map(Number)
const RUNS = Number(args.runs)

/** A benchmark that has printed its numbers must not hang on shutdown. */

async function main() {
  await withBenchPayload(async (payload) => {
    const [{ createLocalReq }, { loadReviewQueue }, { decideReview }] = await Promise.all([
      import('payload'),
      import('../src/moderation/reviewQueue'),
      import('../src/moderation/decide'),
    ])
    const { textToLexical } = await import('../src/utilities/richText')
    const user = async (email: string) =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 }))
        .docs[0]!
    const [editor, consultant] = await Promise.all([
      user('ngo@videnportal.local'),
      user('konsulent@videnportal.local'),
    ])
    const { docs: topics } = await payload.find({ collection: 'topics', limit: 3, depth: 0 })
    const rows: string[] = []
    // Each run's changes differ from what earlier runs published, so they are real changes.
    const stamp = new Date().toISOString()
    for (const size of SIZES) {
      // Empty the queue first: the consultant publishes whatever waits (bench data only).
      const clearing = await createLocalReq({ user: consultant }, payload)
      for (const item of await loadReviewQueue(payload, clearing)) {
        await decideReview({
          req: clearing,
          collection: item.collection,
          id: item.id,
          decision: { action: 'publish' },
        })
      }
      // Pending changes need listings the editor may change: the bench gives them to its org.
      const { docs: listings } = await payload.find({
        collection: 'offers',
        where: { _status: { equals: 'published' } },
        sort: 'id',
        limit: size,
        depth: 0,
      })
      for (const [index, listing] of listings.entries()) {
        await payload.update({
          collection: 'offers',
          id: listing.id,
          data: { provider: editor.organization } as never,
        })
        await payload.update({
          collection: 'offers',
          id: listing.id,
          data: {
            topics: topics.map((topic) => topic.id),
            capacity: { status: 'waitlist', waitingWeeks: 4, asOf: '2026-10-15T12:00:00.000Z' },
            description: textToLexical(
              `Ændring ${index + 1} af ${size} i beskrivelsen (${stamp}).`,
            ),
          } as never,
          draft: true,
          overrideAccess: false,
          user: editor,
        })
      }
      const req = await createLocalReq({ user: consultant }, payload)
      const times: number[] = []
      let queries = 0
      let items = 0
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now()
        const { count, result } = runCounted(() => loadReviewQueue(payload, req))
        items = (await result).length
        times.push(performance.now() - started)
        queries = count.queries
      }
      const p = percentiles(times)
      rows.push(`| ${size} | ${items} | ${queries} | ${ms(p.p50)} | ${ms(p.p95)} |`)
      console.log(`[bench] ${size} pending changes: ${queries} SQL statements, p50 ${ms(p.p50)} ms`)
    }
    const table = [
      `Review queue (${RUNS} loads per size, ${new Date().toISOString()})`,
      '',
      '| pending changes | items shown | SQL statements per load | p50 ms | p95 ms |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n')
    writeBenchResult('review-queue', table)
  })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
