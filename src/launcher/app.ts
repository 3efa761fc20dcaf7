import type { ChildProcess } from 'node:child_process'

import { nextBin } from './build'
import { UserFacingError } from './errors'
import { startFrontServer } from './frontServer'
import { log } from './log'
import { createPortalLogger } from '../ops/logging/logger'
import { readObserveEnv } from '../ops/observeEnv'
import { BEHIND_FRONT_ENV, DRAINED_SIGNAL } from '../ops/shutdown/signals'
import { projectRoot } from './paths'
import { findFreePort } from './ports'
import { spawnManaged, stopChild, waitForExit } from './processes'
import { LOADER_FLAKE_ATTEMPTS, LOADER_FLAKE_EXIT_CODE, tsEntryArgs } from './tsEntry'

type OnChild = (child: ChildProcess | undefined) => void

/** Runs prepare.ts once; returns how it ended and the last lines it printed. */
async function runPrepare(env: NodeJS.ProcessEnv, onChild?: OnChild) {
  const child = spawnManaged(process.execPath, tsEntryArgs('src/launcher/prepare.ts'), {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its output is piped through this terminal: pretty here means pretty there (src/ops/logging).
    env: { ...env, LOG_FORMAT: env.LOG_FORMAT || (process.stdout.isTTY ? 'pretty' : '') },
  })
  onChild?.(child)
  const tail: string[] = []
  const keep = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
    target.write(chunk)
    tail.push(...chunk.toString().split('\n').filter(Boolean))
    tail.splice(0, Math.max(0, tail.length - 20))
  }
  child.stdout?.on('data', keep(process.stdout))
  child.stderr?.on('data', keep(process.stderr))
  await waitForExit(child)
  onChild?.(undefined)
  return { code: child.exitCode, signal: child.signalCode, tail }
}

/**
 * Applies migrations and seeds `content/` in a child process (see prepare.ts). Both are idempotent,
 * so one failed attempt is retried before the start gives up.
 */
export async function prepareDatabase(env: NodeJS.ProcessEnv, onChild?: OnChild) {
  for (let attempt = 1; ; attempt++) {
    const { code, signal, tail } = await runPrepare(env, onChild)
    if (code === 0 || signal !== null) return
    if (attempt >= (code === LOADER_FLAKE_EXIT_CODE ? LOADER_FLAKE_ATTEMPTS : 2)) {
      throw new UserFacingError(
        `Migrating or seeding the database failed (exit code ${code}): ${tail.slice(-3).join(' | ') || 'no output'}.`,
      )
    }
    console.error(
      `[videnportal] Preparing the database failed (exit code ${code}); trying once more.`,
    )
  }
}

const prettyFor = (observe: { LOG_FORMAT?: string }) =>
  observe.LOG_FORMAT === 'pretty' ||
  (observe.LOG_FORMAT !== 'json' && Boolean(process.stdout.isTTY))

export type RunningNext = { url: string; child: ChildProcess; stop: () => Promise<void> }

/** Resolves true once /api/health answers (any status below 500), false if Next exits first. */
export async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 180_000) {
  const exited = waitForExit(child).then(() => 'exited' as const)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) })
      if (response.status < 500 || response.status === 503) return true
    } catch {
      // not listening yet
    }
    if ((await Promise.race([exited, new Promise((r) => setTimeout(r, 250))])) === 'exited') {
      return false
    }
  }
  return false
}

/**
 * Runs `next start` (the production build) or `next dev` on localhost:<a free port>, behind the
 * front server (frontServer.ts) on the public `port`: the one address users, the health check and
 * the tests reach. Stopping stops both, the front first.
 */
export async function startNext({
  mode,
  port,
  env,
  stdio = 'inherit',
}: {
  mode: 'start' | 'dev'
  port: number
  env: NodeJS.ProcessEnv
  stdio?: 'inherit' | 'ignore' | 'pipe'
}): Promise<RunningNext> {
  const internalPort = await findFreePort()
  let observe: ReturnType<typeof readObserveEnv>
  try {
    observe = readObserveEnv(env)
  } catch (error) {
    throw new UserFacingError((error as Error).message)
  }
  const front = await startFrontServer({
    port,
    targetPort: internalPort,
    trustedProxies: env.TRUSTED_PROXIES,
    onError: log.warn,
    onInfo: log.info,
    metricsToken: observe.METRICS_TOKEN,
    payloadSecret: env.PAYLOAD_SECRET,
    // The access log goes where the server's log goes (tests hide it unless TEST_SERVER_LOG=1).
    accessLog:
      stdio === 'inherit'
        ? createPortalLogger({
            name: 'front',
            level: observe.LOG_LEVEL,
            pretty: prettyFor(observe),
          })
        : undefined,
    ...(observe.SHUTDOWN_TIMEOUT_SECONDS !== undefined
      ? { shutdownTimeoutMs: observe.SHUTDOWN_TIMEOUT_SECONDS * 1000 }
      : {}),
  })
  const child = spawnManaged(
    process.execPath,
    [nextBin(), mode, '--port', String(internalPort), '--hostname', 'localhost'],
    {
      cwd: projectRoot,
      stdio,
      // `next start` is production; say so explicitly so Payload behaves the same under any parent.
      env: {
        ...env,
        NODE_ENV: mode === 'start' ? 'production' : 'development',
        // Next's own SIGTERM handler exits at once; the portal's (src/ops/shutdown/appServer.ts)
        // lets a running job finish or hands it back first, and behind this front server it
        // exits only once the front has drained the requests in flight (DRAINED_SIGNAL).
        ...(mode === 'start' ? { NEXT_MANUAL_SIG_HANDLE: 'true', [BEHIND_FRONT_ENV]: '1' } : {}),
      },
    },
  )
  return {
    url: front.url,
    child,
    stop: async () => {
      if (mode === 'dev') {
        await front.close()
        return stopChild(child, 'SIGTERM')
      }
      // Next hears of the shutdown at once: its jobs runner stops taking jobs while the front
      // drains (it may have had the SIGTERM already, from a signal to the whole group).
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await front.close()
      // Drained: Next exits once its jobs have stopped (SIGKILL if it has not after the grace).
      await stopChild(child, DRAINED_SIGNAL, 20_000)
    },
  }
}
