import type { Config, Payload } from 'payload'

/** What a contribution's `start` gets from the runner. */
export type RunnerContext = {
  payload: Payload
  /** Asks the runner to run due jobs now (after queueing some, or when a service returns). */
  wake: () => void
  log: (message: string) => void
}

/**
 * What a plugin adds to the portal's jobs runner (src/jobs/runner.ts) besides its tasks: work to
 * do when the runner starts in a server (repair what a crash left, watch a service). Periodic work
 * is a task with a `schedule` instead. `start` may return a function that stops what it started.
 */
export type RunnerContribution = {
  name: string
  start: (context: RunnerContext) => Promise<StopFn | void> | StopFn | void
}
type StopFn = () => void | Promise<void>

const customKey = 'jobsRunner'

/** Adds a contribution to the config, for plugins: `addRunnerContribution(config, { … })`. */
export function addRunnerContribution(config: Config, contribution: RunnerContribution): Config {
  const existing = (config.custom?.[customKey] as RunnerContribution[] | undefined) ?? []
  return { ...config, custom: { ...config.custom, [customKey]: [...existing, contribution] } }
}

export function runnerContributions(payload: Pick<Payload, 'config'>): RunnerContribution[] {
  return ((payload.config.custom as Record<string, unknown> | undefined)?.[customKey] ??
    []) as RunnerContribution[]
}
