/**
 * `npm run bench:relevance [-- --verbose]`: how often a caseworker finds the right listing, not a
 * test. Starts its own throw-away services (data in `<data dir>/bench-relevance`, kept between
 * runs), seeds the sample content of `content/`, rebuilds the search index with the current
 * settings, and runs every task of the judgment list `bench/relevance/tasks.json` through
 * `search()` (what `GET /api/search` answers) as a caseworker, with the task's filters. Prints per
 * query variant the share of tasks with a right listing first and in the top 5, the mean
 * reciprocal rank, nDCG@5 and the number of tasks with no result at all, and writes the table to
 * `bench/results/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { prepareDatabase } from '../src/launcher/app'
import { resolveDataDir } from '../src/launcher/paths'
import { startServices } from '../src/launcher/services'
import { throwAwayPortalEnv } from './lib/environment'

const { values: args } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    tasks: { type: 'string', default: path.resolve('bench', 'relevance', 'tasks.json') },
    label: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
  },
})

export const variants = ['plain', 'typo', 'synonym', 'compound', 'inflection', 'shorthand'] as const
type Variant = (typeof variants)[number]

const tasksSchema = z.object({
  format: z.literal('videnportal/judgments-v1'),
  description: z.string().optional(),
  tasks: z
    .array(
      z.object({
        id: z.string(),
        need: z.string(),
        filters: z.record(z.string(), z.array(z.union([z.string(), z.number()]))).default({}),
        answers: z.array(z.string()).min(1),
        queries: z
          .object({ plain: z.string().min(1) })
          .catchall(z.string().min(1))
          .refine(
            (queries) => Object.keys(queries).every((key) => variants.includes(key as Variant)),
            `query variants are ${variants.join(', ')}`,
          ),
      }),
    )
    .min(60),
})
type Task = z.infer<typeof tasksSchema>['tasks'][number]

/**
 * One typo in the query: two neighbouring letters swapped in the middle of its longest word (of
 * five letters or more), the most common slip at a keyboard.
 */
export function withTypo(query: string): string {
  const words = query.split(' ')
  let longest = -1
  words.forEach((word, i) => {
    if (word.length >= 5 && (longest < 0 || word.length > words[longest]!.length)) longest = i
  })
  if (longest < 0) return query
  const word = [...words[longest]!]
  // From the middle outwards, the first two neighbours that differ (swapping "vv" changes nothing).
  const middle = Math.floor(word.length / 2) - 1
  const at = [0, 1, -1, 2, -2, 3, -3]
    .map((shift) => middle + shift)
    .find((i) => i >= 0 && i + 1 < word.length && word[i] !== word[i + 1])
  if (at === undefined) return query
  ;[word[at], word[at + 1]] = [word[at + 1]!, word[at]!]
  words[longest] = word.join('')
  return words.join(' ')
}

type Outcome = { rank: number | null; zero: boolean; dcg: number; idcg: number; top: string[] }

function score(ranked: string[], answers: string[], total: number): Outcome {
  const relevant = new Set(answers)
  const index = ranked.findIndex((key) => relevant.has(key))
  let dcg = 0
  ranked.slice(0, 5).forEach((key, i) => {
    if (relevant.has(key)) dcg += 1 / Math.log2(i + 2)
  })
  let idcg = 0
  for (let i = 0; i < Math.min(5, relevant.size); i++) idcg += 1 / Math.log2(i + 2)
  return {
    rank: index < 0 ? null : index + 1,
    zero: total === 0,
    dcg,
    idcg,
    top: ranked.slice(0, 5),
  }
}

