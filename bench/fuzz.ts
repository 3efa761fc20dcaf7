/**
 * `npm run fuzz [-- --requests 10000 --pairs 400 --seed 7 --concurrency 4]` (not a test): starts
 * throw-away Postgres and Meilisearch, migrates and seeds them, serves the production build with
 * `next start`, and sends generated bad input to every entry point of the registry
 * (test/fuzz/entryPoints.ts). Prints the counts per entry point and status class and the seed, and
 * exits non-zero on any 5xx, any answer that shows or lets a reader infer an internal value, and
 * anything stored from a refused write. The short version runs in `npm test`
 * (test/int/fuzz.int.spec.ts).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { prepareDatabase, startNext, waitUntilServing } from '../src/launcher/app'
import { ensureBuild } from '../src/launcher/build'
import { projectRoot, resolveDataDir } from '../src/launcher/paths'
import { findFreePort } from '../src/launcher/ports'
import { startServices } from '../src/launcher/services'
import { FUZZ_PROXY_ADDRESS } from '../test/fuzz/client'
import { throwAwayPortalEnv } from './lib/environment'
import { formatReport, runFuzz } from '../test/fuzz/run'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    pairs: { type: 'string', default: '400' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    concurrency: { type: 'string', default: '4' },
  },
})
const requests = Number(values.requests)
const pairs = Number(values.pairs)
const seed = Number(values.seed)
const concurrency = Number(values.concurrency)
if (![requests, pairs, seed, concurrency].every((n) => Number.isInteger(n) && n >= 0)) {
  console.error('--requests, --pairs, --seed and --concurrency must be whole numbers.')
  process.exit(2)
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-fuzz-'))
  chmodSync(dataDir, 0o755)
  const services = await startServices({
    dataDir,
    binDir: path.join(resolveDataDir(), 'bin'),
    onStarted: (message) => console.log(`[fuzz] ${message}`),
  })
  const env: Record<string, string> = {
    ...throwAwayPortalEnv({ servicesEnv: services.env, dataDir, secret: 'fuzz' }),
    // The fuzzer's requests leave from this address and name their client (test/fuzz/client.ts).
    TRUSTED_PROXIES: FUZZ_PROXY_ADDRESS,
  }
  const stops: Array<() => Promise<void>> = [services.stop]
  try {
    await prepareDatabase({ ...process.env, ...env })
    await ensureBuild()
    const port = await findFreePort()
    const next = await startNext({
      mode: 'start',
      port,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    })
    // The server's log: an expected failure is one line, never a stack trace.
    let stackTraces = 0
    let errorLines = 0
    const scan = (chunk: Buffer) => {
      const text = chunk.toString()
      stackTraces += text.match(/"stack":|\n\s+at .+\(.+:\d+:\d+\)/g)?.length ?? 0
      errorLines += text.match(/ERROR/g)?.length ?? 0
    }
    next.child.stdout?.on('data', scan)
    next.child.stderr?.on('data', scan)
    // The harness's own Payload (the oracle, the importer) leaves the jobs to the server.
    Object.assign(process.env, env, { JOBS_RUNNER: 'off' })
    stops.push(next.stop)
    if (!(await waitUntilServing(next.url, next.child)))
      throw new Error('next start did not come up')
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('@payload-config'),
    ])
    const payload = await getPayload({ config })
    stops.push(async () => {
      await payload.destroy()
      await (payload.db as { pool?: { end: () => Promise<void> } }).pool
        ?.end()
        .catch(() => undefined)
    })
    // Let the jobs runner index the seeded content, so search answers from Meilisearch.
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    console.log(
      `[fuzz] seed ${seed}: ${requests} requests and ${pairs} inference pairs against ${next.url} …`,
    )
    const report = await runFuzz({
      payload,
      baseURL: next.url,
      seed,
      requests,
      pairs,
      concurrency,
      log: (line) => console.log(line),
    })
    const lines = [
      ...formatReport(report),
      `server log: ${errorLines} lines at level ERROR, ${stackTraces} stack-trace lines`,
    ]
    console.log(`\n${lines.join('\n')}`)
    const file = path.join(
      projectRoot,
      'bench',
      'results',
      `fuzz-${new Date().toISOString().replace(/[:.]/g, '-')}.md`,
    )
    writeFileSync(
      file,
      `# Fuzz run\n\n${new Date().toISOString()} · Node ${process.version}\n\n${lines.join('\n')}\n`,
    )
    console.log(`\n[fuzz] written to ${path.relative(projectRoot, file)}`)
    return report.findings.length === 0 ? 0 : 1
  } finally {
    for (const stop of stops.reverse())
      await Promise.race([
        stop().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
      ])
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
