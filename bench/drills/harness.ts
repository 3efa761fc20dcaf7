/**
 * What the fault drills share: throw-away services of their own (a temporary data directory, own
 * ports), started and supervised by the launcher as `npm start` does, migrated and seeded with the
 * demo users, and the production build served by `next start`; a consultant's REST session; the
 * write load (published offers created and updated through REST), the search load (GET /api/search
 * and the portal's search page) and the comparison of the search index with Postgres.
 */
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Meilisearch } from 'meilisearch'
import pg from 'pg'

import { prepareDatabase, startNext, waitUntilServing } from '../../src/launcher/app'
import { ensureBuild } from '../../src/launcher/build'
import { projectRoot, resolveDataDir } from '../../src/launcher/paths'
import { findFreePort } from '../../src/launcher/ports'
import { type Services, startServices } from '../../src/launcher/services'
import type { RunningNext } from '../../src/launcher/app'
import { throwAwayPortalEnv } from '../lib/environment'

export const say = (message: string) => console.log(`[drill] ${message}`)
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export type DrillEnvironment = {
  dataDir: string
  env: Record<string, string>
  baseURL: string
  services: Services
  next: RunningNext
  /** The launcher's supervision log, with the time of each line. */
  supervisorLog: Array<{ at: number; line: string }>
  nextLog: string
  stop: (keepData: boolean) => Promise<void>
}

export async function startDrillEnvironment(name: string): Promise<DrillEnvironment> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `videnportal-drill-${name}-`))
  // As root, Postgres runs as the postgres user, who must be able to enter this directory.
  chmodSync(dataDir, 0o755)
  const supervisorLog: DrillEnvironment['supervisorLog'] = []
  const record = (line: string) => {
    supervisorLog.push({ at: Date.now(), line })
    console.log(`[videnportal] ${line}`)
  }
  const services = await startServices({
    dataDir,
    binDir: path.join(resolveDataDir(), 'bin'),
    onStarted: say,
    // The launcher's own backoff (0.5 s, 1 s, 2 s … 10 s), as `npm start` runs it.
    supervise: { log: { info: record, warn: record, error: record } },
  })
  const env = throwAwayPortalEnv({ servicesEnv: services.env, dataDir, secret: 'drill' })
  // No periodic reconciliation in the server: the index must converge through the prompt one
  // after a restart. (Not for the migration step: Payload regenerates src/payload-types.ts when
  // it starts outside production, and without the schedule its types would differ.)
  const serverEnv = { ...env, SEARCH_RECONCILE_MINUTES: '0' }
  let next: RunningNext | undefined
  const nextLog = path.join(dataDir, 'logs', 'next.log')
  const stop = async (keepData: boolean) => {
    await next?.stop()
    await services.stop()
    if (keepData) say(`Kept the drill's data and logs in ${dataDir}.`)
    else rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    say('Migrating and seeding …')
    await prepareDatabase({ ...process.env, ...env })
    await ensureBuild()
    const port = await findFreePort()
    next = await startNext({
      mode: 'start',
      port,
      env: { ...process.env, ...serverEnv },
      stdio: 'pipe',
    })
    mkdirSync(path.dirname(nextLog), { recursive: true })
    const logStream = createWriteStream(nextLog, { flags: 'a' })
    next.child.stdout?.pipe(logStream)
    next.child.stderr?.pipe(logStream)
    if (!(await waitUntilServing(next.url, next.child)))
      throw new Error('next start did not come up')
    say(`Portal up on ${next.url} (pid ${next.child.pid}); its log: ${nextLog}`)
    return { dataDir, env, baseURL: next.url, services, next, supervisorLog, nextLog, stop }
  } catch (error) {
    await stop(true)
    throw error
  }
}

/** The last lines of the portal's log, for a failed drill. */
export function tailOf(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** The portal's log lines that match `pattern` (colour codes removed), at most `limit`. */
export function appLogLines(file: string, pattern: RegExp, limit = 12): string[] {
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return []
  }
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')
  const matching = plain.filter((line) => pattern.test(line))
  return matching.length > limit
    ? [...matching.slice(0, limit), `… and ${matching.length - limit} more`]
    : matching
}

