import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import { nextBin } from './build'
import { UserFacingError } from './errors'
import { projectRoot } from './paths'
import { spawnManaged, stopChild, waitForExit } from './processes'

type OnChild = (child: ChildProcess | undefined) => void

/** Applies migrations and seeds `content/` in a child process (see prepare.ts). */
export async function prepareDatabase(env: NodeJS.ProcessEnv, onChild?: OnChild) {
  const child = spawnManaged(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'src', 'runtime', 'prepare.ts')],
    { cwd: projectRoot, stdio: 'inherit', env },
  )
  onChild?.(child)
  await waitForExit(child)
  onChild?.(undefined)
  if (child.exitCode !== 0 && child.signalCode === null) {
    throw new UserFacingError(
      'Migrating or seeding the database failed; the reason is printed above.',
    )
  }
}

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

/** Runs `next start` (the production build) or `next dev` on `port` with `env`. */
export function startNext({
  mode,
  port,
  env,
  stdio = 'inherit',
}: {
  mode: 'start' | 'dev'
  port: number
  env: NodeJS.ProcessEnv
  stdio?: 'inherit' | 'ignore' | 'pipe'
}): RunningNext {
  const child = spawnManaged(process.execPath, [nextBin(), mode, '--port', String(port)], {
    cwd: projectRoot,
    stdio,
    // `next start` is production; say so explicitly so Payload behaves the same under any parent.
    env: { ...env, NODE_ENV: mode === 'start' ? 'production' : 'development' },
  })
  return { url: `http://localhost:${port}`, child, stop: () => stopChild(child, 'SIGTERM') }
}
