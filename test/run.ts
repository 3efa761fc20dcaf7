/**
 * `npm test`: the unit tests, then the service tests (integration and browser) split over
 * TEST_SHARDS vitest runs side by side (default 2). Each shard's global setup starts its own
 * Postgres, Meilisearch, SMTP server and portal on free ports, so the shards share nothing but the
 * build, which is made once before they start. One run at a time leaves a core idle while the test
 * waits for the server and the server for the database; two keep both cores busy.
 *
 * Files go to the shards by their last measured time (test/durations.json), longest first, each to
 * the shard with the least work so far; a file without a measurement counts as the median. After
 * a full run, TEST_RECORD_DURATIONS=1 writes the measured times back to that file.
 *
 * Arguments (`npm test -- test/int/search.int.spec.ts`, `-t name`) run one plain `vitest run`
 * with them, as before.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { z } from 'zod'

import { ensureBuild } from '../src/launcher/build'
import { projectRoot } from '../src/launcher/paths'
import { splitByDuration } from './helpers/shards'

const DURATIONS_FILE = path.join(projectRoot, 'test', 'durations.json')
const SERVICE_DIRS = ['test/int', 'test/e2e']

const durationsSchema = z.record(z.string(), z.number().nonnegative())
const jsonReportSchema = z.object({
  testResults: z.array(
    z.object({ name: z.string(), startTime: z.number(), endTime: z.number() }).loose(),
  ),
})

type Outcome = { label: string; code: number; summary: string[] }

/** Runs vitest with these arguments, every output line prefixed with the label. */
function runVitest(label: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitestBin(), 'run', ...args], {
      cwd: projectRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const summary: string[] = []
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(`[${label}] ${line}\n`)
        // vitest's closing lines, shown again at the end for all shards together.
        if (/^\s*(Test Files|Tests|Duration)\s/.test(stripAnsi(line))) summary.push(stripAnsi(line))
      })
    }
    child.on('close', (code, signal) => resolve({ label, code: code ?? (signal ? 1 : 0), summary }))
  })
}

function vitestBin() {
  return path.join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs')
}

function stripAnsi(text: string) {
  return text.replace(/\u001b\[[0-9;]*m/g, '')
}

function serviceFiles(): string[] {
  return SERVICE_DIRS.flatMap((dir) =>
    readdirSync(path.join(projectRoot, dir))
      .filter((name) => name.endsWith('.spec.ts'))
      .map((name) => `${dir}/${name}`),
  ).sort()
}

function readDurations(): Record<string, number> {
  try {
    return durationsSchema.parse(JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')))
  } catch {
    return {}
  }
}

function shardCount(): number {
  const value = Number(process.env.TEST_SHARDS ?? 2)
  return Number.isInteger(value) && value >= 1 ? value : 2
}

async function main() {
  const args = process.argv.slice(2)
  if (args.length) {
    const { code } = await runVitest('vitest', args)
    process.exit(code)
  }

  const unit = await runVitest('unit', ['--project', 'unit'])
  // Built once here: shards building side by side would write over each other.
  await ensureBuild()

  const shards = splitByDuration(serviceFiles(), readDurations(), shardCount())
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-test-report-'))
  const outcomes = await Promise.all(
    shards.map((files, index) =>
      runVitest(`services ${index + 1}/${shards.length}`, [
        '--project',
        'services',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${path.join(reportDir, `${index}.json`)}`,
        ...files,
      ]),
    ),
  )
  if (process.env.TEST_RECORD_DURATIONS === '1') recordDurations(reportDir, shards.length)
  rmSync(reportDir, { recursive: true, force: true })

  const all = [unit, ...outcomes]
  console.log('\nSummary')
  for (const outcome of all) {
    console.log(`  ${outcome.label}: ${outcome.code === 0 ? 'passed' : `FAILED (${outcome.code})`}`)
    for (const line of outcome.summary) console.log(`    ${line.trim()}`)
  }
  process.exit(all.some((outcome) => outcome.code !== 0) ? 1 : 0)
}

function recordDurations(reportDir: string, shards: number) {
  const durations = readDurations()
  for (let index = 0; index < shards; index++) {
    try {
      const report = jsonReportSchema.parse(
        JSON.parse(readFileSync(path.join(reportDir, `${index}.json`), 'utf8')),
      )
      for (const result of report.testResults) {
        const file = path.relative(projectRoot, result.name)
        durations[file] = Math.round((result.endTime - result.startTime) / 1000)
      }
    } catch (error) {
      console.warn(`[test] no durations from shard ${index + 1}: ${String(error)}`)
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(durations).sort(([a], [b]) => a.localeCompare(b)),
  )
  writeFileSync(DURATIONS_FILE, `${JSON.stringify(sorted, null, 2)}\n`)
  console.log(`[test] durations written to ${path.relative(projectRoot, DURATIONS_FILE)}`)
}

await main()