export async function login(baseURL: string, email = 'konsulent@videnportal.local') {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

async function firstId(baseURL: string, token: string, collection: string, query: string) {
  const response = await fetch(`${baseURL}/api/${collection}?${query}&depth=0&limit=1`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const body = (await response.json()) as { docs?: Array<{ id: number }> }
  const id = body.docs?.[0]?.id
  if (!id) throw new Error(`the sample content lacks ${collection} ${query}`)
  return id
}

/** Counts of HTTP statuses, with network failures (no answer at all) as "network". */
export class StatusCounts {
  readonly counts = new Map<string, number>()
  add(status: number | 'network') {
    const key = String(status)
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
  }
  get total() {
    return [...this.counts.values()].reduce((sum, count) => sum + count, 0)
  }
  count(test: (status: string) => boolean) {
    let sum = 0
    for (const [status, count] of this.counts) if (test(status)) sum += count
    return sum
  }
  get serverErrors() {
    return this.count((status) => status.startsWith('5'))
  }
  toString() {
    return [...this.counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ')
  }
}

/**
 * Searches in a loop until stopped: the JSON API and the portal's results page, as an anonymous
 * reader, with a few words that match the sample content and the drill's offers.
 */
export function startSearchLoad(baseURL: string, { workers = 2 } = {}) {
  const words = ['angst', 'drilltilbud', 'mentor', 'familie', 'skole', 'unge']
  const api = new StatusCounts()
  const page = new StatusCounts()
  let degraded = 0
  let running = true
  /** Every search with its start and end time, to tell which ones met the outage. */
  const samples: Array<{ start: number; end: number; status: number | 'network' }> = []
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let i = 0; running; i++) {
      const word = words[(i + worker) % words.length]
      const usePage = (i + worker) % 2 === 1
      const url = usePage
        ? `${baseURL}/soeg?q=${encodeURIComponent(word)}`
        : `${baseURL}/api/search?q=${encodeURIComponent(word)}`
      const start = Date.now()
      let status: number | 'network'
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
        status = response.status
        if (usePage) await response.text()
        else {
          const body = (await response.json().catch(() => ({}))) as { degraded?: boolean }
          if (body.degraded) degraded++
        }
      } catch {
        status = 'network'
      }
      ;(usePage ? page : api).add(status)
      samples.push({ start, end: Date.now(), status })
    }
  })
  return {
    api,
    page,
    degraded: () => degraded,
    /** The statuses of the searches that were under way at some point between `from` and `to`. */
    during: (from: number, to: number) => {
      const counts = new StatusCounts()
      for (const sample of samples) {
        if (sample.end >= from && sample.start <= to) counts.add(sample.status)
      }
      return counts
    },
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

export type WriteRecord = { id?: number; title: string; status: number | 'network'; at: number }

/**
 * `total` writes of published offers through REST by `workers` workers: each worker creates its own
 * offers and updates them in turn (a new title each time), so the last acknowledged (2xx) write of
 * every offer is known. `onProgress` sees the count of writes done (e.g. to kill a service
 * mid-way).
 */
export async function runWrites(
  baseURL: string,
  token: string,
  {
    total = 1000,
    workers = 4,
    onProgress = () => undefined,
  }: { total?: number; workers?: number; onProgress?: (done: number) => void } = {},
) {
  const provider = await firstId(
    baseURL,
    token,
    'organizations',
    'where[externalId][equals]=org-pusterummet',
  )
  const koege = await firstId(baseURL, token, 'municipalities', 'where[code][equals]=259')
  const angst = await firstId(baseURL, token, 'topics', 'where[slug][equals]=angst')
  const run = Date.now().toString(36)
  const records: WriteRecord[] = []
  const statuses = new StatusCounts()
  /** The server's answers to failed writes, by status and message, with their counts. */
  const failures = new Map<string, number>()
  let issued = 0
  let done = 0

  const offer = (title: string) => ({
    title,
    summary: 'Et gruppeforløb fra brandøvelsen (drill) for unge med angst.',
    provider,
    ageMin: 10,
    ageMax: 17,
    topics: [angst],
    languages: ['da'],
    coverage: [koege],
    referral: {
      howTo: 'Kontakt rådgiveren.',
      municipalDecisionRequired: false,
      selfReferral: true,
    },
    cost: { type: 'free' },
    capacity: { status: 'open', asOf: new Date().toISOString() },
    visibility: 'public',
    offerType: 'counselling',
    _status: 'published',
  })

  const worker = async (w: number) => {
    const mine: number[] = []
    for (let n = 0; ; n++) {
      const i = issued++
      if (i >= total) return
      const title = `Drilltilbud ${run} ${w}-${n}`
      // Every other write updates one of this worker's offers, when it has one.
      const target = n % 2 === 1 && mine.length > 0 ? mine[(n >> 1) % mine.length] : undefined
      let record: WriteRecord
      try {
        const response = await fetch(
          target ? `${baseURL}/api/offers/${target}` : `${baseURL}/api/offers`,
          {
            method: target ? 'PATCH' : 'POST',
            headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(target ? { title, _status: 'published' } : offer(title)),
            signal: AbortSignal.timeout(60_000),
          },
        )
        const body = (await response.json().catch(() => ({}))) as {
          doc?: { id: number }
          errors?: Array<{ message?: string }>
        }
        if (response.status >= 500) {
          const reason = `${response.status} ${body.errors?.[0]?.message ?? ''}`.slice(0, 160)
          failures.set(reason, (failures.get(reason) ?? 0) + 1)
        }
        const id = target ?? body.doc?.id
        if (response.ok && !target && id) mine.push(id)
        record = { id, title, status: response.status, at: Date.now() }
      } catch {
        record = { id: target, title, status: 'network', at: Date.now() }
      }
      records.push(record)
      statuses.add(record.status)
      onProgress(++done)
      // A client that failed waits a little before its next write, as a person or a retry would.
      if (typeof record.status !== 'number' || record.status >= 300) await sleep(250)
    }
  }
  const started = Date.now()
  await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)))
  return { records, statuses, failures, ms: Date.now() - started }
}