async function main() {
  const file = tasksSchema.parse(JSON.parse(readFileSync(args.tasks, 'utf8')))
  const dataDir = path.join(resolveDataDir(), 'bench-relevance')
  mkdirSync(dataDir, { recursive: true })
  const services = await startServices({
    dataDir,
    binDir: path.join(resolveDataDir(), 'bin'),
    onStarted: (message) => console.log(`[relevance] ${message}`),
  })
  let payload: import('payload').Payload | undefined
  try {
    const env = {
      ...throwAwayPortalEnv({ servicesEnv: services.env, dataDir, secret: 'relevance' }),
      MEILI_INDEX: 'videnportal',
    }
    await prepareDatabase({ ...process.env, ...env })
    Object.assign(process.env, env)
    const [{ getPayload }, { default: config }, { reindex }, { search }, { parseSearchParams }] =
      await Promise.all([
        import('payload'),
        import('@payload-config'),
        import('../src/search/indexing/indexer'),
        import('../src/search/query/search'),
        import('../src/search/query/params'),
      ])
    payload = await getPayload({ config })
    const rebuilt = await reindex(payload)
    console.log(`[relevance] reindexed ${rebuilt.count} documents`)

    // externalId of each listing, by its search key.
    const keys = new Map<string, string>()
    for (const collection of ['offers', 'mentors', 'school-options'] as const) {
      const { docs } = await payload.find({
        collection,
        select: { externalId: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of docs) {
        if (doc.externalId) keys.set(`${collection}:${doc.id}`, doc.externalId)
      }
    }
    const known = new Set(keys.values())
    for (const task of file.tasks) {
      for (const answer of task.answers) {
        if (!known.has(answer)) throw new Error(`${task.id}: no listing "${answer}" in the content`)
      }
    }

    // Searches as a caseworker: every published listing, internal ones included.
    const caseworker = { id: 0, role: 'caseworker' } as unknown as import('@/payload-types').User
    const results = new Map<Variant, Array<{ task: Task; query: string; outcome: Outcome }>>()
    const only = new Set(args.only ? args.only.split(',') : [])
    const { analyzeQuery } = await import('../src/search/query/analysis')
    const { currentVocabulary } = await import('../src/search/query/vocabulary')
    const analysed = async (query: string) =>
      analyzeQuery(query, await currentVocabulary())
        .words.map((word) => `${word.word}→${word.terms.join('+')}(${word.step})`)
        .join(' ')
    for (const task of file.tasks) {
      if (only.size > 0 && !only.has(task.id)) continue
      const queries: Partial<Record<Variant, string>> = {
        ...task.queries,
        typo: task.queries.typo ?? withTypo(task.queries.plain),
      }
      for (const variant of variants) {
        const query = queries[variant]
        if (!query) continue
        const input = new URLSearchParams({ q: query, perPage: '20' })
        for (const [name, values] of Object.entries(task.filters)) {
          for (const value of values) input.append(name, String(value))
        }
        const parsed = parseSearchParams(input)
        if (!parsed.ok) throw new Error(`${task.id} ${variant}: ${JSON.stringify(parsed.errors)}`)
        const result = await search(payload, parsed.params, caseworker)
        if (result.degraded) throw new Error('Meilisearch did not answer (degraded search)')
        const ranked = result.hits.map(
          (hit) => keys.get(`${hit.collection}:${hit.id}`) ?? `${hit.collection}:${hit.id}`,
        )
        const outcome = score(ranked, task.answers, result.total)
        if (args.verbose && (outcome.rank === null || outcome.rank > 5)) {
          outcome.top.push(`[${await analysed(query)}; ${result.match}, ${result.total}]`)
        }
        if (!results.has(variant)) results.set(variant, [])
        results.get(variant)!.push({ task, query, outcome })
      }
    }

    const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(0)} %`
    const lines = [
      `Relevance benchmark${args.label ? ` (${args.label})` : ''}, ${new Date().toISOString()}: ${file.tasks.length} tasks of bench/relevance/tasks.json against the sample content (${rebuilt.count} documents), searched as a caseworker with the task's filters`,
      '',
      '| Variant | tasks | top 1 | top 5 | MRR | nDCG@5 | zero results |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ]
    const all: Outcome[] = []
    for (const variant of variants) {
      const rows = results.get(variant) ?? []
      const outcomes = rows.map((row) => row.outcome)
      all.push(...outcomes)
      lines.push(row(variant, outcomes))
    }
    lines.push(row('all variants', all))
    function row(name: string, outcomes: Outcome[]) {
      const n = outcomes.length
      const top1 = outcomes.filter((o) => o.rank === 1).length
      const top5 = outcomes.filter((o) => o.rank !== null && o.rank <= 5).length
      const mrr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / (n || 1)
      const ndcg = outcomes.reduce((sum, o) => sum + (o.idcg ? o.dcg / o.idcg : 0), 0) / (n || 1)
      const zero = outcomes.filter((o) => o.zero).length
      return `| ${name} | ${n} | ${pct(top1, n)} | ${pct(top5, n)} | ${mrr.toFixed(3)} | ${ndcg.toFixed(3)} | ${zero} |`
    }
    const misses: string[] = []
    for (const variant of variants) {
      for (const { task, query, outcome } of results.get(variant) ?? []) {
        if (outcome.rank !== null && outcome.rank <= 5) continue
        misses.push(
          `- ${task.id} ${variant} "${query}": ${outcome.zero ? 'no results' : `rank ${outcome.rank ?? '> 20'}`}${args.verbose ? ` (top: ${outcome.top.join(', ')})` : ''}`,
        )
      }
    }
    lines.push('', `Not in the top 5 (${misses.length}):`, ...misses)
    const table = lines.join('\n')
    console.log(`\n${table}\n`)
    const dir = path.resolve('bench', 'results')
    mkdirSync(dir, { recursive: true })
    const out = path.join(
      dir,
      `relevance-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.md`,
    )
    writeFileSync(out, `${table}\n`)
    console.log(`[relevance] written to ${path.relative(process.cwd(), out)}`)
  } finally {
    const bounded = (work: Promise<unknown>) =>
      Promise.race([
        work.catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
      ])
    if (payload) {
      console.log('[relevance] stopping …')
      const { pool } = payload.db as { pool?: { end: () => Promise<void> } }
      await bounded(payload.destroy())
      await bounded(pool?.end() ?? Promise.resolve())
    }
    await Promise.race([
      services.stop().catch((error: unknown) => console.error('[relevance] stop:', error)),
      new Promise((resolve) => setTimeout(resolve, 15_000).unref()),
    ])
    console.log('[relevance] services stopped')
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
