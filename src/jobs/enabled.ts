import type { ServerEnv } from '@/env'

/** Whether this server runs the jobs runner: JOBS_RUNNER, or its older name SEARCH_RUNNER. */
export function jobsRunnerEnabled(env: Pick<ServerEnv, 'JOBS_RUNNER' | 'SEARCH_RUNNER'>): boolean {
  return (env.JOBS_RUNNER ?? env.SEARCH_RUNNER ?? 'on') !== 'off'
}
