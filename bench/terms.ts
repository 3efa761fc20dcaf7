/**
 * `npm run bench:terms [-- --saves 10 --rounds 20]`: the search vocabulary and its neighbours, not a
 * test. On the benchmarks' services (bench/lib/environment.ts) it measures: the time from a
 * consultant saving a new synonym (REST, as the admin does) to `/api/search` finding with it,
 * over N saves; `/api/search-suggestions` p50/p95/p99 at 1 client over a mix of prefixes; and what
 * counting one search in the statistics costs (recordSearch, one upsert). Prints a table and
 * writes it to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { recordSearch } from '../src/search/stats/record'
import { measure, ms, percentiles, startBenchEnvironment } from './lib/environment'

const { values: args } = parseArgs({
  options: {
    saves: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '20' },
  },
})
const SAVES = Number(args.saves)
const ROUNDS = Number(args.rounds)

/** What caseworkers have typed after two to five keystrokes. */
const PREFIXES = [
  'an',
  'ang',
  'aut',
  'skol',
  'skolev',
  'ment',
  'eu',
  'ppr',
  'fami',
  'sorg',
  'ordb',
  'aflast',
]

const env = await startBenchEnvironment()
console.log(`[bench] portal at ${env.baseURL}`)
const lines: string[] = []
const say = (line: string) => {
  console.log(line)
  lines.push(line)
}
try {
  const login = await fetch(`${env.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'konsulent@videnportal.local', password: 'demo1234' }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  const total = async (q: string) => {
    const response = await fetch(`${env.baseURL}/api/search?q=${encodeURIComponent(q)}`, {
      headers: auth,
    })
    return ((await response.json()) as { total: number }).total
  }

  // 1. Save → searchable.
  const lags: number[] = []
  const made: number[] = []
  for (let i = 0; i < SAVES; i++) {
    const word = `benchord${Date.now().toString(36)}${i}`.replace(
      /[0-9]/g,
      (d) => 'abcdefghij'[+d]!,
    )
    const started = performance.now()
    const response = await fetch(`${env.baseURL}/api/search-terms`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'group', terms: [word, 'angst'] }),
    })
    if (response.status !== 201) throw new Error(`saving a term: ${response.status}`)
    made.push(((await response.json()) as { doc: { id: number } }).doc.id)
    while ((await total(word)) === 0) {
      if (performance.now() - started > 90_000) throw new Error(`»${word}« never found`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    lags.push(performance.now() - started)
    console.log(`[bench] save ${i + 1}/${SAVES}: found after ${ms(lags.at(-1)!)} ms`)
  }
  for (const id of made) {
    await fetch(`${env.baseURL}/api/search-terms/${id}`, { method: 'DELETE', headers: auth })
  }

  // 2. Suggestions.
  const items = Array.from({ length: ROUNDS }, () => PREFIXES).flat()
  const suggest = await measure(items, 1, async (q) => {
    const response = await fetch(`${env.baseURL}/api/search-suggestions?q=${q}`)
    if (!response.ok) throw new Error(`suggestions: ${response.status}`)
    await response.json()
  })

  // 3. Counting one search.
  const counted = await measure(
    Array.from({ length: ROUNDS * 10 }, (_, i) => i),
    1,
    (i) =>
      recordSearch(
        env.payload,
        { q: `benchmark ${i % 25}`, query: `age=${i % 18}`, total: i % 7 },
        { client: `192.0.2.${i % 200}`, userAgent: 'bench', account: null },
      ),
  )

  const row = (name: string, samples: number[]) => {
    const p = percentiles(samples)
    return `| ${name} | ${p.n} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(Math.max(...samples))} |`
  }
  say(`# bench:terms ${new Date().toISOString()}`)
  say('')
  say('| measurement (ms) | n | p50 | p95 | p99 | max |')
  say('| --- | --- | --- | --- | --- | --- |')
  say(row('save a synonym → /api/search finds with it', lags))
  say(row('GET /api/search-suggestions, 1 client', suggest))
  say(row('recordSearch (one search counted)', counted))
} finally {
  await env.stop()
}
const dir = path.resolve('bench', 'results')
mkdirSync(dir, { recursive: true })
const file = path.join(
  dir,
  `terms-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.md`,
)
writeFileSync(file, `${lines.join('\n')}\n`)
console.log(`written to ${path.relative(process.cwd(), file)}`)
process.exit(0)
