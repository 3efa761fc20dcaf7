import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => existsSync(candidate))

export type ManagedSpawnOptions = SpawnOptions & {
  /** Signal the child gets when the launcher dies without cleaning up (kill -9, crash). */
  parentDeathSignal?: 'TERM' | 'INT'
  /** Run as this user (root only), e.g. Postgres, which refuses to run as root. */
  runAs?: { uid: number; gid: number }
}

/**
 * Spawns a service so that it cannot outlive the launcher: on Linux `setpriv --pdeathsig` makes the
 * kernel signal the child when its parent dies, even by SIGKILL. Where setpriv is missing, the
 * stale-process check at the next start cleans up instead.
 */
export function spawnManaged(
  command: string,
  args: string[],
  { parentDeathSignal = 'TERM', runAs, ...options }: ManagedSpawnOptions = {},
): ChildProcess {
  if (setpriv) {
    const privArgs = [`--pdeathsig=${parentDeathSignal}`]
    if (runAs) privArgs.push(`--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--clear-groups')
    return spawn(setpriv, [...privArgs, '--', command, ...args], options)
  }
  return spawn(command, args, { ...options, uid: runAs?.uid, gid: runAs?.gid })
}

export function isAlive(pid: number | undefined): boolean {
  if (!pid || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The executable name of a running process (Linux), used to tell a stale pid from a reused one. */
export function processName(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return undefined
  }
}

/** Resolves when the child has exited (immediately if it already has). */
export function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Sends `signal`, then SIGKILL after `graceMs` if the child is still there. */
export async function stopChild(
  child: ChildProcess | undefined,
  signal: NodeJS.Signals,
  graceMs = 15_000,
): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = waitForExit(child)
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** Waits for a pid that is not our child to disappear; SIGKILL after `graceMs`. */
export async function stopPid(pid: number, signal: NodeJS.Signals, graceMs = 15_000) {
  if (!isAlive(pid)) return
  process.kill(pid, signal)
  const deadline = Date.now() + graceMs
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL')
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
