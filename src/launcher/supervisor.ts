import { log as launcherLog } from './log'

/** How a supervised process ended. */
export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null }

/** A running service process as the supervisor sees it. */
export type SupervisedProcess = {
  pid: number
  /** Resolves once the process has exited, however it ended. */
  exited: Promise<ExitInfo>
  /** Stops it on purpose (the supervisor does not restart it then). */
  stop: () => Promise<void>
}

export type Backoff = {
  /** Delay before the first restart; doubled for each further fast failure. */
  initialMs: number
  /** The longest delay between restarts. */
  maxMs: number
  /** A process that ran this long counts as stable: the next failure starts the backoff anew. */
  stableMs: number
  /** Restarts in a row without a stable run before the supervisor gives up. */
  maxAttempts: number
}

export const DEFAULT_BACKOFF: Backoff = {
  initialMs: 500,
  maxMs: 10_000,
  stableMs: 60_000,
  maxAttempts: 8,
}

export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped'

export type Supervisor = {
  /** The process running now (undefined while restarting, after giving up, or when stopped). */
  current: () => SupervisedProcess | undefined
  state: () => SupervisorState
  /** Restarts so far. */
  restarts: () => number
  /** Stops restarting at once (synchronous, e.g. in a signal handler); the process is left alone. */
  halt: () => void
  /** Stops restarting and stops the process. */
  stop: () => Promise<void>
}

type Log = {
  info: (message: string) => void
  warn: (message: string) => void
  error: (message: string) => void
}

export type SuperviseOptions = {
  /** Shown in the log, e.g. "Meilisearch". */
  name: string
  /** The process started already by the launcher. */
  first: SupervisedProcess
  /** Starts the service again, with the same data, port and keys. */
  restart: () => Promise<SupervisedProcess>
  /** Runs after each successful restart (e.g. asks the app to reconcile the search index). */
  onRestarted?: (process: SupervisedProcess) => Promise<void> | void
  /** What the log says once the service is back, after "<name> is back". */
  backMessage?: string
  /** Said when the supervisor gives up: what still works without the service. */
  giveUpMessage?: string
  backoff?: Partial<Backoff>
  /** Injectable clock (ms), for the stable-period reset. */
  now?: () => number
  log?: Log
}

/** "0.5 s", "1 s", "10 s". */
export function formatDelay(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}

function describeExit({ code, signal }: ExitInfo): string {
  return `stopped (${signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`})`
}

/** The delay before restart `attempt` (1-based): initial, doubled each time, capped. */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.initialMs * 2 ** Math.max(0, attempt - 1), backoff.maxMs)
}

/**
 * Watches a service process the launcher started and starts it again when it dies: after a
 * growing delay (backoff), with a log line for each step; a run that lasted `stableMs` resets the
 * backoff. After `maxAttempts` restarts in a row that did not last, it gives up and says so, and
 * the portal keeps serving without the service. `halt`/`stop` end the supervision first, so a
 * shutdown never restarts anything.
 */
export function supervise(options: SuperviseOptions): Supervisor {
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...options.backoff }
  const now = options.now ?? Date.now
  const log = options.log ?? launcherLog
  const { name } = options

  let state: SupervisorState = 'running'
  let current: SupervisedProcess | undefined = options.first
  let startedAt = now()
  let attempt = 0
  let restarts = 0
  let halted = false
  let wakeSleep: (() => void) | undefined

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        wakeSleep = undefined
        resolve()
      }
      wakeSleep = done
    })

  const watch = async () => {
    let failure = describeExit(await current!.exited)
    while (!halted) {
      current = undefined
      // A run that lasted starts the count anew: only failures in a row lead to giving up.
      if (now() - startedAt >= backoff.stableMs) attempt = 0
      attempt++
      if (attempt > backoff.maxAttempts) {
        state = 'failed'
        log.error(
          `${name} ${failure} and failed ${backoff.maxAttempts} restarts in a row; giving up.${options.giveUpMessage ? ` ${options.giveUpMessage}` : ''}`,
        )
        return
      }
      state = 'restarting'
      const delay = backoffDelay(attempt, backoff)
      log.warn(`${name} ${failure}; restarting in ${formatDelay(delay)} (attempt ${attempt})`)
      await sleep(delay)
      if (halted) return
      startedAt = now()
      let started: SupervisedProcess
      try {
        started = await options.restart()
      } catch (error) {
        failure = `could not be restarted (${error instanceof Error ? error.message : String(error)})`
        continue
      }
      if (halted) {
        await started.stop()
        return
      }
      current = started
      restarts++
      state = 'running'
      log.info(
        `${name} is back (pid ${started.pid})${options.backMessage ? `; ${options.backMessage}` : ''}`,
      )
      try {
        await options.onRestarted?.(started)
      } catch (error) {
        log.warn(
          `After restarting ${name}: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
      failure = describeExit(await started.exited)
    }
  }
  const watching = watch().catch((error) =>
    log.error(
      `Supervising ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
    ),
  )

  const halt = () => {
    halted = true
    if (state !== 'failed') state = 'stopped'
    wakeSleep?.()
  }

  return {
    current: () => current,
    state: () => state,
    restarts: () => restarts,
    halt,
    stop: async () => {
      halt()
      const running = current
      await running?.stop()
      await watching
    },
  }
}