/**
 * Every acknowledged (2xx) write is in Postgres: each offer that a 2xx created exists, and carries
 * the title of its last 2xx write (a worker's writes to one offer are sequential). A failed write
 * that Postgres committed anyway (the answer was lost) is allowed to win over an earlier success.
 */
export async function lostWrites(databaseUri: string, records: WriteRecord[]) {
  const expected = new Map<number, { ok: string; later: Set<string> }>()
  for (const record of records) {
    if (!record.id) continue
    const ok = typeof record.status === 'number' && record.status >= 200 && record.status < 300
    const entry = expected.get(record.id)
    if (ok) expected.set(record.id, { ok: record.title, later: new Set() })
    else entry?.later.add(record.title)
  }
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: number; title: string }>(
      'select id, title from offers where id = any($1::int[])',
      [[...expected.keys()]],
    )
    const found = new Map(rows.map((row) => [row.id, row.title]))
    const lost: string[] = []
    for (const [id, { ok, later }] of expected) {
      const title = found.get(id)
      if (title === undefined) lost.push(`offer ${id} is missing (last acknowledged: "${ok}")`)
      else if (title !== ok && !later.has(title)) {
        lost.push(`offer ${id} has "${title}", not the acknowledged "${ok}"`)
      }
    }
    return { checked: expected.size, lost }
  } finally {
    await client.end()
  }
}

const INDEXED_TABLES: Record<string, string> = {
  offers: 'offers',
  mentors: 'mentors',
  'school-options': 'school_options',
  'legislation-notes': 'legislation_notes',
}

/**
 * The published documents of Postgres against the search index, by collection, id and update
 * time: what is missing, extra or stale in the index.
 */
export async function compareIndex(env: Record<string, string>) {
  const client = new pg.Client({ connectionString: env.DATABASE_URI })
  await client.connect()
  const expected = new Map<string, number>()
  try {
    for (const [collection, table] of Object.entries(INDEXED_TABLES)) {
      const { rows } = await client.query<{ id: number; ms: string }>(
        `select id, floor(extract(epoch from updated_at) * 1000)::bigint as ms from ${table} where _status = 'published'`,
      )
      for (const row of rows) expected.set(`${collection}:${row.id}`, Number(row.ms))
    }
  } finally {
    await client.end()
  }
  const meili = new Meilisearch({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY })
  const index = meili.index<{ collection: string; docId: number; updatedAt: number }>(
    env.MEILI_INDEX ?? 'videnportal',
  )
  const indexed = new Map<string, number>()
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments({
      fields: ['collection', 'docId', 'updatedAt'],
      limit: 1000,
      offset,
    })
    for (const doc of page.results) indexed.set(`${doc.collection}:${doc.docId}`, doc.updatedAt)
    if (page.results.length < 1000) break
  }
  const missing = [...expected.keys()].filter((key) => !indexed.has(key))
  const extra = [...indexed.keys()].filter((key) => !expected.has(key))
  const stale = [...expected].filter(([key, ms]) => indexed.has(key) && indexed.get(key) !== ms)
  return {
    published: expected.size,
    indexed: indexed.size,
    missing,
    extra,
    stale: stale.map(([key]) => key),
    equal: missing.length === 0 && extra.length === 0 && stale.length === 0,
  }
}

/** Waits until the index equals Postgres; returns the time it took, or undefined. */
export async function waitForIndexEqual(env: Record<string, string>, timeoutMs = 120_000) {
  const started = Date.now()
  let last: Awaited<ReturnType<typeof compareIndex>> | undefined
  while (Date.now() - started < timeoutMs) {
    last = await compareIndex(env).catch(() => undefined)
    if (last?.equal) return { ms: Date.now() - started, comparison: last }
    await sleep(500)
  }
  return { ms: undefined, comparison: last }
}

/** Writes the drill's figures next to the other benchmark results. */
export function saveResult(name: string, text: string) {
  const dir = path.join(projectRoot, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `drill-${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
  writeFileSync(file, `${text}\n`)
  say(`Figures written to ${path.relative(projectRoot, file)}`)
}
