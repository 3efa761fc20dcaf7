/**
 * `npm run bench:cli [-- --rounds 10 --concurrency 3]` (not a test): runs the import command-line
 * entry several at a time against a running portal (the benchmark environment: embedded services,
 * the production build and `next start` with its jobs runner) and counts how the runs ended. Under
 * load, Node 20 ends some such children with exit code 13 and no output (src/launcher/tsEntry.ts);
 * the launcher runs those again, so the table also says how many would still have failed.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { projectRoot } from '../src/launcher/paths'
import { tsEntryArgs } from '../src/launcher/tsEntry'
import { startBenchEnvironment } from './lib/environment'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '3' },
  },
})
const rounds = Number(values.rounds)
const concurrency = Number(values.concurrency)
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error('--rounds and --concurrency must be whole numbers from 1.')
  process.exit(2)
}

/** A real file of the sample content: on the seeded database, a dry run finds it unchanged. */
const file = path.join(projectRoot, 'content', 'offers.json')
const variants = {
  'import --dry-run (tsx)': (file: string) =>
    tsEntryArgs('src/import/cli.ts', 'import', file, '--dry-run'),
}

type Outcome = { code: number | null; ms: number; silent: boolean }

function runOnce(args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = performance.now()
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: projectRoot, env }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0
      resolve({
        code: typeof code === 'number' ? code : null,
        ms: performance.now() - started,
        silent: !stdout.trim() && !stderr.trim(),
      })
    })
  })
}

async function main() {
  const environment = await startBenchEnvironment()
  const lines: string[] = []
  try {
    const env = { ...process.env, ...environment.env }
    lines.push(
      `# Command-line entries under load`,
      '',
      `${new Date().toISOString()} · ${rounds} rounds × ${concurrency} concurrent \`import --dry-run ${path.relative(projectRoot, file)}\` against a running portal · Node ${process.version}`,
      '',
      '| entry | runs | exit 0 | exit 13 | other | silent failures | p50 s |',
      '| --- | --: | --: | --: | --: | --: | --: |',
    )
    for (const [name, argsOf] of Object.entries(variants)) {
      const outcomes: Outcome[] = []
      for (let round = 0; round < rounds; round++) {
        outcomes.push(
          ...(await Promise.all(
            Array.from({ length: concurrency }, () => runOnce(argsOf(file), env)),
          )),
        )
        process.stdout.write('.')
      }
      const count = (test: (outcome: Outcome) => boolean) => outcomes.filter(test).length
      const times = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b)
      const p50 = times[Math.floor(times.length / 2)] ?? NaN
      lines.push(
        `| ${name} | ${outcomes.length} | ${count((o) => o.code === 0)} | ${count((o) => o.code === 13)} | ${count((o) => o.code !== 0 && o.code !== 13)} | ${count((o) => o.code !== 0 && o.silent)} | ${(p50 / 1000).toFixed(1)} |`,
      )
    }
  } finally {
    await environment.stop()
  }
  const report = lines.join('\n') + '\n'
  const out = path.join(
    projectRoot,
    'bench',
    'results',
    `cli-${new Date().toISOString().replace(/[:.]/g, '-')}.md`,
  )
  writeFileSync(out, report)
  console.log(`\n${report}\nWritten to ${path.relative(projectRoot, out)}`)
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
