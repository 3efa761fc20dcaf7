import { currentJobsRunner } from '@/jobs/runner'
import { flushSearchStats } from '@/search/stats/record'

import { shutdownTimeoutMs } from './drain'
import { BEHIND_FRONT_ENV, DRAINED_SIGNAL } from './signals'

/** Part of the shutdown limit the jobs runner gets: the front server has drained requests first. */
const JOBS_SHARE = 0.4

/** How long after a signal an app server behind the front waits for DRAINED_SIGNAL at most. */
const DRAINED_MARGIN_MS = 10_000

let installed = false

/**
 * The app server's (Next's) own shutdown, in place of Next's, which exits at once: the launcher
 * starts `next start` with NEXT_MANUAL_SIG_HANDLE=true, so this handler decides. On SIGTERM (or
 * SIGINT) the jobs runner takes no more jobs and the running batch may finish within part of
 * SHUTDOWN_TIMEOUT_SECONDS; what is still running then is handed back to the queue.
 *
 * Behind the launcher's front server the app server does not exit on SIGTERM alone: the requests
 * in flight are still coming through the front, which is draining them. A SIGTERM (or Ctrl-C's
 * SIGINT) often reaches every process of the group at once (a terminal, systemd's default
 * KillMode=control-group, a container runtime signalling all), and an app server that exited then
 * cut off every request the front was still waiting for. It exits when the front says it has
 * drained (DRAINED_SIGNAL) and its jobs have stopped, or when the shutdown limit has passed with a
 * margin (a front that went away without saying so).
 */
export function installAppServerShutdown({
  log = (message: string) => console.log(`[videnportal] ${message}`),
  exit = (code: number) => process.exit(code),
  behindFront = process.env[BEHIND_FRONT_ENV] === '1',
  limitMs = shutdownTimeoutMs(),
}: {
  log?: (message: string) => void
  exit?: (code: number) => void
  behindFront?: boolean
  limitMs?: number
} = {}) {
  if (installed || process.env.NEXT_MANUAL_SIG_HANDLE !== 'true') return false
  installed = true
  let jobsStopped: Promise<void> | undefined
  let exitCode = 0
  let exiting = false

  const stopJobs = () =>
    (jobsStopped ??= (async () => {
      const jobsLimitMs = Math.max(1000, Math.round(limitMs * JOBS_SHARE))
      const runner = currentJobsRunner()
      if (!runner) return
      try {
        const result = await Promise.race([
          runner.shutdown(jobsLimitMs),
          // The hand-back itself may not hang the shutdown (a database gone away).
          new Promise<undefined>((resolve) => {
            setTimeout(() => resolve(undefined), jobsLimitMs + 5000).unref()
          }),
        ])
        if (!result)
          log('The jobs runner did not stop in time; its jobs are released on the next start.')
        else if (!result.finished) {
          log(
            `A running job did not finish within ${jobsLimitMs / 1000} s; ${result.handedBack} handed back to the queue.`,
          )
        }
      } catch (error) {
        log(
          `Stopping the jobs runner failed: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    })())

  // The searches counted in memory (src/search/stats/record.ts) are written before the exit, once
  // the requests have drained; a database gone away may not hang the exit.
  const writeSearchStats = () =>
    Promise.race([
      flushSearchStats(),
      new Promise<void>((resolve) => setTimeout(resolve, 5000).unref()),
    ])

  const exitAfterJobs = () => {
    if (exiting) return
    exiting = true
    void stopJobs()
      .then(writeSearchStats)
      .then(() => exit(exitCode))
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (signal === 'SIGINT') exitCode = 130
    if (jobsStopped) return
    void stopJobs()
    if (!behindFront) return exitAfterJobs()
    // The front is draining the requests in flight through this server; it says when it is done.
    setTimeout(() => {
      log(
        `No word from the front server ${(limitMs + DRAINED_MARGIN_MS) / 1000} s after ${signal}; stopping.`,
      )
      exitAfterJobs()
    }, limitMs + DRAINED_MARGIN_MS).unref()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  if (behindFront) {
    process.on(DRAINED_SIGNAL, () => {
      void stopJobs()
      exitAfterJobs()
    })
  }
  return true
}
