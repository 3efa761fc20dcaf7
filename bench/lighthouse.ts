/**
 * `npm run bench:lighthouse [-- --runs 3 --only home|results|listing]`: Lighthouse (mobile preset, the default) on the home
 * page, the results page and a listing page of the production build, served as bench:portal serves
 * it (its own services and data in <data dir>/bench, `next start`). Each page is measured `runs`
 * times in a fresh headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH) and the median of each
 * category is reported. Not a test and not in CI: scores move with the machine's load. Prints a
 * table, the audits that cost points, and writes both to bench/results/lighthouse-*.md.
 *
 * Targets: performance ≥ 95, accessibility 100, best practices 100, SEO 100 on indexable pages
 * (the results page is `noindex` on purpose, which Lighthouse's SEO category counts against it).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { projectRoot } from '../src/launcher/paths'
import { startBenchEnvironment } from './lib/environment'

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } },
})
const RUNS = Math.max(1, Number(args.runs) || 3)
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}

type Run = { scores: Record<Category, number>; lost: Map<string, string> }

/** One Lighthouse run in its own Chromium: category scores and the audits that cost points. */
async function audit(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as Record<Category, number>
    const lost = new Map<string, string>()
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const item = lhr.audits[ref.id]
        if (ref.weight > 0 && item && item.score !== null && item.score < 1) {
          lost.set(
            `${id}: ${ref.id}`,
            `${item.title}${item.displayValue ? ` (${item.displayValue})` : ''}`,
          )
        }
      }
    }
    return { scores, lost }
  } finally {
    await chrome.kill()
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function main() {
  const environment = await startBenchEnvironment()
  try {
    const base = environment.baseURL
    const search = await fetch(`${base}/api/search?kind=offer&perPage=1&sort=title`)
    const offer = ((await search.json()) as { hits: Array<{ url: string }> }).hits[0]?.url
    if (!offer) throw new Error('no offer found through the search')
    const pages: Array<{ name: string; path: string; indexable: boolean }> = [
      { name: 'home', path: '/', indexable: true },
      { name: 'results', path: '/soeg?q=angst', indexable: false },
      { name: 'listing', path: offer, indexable: true },
    ]
    const chosen = args.only ? pages.filter((page) => page.name === args.only) : pages
    // One request each first, so that no run measures a cold server.
    for (const page of chosen) await fetch(`${base}${page.path}`)

    const rows: string[] = []
    const findings: string[] = []
    let missed = 0
    for (const page of chosen) {
      const runs: Run[] = []
      for (let run = 1; run <= RUNS; run++) {
        console.log(`[lighthouse] ${page.name} run ${run}/${RUNS} …`)
        runs.push(await audit(`${base}${page.path}`))
      }
      const medians = Object.fromEntries(
        CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))]),
      ) as Record<Category, number>
      const verdicts = CATEGORIES.filter((id) => id !== 'seo' || page.indexable).map((id) => {
        const met = medians[id] >= TARGETS[id]
        if (!met) missed++
        return met
      })
      rows.push(
        `| ${page.name} | \`${page.path}\` | ${CATEGORIES.map((id) => medians[id]).join(' | ')} | ${
          verdicts.every(Boolean) ? 'met' : 'MISSED'
        }${page.indexable ? '' : ' (noindex: SEO not counted)'} |`,
      )
      const lost = new Map<string, string>()
      for (const run of runs) for (const [key, title] of run.lost) lost.set(key, title)
      for (const [key, title] of lost) findings.push(`- ${page.name} · ${key}: ${title}`)
    }

    const table = [
      '# Lighthouse benchmark',
      '',
      `${new Date().toISOString()} · mobile preset · median of ${RUNS} runs per page · production build (\`next start\`) · headless Chromium`,
      '',
      '| page | path | performance | accessibility | best practices | SEO | targets (≥ 95, 100, 100, 100) |',
      '| --- | --- | --: | --: | --: | --: | --- |',
      ...rows,
      '',
      '## Audits that cost points (in any run)',
      '',
      ...(findings.length ? findings : ['- none']),
      '',
    ].join('\n')
    console.log(`\n${table}`)
    const dir = path.join(projectRoot, 'bench', 'results')
    mkdirSync(dir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    writeFileSync(path.join(dir, `lighthouse-${stamp}.md`), table)
    if (missed) console.log(`[lighthouse] ${missed} target(s) missed`)
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
