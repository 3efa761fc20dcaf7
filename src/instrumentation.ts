/**
 * Runs once when the Next.js server starts (`npm start`, `npm run dev`): starts the portal's jobs
 * runner (src/jobs) in this process, so that the jobs queued by Payload hooks and the scheduled
 * tasks are worked where the portal runs. Skipped while `next build` collects pages and when
 * JOBS_RUNNER=off (or its older name SEARCH_RUNNER=off: servers that should only answer requests).
 * The import stays inside the runtime check, so that the edge build of this file does not pull in
 * Payload.
 */
export async function register() {
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const { startJobsRunnerInBackground } = await import('@/jobs/serverStart')
    startJobsRunnerInBackground()
    // SIGTERM: the running job finishes or goes back to the queue (src/ops/shutdown).
    const { installAppServerShutdown } = await import('@/ops/shutdown/appServer')
    installAppServerShutdown()
  }
}
