import pg from 'pg'
import { _internal_jobSystemGlobals, type Payload, type Where } from 'payload'

import { readServerEnv } from '@/env'

import { runnerContributions } from './contributions'

/** Postgres channel the payload_jobs trigger (migration jobs_schedules) notifies on commit. */
export const JOBS_CHANNEL = 'videnportal_jobs'

/** Picks up jobs whose time has come (retries, schedules), and what a lost notification left. */
const POLL_MS = 5000
/** Jobs taken per run. */
const BATCH = 100
/** Runs per call at most: jobs that keep queueing jobs cannot hold a caller forever. */
const MAX_ROUNDS = 50

export type Clock = () => Date

export type DueJobsReport = { scheduled: number; ran: number }

/**
 * Runs every job that is due now, on every queue: first enqueues the `schedule`d tasks whose time
 * has come (Payload's scheduling only enqueues them), then runs batches until none is due. `now`
 * is the clock Payload's job system reads for schedules and `waitUntil` while this call runs, so
 * tests move time forward without sleeping. `schedules: false` skips the schedules (a wake-up by
 * a notification, when only new jobs can be due).
 */
export async function runDueJobs(
  payload: Payload,
  {
    now,
    schedules = true,
    queues,
    only,
    shouldStop,
  }: {
    now?: Clock | Date
    schedules?: boolean
    /** Only these queues (tests that move the clock far ahead keep to their own); else all. */
    queues?: string[]
    /**
     * Only the jobs this matches. A test that moves the clock days ahead keeps to its own jobs:
     * others in the same queue belong to other tests or to the server's own runner, and two
     * runners working one job end in a crash inside Payload when one deletes it on completion.
     */
    only?: Where
    /** Checked between batches: a shutdown lets the running batch finish and takes no more. */
    shouldStop?: () => boolean
  } = {},
): Promise<DueJobsReport> {
  const clock: Clock | undefined = now instanceof Date ? () => now : now
  const restore = _internal_jobSystemGlobals.getCurrentDate
  if (clock) _internal_jobSystemGlobals.getCurrentDate = clock
  try {
    const report: DueJobsReport = { scheduled: 0, ran: 0 }
    if (schedules && payload.config.jobs.scheduling) {
      for (const queue of queues ?? [undefined]) {
        const { queued } = await payload.jobs.handleSchedules(
          queue === undefined ? { allQueues: true } : { queue },
        )
        report.scheduled += queued.length
      }
    }
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (shouldStop?.()) break
      let ran = 0
      for (const queue of queues ?? [undefined]) {
        const result = await payload.jobs.run({
          ...(queue === undefined ? { allQueues: true } : { queue }),
          limit: BATCH,
          ...(only ? { where: only } : {}),
          silent: { info: true },
        })
        ran += Object.keys(result.jobStatus ?? {}).length
      }
      report.ran += ran
      // Until a run finds nothing: a run takes one job per concurrency key, and a job may queue
      // another one.
      if (ran === 0) break
    }
    return report
  } finally {
    if (clock) _internal_jobSystemGlobals.getCurrentDate = restore
  }
}

const globalKey = Symbol.for('videnportal.jobsRunner')
type WithRunner = typeof globalThis & { [globalKey]?: JobsRunner }

/**
 * A run that fails as a whole (the database went away while it ran: a restart, a failover) leaves
 * the jobs it had taken marked as running, as Payload could not record how they ended; they would
 * never run again, and with exclusive concurrency they would block their document's later jobs.
 * Releases the jobs marked as running since before `before` (the failure). Jobs are idempotent,
 * so one that was in fact still running is at worst run twice.
 */
async function releaseInterruptedJobs(payload: Payload, before: Date): Promise<number> {
  // access: system work of the runner, on its own job records.
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than_equal: before.toISOString() } },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/**
 * Hands the jobs this server took back to the queue: those marked as running since `since` (when
 * its current run began). Another server may have taken one in the same moment; jobs are
 * idempotent, so such a job is at worst run twice.
 */
async function handBackJobs(payload: Payload, since: Date): Promise<number> {
  // access: system work of the runner, on its own job records.
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { greater_than_equal: since.toISOString() } },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/**
 * Takes the run lock of these queues on the runner's own connection (a session-level Postgres
 * advisory lock; a lost connection releases it). 'busy' when another runner holds it; undefined
 * when there is no connection to hold it on (the runner then polls without it, as before).
 */
export async function takeRunLock(
  client: pg.Client | undefined,
  queues: string[] | undefined,
): Promise<{ release: () => Promise<void> } | 'busy' | undefined> {
  if (!client) return undefined
  // A test's runner on queues of its own does not wait for the server's runner of all queues.
  const key = `videnportal_jobs_run:${queues ? [...queues].sort().join(',') : '*'}`
  try {
    const { rows } = await client.query<{ taken: boolean }>(
      'select pg_try_advisory_lock(hashtext($1)) as taken',
      [key],
    )
    if (!rows[0]?.taken) return 'busy'
  } catch {
    return undefined
  }
  return {
    release: async () => {
      await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined)
    },
  }
}

export type JobsRunner = {
  /** Runs due jobs soon (coalesced with a run in progress). */
  wake: () => void
  /** Resolves when no run is in progress or asked for. */
  idle: () => Promise<void>
  stop: () => Promise<void>
  /**
   * Stops for a shutdown: takes no more jobs, lets the running batch finish within `limitMs`,
   * else hands its jobs back to the queue (another server, or the next start, runs them).
   */
  shutdown: (limitMs: number) => Promise<{ finished: boolean; handedBack: number }>
}

