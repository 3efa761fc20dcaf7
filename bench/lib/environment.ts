/**
 * The benchmarks' environment: embedded Postgres and Meilisearch with their data in
 * `<data dir>/bench` (kept between runs, so generated listings are made once), migrated and seeded,
 * the production build, and `next start` with its jobs runner, as `npm start` runs them.
 */
// Next's server modules expect its globals (AsyncLocalStorage) when they load; benches that load
// Payload's config (which imports next/cache) before starting Next in-process need them first.
import 'next/dist/server/node-environment-baseline'

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { prepareDatabase, startNext, waitUntilServing } from '../../src/launcher/app'
import { ensureBuild } from '../../src/launcher/build'
import { projectRoot, resolveDataDir } from '../../src/launcher/paths'
import { findFreePort } from '../../src/launcher/ports'
import { startServices } from '../../src/launcher/services'

import { loadPayload } from './loadPayload'

export type BenchEnvironment = {
  env: Record<string, string>
  baseURL: string
  payload: Payload
  /** Where the services keep their data (to find this run's Meilisearch among others). */
  dataDir: string
  /** The `next start` process (its server may be a child of it). */
  appPid: number | undefined
  stop: () => Promise<void>
}

/**
 * The environment of a portal on throw-away services: the services' addresses, a secret, media in
 * the data directory, demo users and the sample content, and no search limit (benchmarks, the
 * fuzzer and the drills measure answers, not the limit that protects the server from them).
 */
export function throwAwayPortalEnv({
  servicesEnv,
  dataDir,
  secret,
}: {
  servicesEnv: Record<string, string>
  dataDir: string
  secret: string
}): Record<string, string> {
  return {
    ...servicesEnv,
    PAYLOAD_SECRET: `${secret}-secret-0123456789abcdef`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    SEED_DEMO_USERS: 'true',
    SEED_SAMPLE_CONTENT: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    SEARCH_REQUESTS_PER_MINUTE: '1000000',
  }
}

export async function startBenchEnvironment(): Promise<BenchEnvironment> {
  const dataDir = path.join(resolveDataDir(), 'bench')
  mkdirSync(dataDir, { recursive: true })
  chmodSync(dataDir, 0o755)
  const services = await startServices({
    dataDir,
    binDir: path.join(resolveDataDir(), 'bin'),
    onStarted: (message) => console.log(`[bench] ${message}`),
  })
  const env: Record<string, string> = {
    ...throwAwayPortalEnv({ servicesEnv: services.env, dataDir, secret: 'bench' }),
    MEILI_INDEX: 'videnportal',
  }
  const stops: Array<() => Promise<void>> = [services.stop]
  // Each step is bounded: a benchmark that has printed its numbers must not hang on shutdown.
  const stop = async () => {
    for (const action of stops.reverse()) {
      await bounded(action())
    }
  }
  try {
    await prepareDatabase({ ...process.env, ...env })
    await ensureBuild()
    Object.assign(process.env, env)
    const payload = await loadPayload()
    stops.push(async () => {
      await payload.destroy()
      // Close the pool before Postgres stops, or its idle clients raise unhandled errors.
      await (payload.db as { pool?: { end: () => Promise<void> } }).pool
        ?.end()
        .catch(() => undefined)
    })
    const port = await findFreePort()
    const next = await startNext({
      mode: 'start',
      port,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    })
    stops.push(next.stop)
    if (!(await waitUntilServing(next.url, next.child)))
      throw new Error('next start did not come up')
    return { env, baseURL: next.url, payload, dataDir, appPid: next.child.pid, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** p50/p95/p99 and mean of a list of milliseconds. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
  return {
    n: sorted.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1),
  }
}

/** Runs `task` over `items` with `clients` concurrent workers; returns each call's milliseconds. */
export async function measure<T>(
  items: T[],
  clients: number,
  task: (item: T) => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const item = items[next++]!
        const started = performance.now()
        await task(item)
        times.push(performance.now() - started)
      }
    }),
  )
  return times
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–')

/** Waits for a shutdown step at most 10 s: a benchmark that has printed its numbers must not hang. */
export const bounded = (step: Promise<unknown> | undefined) =>
  Promise.race([
    Promise.resolve(step).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
  ])

/**
 * Runs `measure` with an in-process Payload on the benchmarks' services (no Next, no jobs runner),
 * migrated and seeded, with SQL statement counting on (src/utilities/sqlQueryCounter.ts): for
 * benchmarks that call the portal's functions directly. Modules that read the environment when
 * loaded must be imported inside `measure`.
 */
export async function withBenchPayload(measure: (payload: Payload) => Promise<void>) {
  // Counting is switched on before the Payload config is evaluated.
  process.env.SQL_QUERY_COUNT = '1'
  const dataDir = path.join(resolveDataDir(), 'bench')
  mkdirSync(dataDir, { recursive: true })
  const services = await startServices({ dataDir, binDir: path.join(resolveDataDir(), 'bin') })
  const env = {
    ...throwAwayPortalEnv({ servicesEnv: services.env, dataDir, secret: 'bench' }),
    JOBS_RUNNER: 'off',
  }
  try {
    await prepareDatabase({ ...process.env, ...env })
    Object.assign(process.env, env)
    const payload = await loadPayload()
    try {
      await measure(payload)
    } finally {
      await bounded(payload.destroy())
      await bounded((payload.db as { pool?: { end: () => Promise<void> } }).pool?.end())
    }
  } finally {
    await bounded(services.stop())
  }
}

/** Prints a benchmark's table and keeps it as bench/results/<name>-<time>.md. */
export function writeBenchResult(name: string, table: string) {
  console.log(`\n${table}`)
  const dir = path.join(projectRoot, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
  writeFileSync(file, `${table}\n`)
}
