import { currentJobsRunner } from '@/jobs/runner'

import { shutdownTimeoutMs } from './drain'

/** Part of the shutdown limit the jobs runner gets: the front server has drained requests first. */
const JOBS_SHARE = 0.4

let installed = false

/**
 * The app server's (Next's) own shutdown, in place of Next's, which exits at once: the launcher
 * starts `next start` with NEXT_MANUAL_SIG_HANDLE=true, so this handler decides. On SIGTERM (or
 * SIGINT) the jobs runner takes no more jobs and the running batch may finish within part of
 * SHUTDOWN_TIMEOUT_SECONDS; what is still running then is handed back to the queue. Requests were
 * drained by the front server before it signalled Next; a Next signalled directly (a container
 * runtime that signals every process) still answers the requests it has while the jobs end.
 */
export function installAppServerShutdown({
  log = (message: string) => console.log(`[videnportal] ${message}`),
  exit = (code: number) => process.exit(code),
}: { log?: (message: string) => void; exit?: (code: number) => void } = {}) {
  if (installed || process.env.NEXT_MANUAL_SIG_HANDLE !== 'true') return false
  installed = true
  let stopping = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    void (async () => {
      const limitMs = Math.max(1000, Math.round(shutdownTimeoutMs() * JOBS_SHARE))
      const runner = currentJobsRunner()
      if (runner) {
        try {
          const result = await Promise.race([
            runner.shutdown(limitMs),
            // The hand-back itself may not hang the shutdown (a database gone away).
            new Promise<undefined>((resolve) => {
              setTimeout(() => resolve(undefined), limitMs + 5000).unref()
            }),
          ])
          if (!result)
            log('The jobs runner did not stop in time; its jobs are released on the next start.')
          else if (!result.finished) {
            log(
              `A running job did not finish within ${limitMs / 1000} s; ${result.handedBack} handed back to the queue.`,
            )
          }
        } catch (error) {
          log(
            `Stopping the jobs runner failed: ${error instanceof Error ? error.message : String(error)}`,
          )
        }
      }
      exit(signal === 'SIGINT' ? 130 : 0)
    })()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  return true
}