/** The jobs runner of this process, if it runs here (the app server's shutdown stops it). */
export function currentJobsRunner(): JobsRunner | undefined {
  return (globalThis as WithRunner)[globalKey]
}

/**
 * The portal's one jobs runner, inside the server process: works every queue and the scheduled
 * tasks. Hooks only queue jobs (in the writing transaction); a trigger on payload_jobs sends a
 * Postgres NOTIFY that is delivered when that transaction commits, and the runner wakes on it.
 * A poll every few seconds enqueues due schedules and picks up retries and lost notifications.
 * Plugins add what they need at start (src/jobs/contributions.ts); the runner knows no feature.
 */
export async function startJobsRunner(
  payload: Payload,
  {
    now,
    pollMs = POLL_MS,
    log = (message: string) => payload.logger.info(message),
    queues,
  }: {
    now?: Clock
    pollMs?: number
    log?: (message: string) => void
    /** Only these queues (a test's own); else all. */
    queues?: string[]
  } = {},
): Promise<JobsRunner> {
  const holder = globalThis as WithRunner
  if (holder[globalKey]) return holder[globalKey]
  const env = readServerEnv()
  let stopped = false
  let running: Promise<void> | undefined
  /** When the run in progress began: the jobs it took were marked as running since then. */
  let runStartedAt: Date | undefined
  let again: { schedules: boolean } | undefined
  const timers = new Set<NodeJS.Timeout>()
  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (!stopped) action()
    }, ms)
    timers.add(timer)
  }

  /** When a run last failed as a whole (the database went away under it), until repaired. */
  let interruptedAt: number | undefined
  const drain = (schedules: boolean) => {
    if (running) {
      again = { schedules: schedules || Boolean(again?.schedules) }
      return
    }
    running = (async () => {
      let next: { schedules: boolean } | undefined = { schedules }
      while (next && !stopped) {
        again = undefined
        try {
          // Once the failed run's jobs have had a poll interval to end, release what it left.
          if (interruptedAt !== undefined && Date.now() - interruptedAt >= pollMs) {
            const released = await releaseInterruptedJobs(payload, new Date(interruptedAt))
            interruptedAt = undefined
            if (released > 0) {
              log(`Released ${released} jobs that a failed run left marked as running.`)
            }
          }
          // One run at a time across app servers: Payload claims jobs with a read and then a
          // write, so two runners can take the same job, and the one that finishes second fails
          // on the row the first deleted. The other runners skip; the NOTIFY that woke them
          // reached the lock holder too, and the poll comes back.
          const lock = await takeRunLock(listener, queues)
          if (lock === 'busy') {
            next = again
            continue
          }
          runStartedAt = new Date()
          try {
            await runDueJobs(payload, {
              now,
              schedules: next.schedules,
              queues,
              shouldStop: () => stopped,
            })
          } finally {
            await lock?.release()
          }
        } catch (error) {
          interruptedAt = Date.now()
          payload.logger.error({ err: error }, 'The jobs runner failed to run jobs')
        }
        next = again
      }
    })().finally(() => {
      running = undefined
      runStartedAt = undefined
    })
  }
  const wake = () => {
    if (!stopped) drain(false)
  }

  // LISTEN on a connection of its own; reconnect when it drops.
  let listener: pg.Client | undefined
  const listen = async () => {
    if (stopped || !env.DATABASE_URI) return
    const client = new pg.Client({ connectionString: env.DATABASE_URI })
    client.on('notification', wake)
    client.on('error', () => undefined)
    client.on('end', () => {
      if (listener === client) listener = undefined
      if (!stopped) later(pollMs, () => void listen())
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${JOBS_CHANNEL}`)
      listener = client
      wake()
    } catch (error) {
      payload.logger.warn({ err: error }, 'The jobs runner could not LISTEN; polling only')
      await client.end().catch(() => undefined)
    }
  }

  const poll = () => {
    drain(true)
    later(pollMs, poll)
  }

  const stops: Array<() => void | Promise<void>> = []
  const runner: JobsRunner = {
    wake,
    idle: async () => {
      while (running) await running
    },
    stop: async () => {
      stopped = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const stop of stops) await stop()
      await listener?.end().catch(() => undefined)
      await running
      delete holder[globalKey]
    },
    shutdown: async (limitMs) => {
      const startedAt = runStartedAt
      let timer: NodeJS.Timeout | undefined
      const outcome = await Promise.race([
        runner.stop().then(() => 'finished' as const),
        new Promise<'timeout'>(
          (resolve) => (timer = setTimeout(() => resolve('timeout'), limitMs)),
        ),
      ])
      clearTimeout(timer)
      if (outcome === 'finished') return { finished: true, handedBack: 0 }
      const handedBack = await handBackJobs(payload, runStartedAt ?? startedAt ?? new Date())
      return { finished: false, handedBack }
    },
  }
  holder[globalKey] = runner

  for (const contribution of runnerContributions(payload)) {
    try {
      const stop = await contribution.start({ payload, wake, log })
      if (stop) stops.push(stop)
    } catch (error) {
      payload.logger.error({ err: error }, `The jobs runner could not start "${contribution.name}"`)
    }
  }
  await listen()
  poll()
  return runner
}
