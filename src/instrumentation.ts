/**
 * Runs once when the Next.js server starts (`npm start`, `npm run dev`): starts the search sync
 * runner in this process, so that the jobs queued by Payload hooks are worked where the portal
 * runs. Skipped while `next build` collects pages and when SEARCH_RUNNER=off (e.g. a second
 * server that should only answer requests).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }, { startSearchRunner }, { readServerEnv }] =
    await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('@/search/runner'),
      import('@/env'),
    ])
  if (readServerEnv().SEARCH_RUNNER === 'off') return
  const payload = await getPayload({ config })
  await startSearchRunner(payload)
}
