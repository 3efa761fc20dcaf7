/**
 * `npm run bench:follow [-- --followers 20,200 --runs 5]`: following topics and laws as the number
 * of followers grows; not a test. In the benchmarks' own data (<data dir>/bench, the sample content),
 * creates followers (caseworkers in Køge following Angst, ADHD and Barnets Lov), then measures with
 * the Local API: the Atom feed (whole, one topic, topic and law), »Nyt siden sidst« for one
 * follower, and the weekly digest for all of them (mails are only queued: the jobs runner is off).
 * Prints SQL statements (src/utilities/sqlQueryCounter.ts) and milliseconds.
 */
import { parseArgs } from 'node:util'

import { runCounted } from '../src/utilities/sqlQueryCounter'
import { ms, percentiles, withBenchPayload, writeBenchResult } from './lib/environment'

const { values: args } = parseArgs({
  options: {
    followers: { type: 'string', default: '20,200' },
    runs: { type: 'string', default: '5' },
  },
})
const SIZES = args.followers.split(',').map(Number)
const RUNS = Number(args.runs)

async function main() {
  await withBenchPayload(async (payload) => {
    const [
      { createLocalReq },
      { loadFeed },
      { renderAtom },
      { followedChanges, loadSubscriptions },
      { recordVisit },
      { sendFollowDigests },
    ] = await Promise.all([
      import('payload'),
      import('../src/legislation/follow/feed'),
      import('../src/legislation/follow/atom'),
      import('../src/legislation/follow/changes'),
      import('../src/legislation/follow/visits'),
      import('../src/legislation/follow/digest'),
    ])
    const id = async (collection: 'topics' | 'municipalities', field: string, value: string) =>
      (
        await payload.find({
          collection,
          where: { [field]: { equals: value } },
          limit: 1,
          depth: 0,
        })
      ).docs[0]!.id
    const koege = await id('municipalities', 'code', '259')
    const topics = [await id('topics', 'slug', 'angst'), await id('topics', 'slug', 'adhd')]
    const rows: string[] = []
    for (const size of SIZES) {
      const followers: number[] = []
      for (let i = 0; i < size; i++) {
        const email = `bench-foelger-${i}@bench.local`
        const found = await payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          limit: 1,
          depth: 0,
        })
        let user = found.docs[0]
        if (!user) {
          user = await payload.create({
            collection: 'users',
            data: {
              email,
              password: 'bench-kodeord-1',
              name: `Følger ${i}`,
              role: 'caseworker',
              municipality: koege,
            },
            depth: 0,
          })
          for (const topic of topics) {
            await payload.create({
              collection: 'subscriptions',
              data: { user: user.id, kind: 'topic', topic } as never,
              depth: 0,
            })
          }
          await payload.create({
            collection: 'subscriptions',
            data: { user: user.id, kind: 'law', law: 'barnets-lov' } as never,
            depth: 0,
          })
        }
        followers.push(user.id)
      }
      const feedTimes: Record<string, number[]> = {}
      const feedSql: Record<string, number> = {}
      for (const query of ['', 'emne=angst', 'emne=angst&lov=barnets-lov']) {
        feedTimes[query] = []
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now()
          const counted = runCounted(async () => {
            const result = await loadFeed(
              payload,
              new URLSearchParams(query),
              'http://localhost:3000',
            )
            if (result.ok) renderAtom(result.feed)
          })
          await counted.result
          feedTimes[query]!.push(performance.now() - started)
          feedSql[query] = counted.count.queries
        }
      }
      const reader = await payload.findByID({ collection: 'users', id: followers[0]!, depth: 0 })
      const newTimes: number[] = []
      let newSql = 0
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now()
        const counted = runCounted(async () => {
          const now = new Date()
          const [subscriptions, visit] = await Promise.all([
            loadSubscriptions(payload, reader.id),
            recordVisit(payload, reader.id, now),
          ])
          await followedChanges(payload, {
            user: reader,
            subscriptions,
            period: { from: new Date(visit.since.getTime() - 365 * 86_400_000), to: now },
            limit: 20,
          })
        })
        await counted.result
        newTimes.push(performance.now() - started)
        newSql = counted.count.queries
      }
      // Every follower's digest looks back a month (the sample content is in it), anew each run.
      const at = new Date()
      await payload.delete({
        collection: 'follow-visits',
        where: { user: { in: followers } },
        overrideAccess: true,
      })
      for (const user of followers) {
        await payload.create({
          collection: 'follow-visits',
          data: { user, digestedUntil: new Date(at.getTime() - 30 * 86_400_000).toISOString() },
          depth: 0,
        })
      }
      await payload.delete({
        collection: 'mail-outbox',
        where: { dedupeKey: { like: 'follow-digest:' } },
        overrideAccess: true,
      })
      const req = await createLocalReq({}, payload)
      const started = performance.now()
      const counted = runCounted(() => sendFollowDigests(req, at, { users: followers }))
      const report = await counted.result
      const digestMs = performance.now() - started
      const f = (query: string) => percentiles(feedTimes[query]!)
      rows.push(
        `| ${size} | ${feedSql['']} / ${ms(f('').p50)} | ${feedSql['emne=angst']} / ${ms(f('emne=angst').p50)} | ${feedSql['emne=angst&lov=barnets-lov']} / ${ms(f('emne=angst&lov=barnets-lov').p50)} | ${newSql} / ${ms(percentiles(newTimes).p50)} | ${report.queued} mails, ${(counted.count.queries / Math.max(1, report.people)).toFixed(1)} SQL and ${ms(digestMs / Math.max(1, report.people))} ms per person, ${ms(digestMs)} ms in all |`,
      )
      console.log(`[bench] ${size} followers: ${rows.at(-1)}`)
    }
    const table = [
      `Following topics and laws (${RUNS} runs per measurement, ${new Date().toISOString()}); cells are SQL statements / p50 ms`,
      '',
      '| followers | feed, whole | feed ?emne=angst | feed ?emne=angst&lov=barnets-lov | Nyt siden sidst (one follower) | weekly digest (all) |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n')
    writeBenchResult('follow', table)
  })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
