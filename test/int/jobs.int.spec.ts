import type { Payload, SanitizedConfig, TaskConfig, TaskHandler } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readServerEnv } from '@/env'
import { runDueJobs, takeRunLock } from '@/jobs/runner'
import { startJobsRunnerInBackground } from '@/jobs/serverStart'

/**
 * The jobs runner, driven without sleeping: `runDueJobs(payload, { now })` enqueues the scheduled
 * tasks that are due at `now` and runs every job that is due then, on every queue.
 *
 * The test server's own runner works the same database with the real clock. So that it cannot
 * take this file's jobs first, they wait until a time far ahead (a yearly schedule, or
 * `waitUntil` next year), which only the injected clock reaches. Task slugs are a Postgres enum
 * fixed by migrations, so this file's Payload gives an existing task (reconcileSearch) a recording
 * handler for the jobs of its own queues and a schedule on one of them.
 */
const prefix = `jobs-test-${Date.now().toString(36)}`
const scheduledQueue = `${prefix}-scheduled`
const ran: Array<{ queue: string; input: unknown }> = []
let payload: Payload

const yearly = '0 0 1 1 *'
const nextNewYear = () => new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1))
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000)

async function testPayload(): Promise<Payload> {
  const [{ getPayload }, { default: configPromise }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  const config: SanitizedConfig = await configPromise
  const tasks = (config.jobs.tasks ?? []).map((task): TaskConfig => {
    if (task.slug !== 'reconcileSearch') return task
    // The plugin's tasks have function handlers (not paths).
    const original = task.handler as TaskHandler<'reconcileSearch'>
    return {
      ...task,
      schedule: [{ cron: yearly, queue: scheduledQueue }],
      handler: async (args) => {
        if (!args.job.queue?.startsWith(prefix)) {
          return original(args as Parameters<typeof original>[0])
        }
        ran.push({ queue: args.job.queue, input: args.input })
        return { output: { checked: 0, upserted: 0, deleted: 0 } }
      },
    } as TaskConfig
  })
  return getPayload({
    config: { ...config, jobs: { ...config.jobs, tasks, scheduling: true } },
    key: 'jobs-test',
  })
}

async function jobsOf(queue: string) {
  // access: the test inspects the jobs table.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: queue } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await payload.delete({
    collection: 'payload-jobs',
    where: { queue: { like: prefix } },
    overrideAccess: true,
  })
  await payload.destroy()
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('jobs-test')
})

describe('runDueJobs', () => {
  it('enqueues a scheduled task when the injected clock reaches its time, then runs it', async () => {
    // Now: the schedule's next run (next New Year) is queued, and not run yet.
    const first = await runDueJobs(payload, { now: new Date(), queues: [scheduledQueue] })
    expect(first.scheduled).toBeGreaterThanOrEqual(1)
    const waiting = await jobsOf(scheduledQueue)
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toMatchObject({ taskSlug: 'reconcileSearch', meta: { scheduled: true } })
    // Next New Year in the server's time zone.
    const at = new Date(waiting[0]!.waitUntil!)
    expect(at.getTime()).toBeGreaterThan(Date.now())
    expect(Math.abs(at.getTime() - nextNewYear().getTime())).toBeLessThanOrEqual(86_400_000)
    expect(ran.filter((job) => job.queue === scheduledQueue)).toHaveLength(0)

    // A minute before its time nothing runs, and the waiting job is not queued twice.
    await runDueJobs(payload, { now: minutesAfter(at, -1), queues: [scheduledQueue] })
    expect(ran.filter((job) => job.queue === scheduledQueue)).toHaveLength(0)
    expect(await jobsOf(scheduledQueue)).toHaveLength(1)

    // The clock passes New Year: the job runs (and, completed, is deleted).
    const due = await runDueJobs(payload, { now: minutesAfter(at, 1), queues: [scheduledQueue] })
    expect(due.ran).toBeGreaterThanOrEqual(1)
    expect(ran.filter((job) => job.queue === scheduledQueue)).toHaveLength(1)
    const left = await jobsOf(scheduledQueue)
    // The one that ran is gone; a later call queues the following year's run.
    expect(left.every((job) => new Date(job.waitUntil!).getTime() > at.getTime())).toBe(true)
  })

  // Only this file's queues: at a clock a year ahead, every other queue's waiting jobs (the
  // server's next scheduled runs) would run here at a fake time, racing the server's runner.
  it('works jobs on each queue it is given', async () => {
    const queues = [`${prefix}-mail`, `${prefix}-weekly`, `${prefix}-other`]
    const waitUntil = nextNewYear()
    for (const queue of queues) {
      await payload.jobs.queue({
        task: 'reconcileSearch',
        input: {},
        queue,
        waitUntil,
        overrideAccess: true,
      })
    }
    await runDueJobs(payload, { now: minutesAfter(waitUntil, 1), schedules: false, queues })
    expect(
      ran
        .map((job) => job.queue)
        .filter((queue) => queues.includes(queue))
        .sort(),
    ).toEqual([...queues].sort())
    for (const queue of queues) expect(await jobsOf(queue)).toHaveLength(0)
  })
})

describe('the run lock across app servers', () => {
  it('lets one runner of a queue set run at a time, and a runner of other queues alongside', async () => {
    const connect = async () => {
      const client = new pg.Client({ connectionString: readServerEnv().DATABASE_URI })
      await client.connect()
      return client
    }
    const [first, second] = await Promise.all([connect(), connect()])
    try {
      const queues = [`${prefix}-lock`]
      const held = await takeRunLock(first, queues)
      expect(held).toMatchObject({ release: expect.any(Function) })
      expect(await takeRunLock(second, queues)).toBe('busy')
      // Another set of queues has a lock of its own.
      const other = await takeRunLock(second, [`${prefix}-lock-other`])
      expect(other).not.toBe('busy')
      if (held && held !== 'busy') await held.release()
      const after = await takeRunLock(second, queues)
      expect(after).not.toBe('busy')
      if (after && after !== 'busy') await after.release()
      if (other && other !== 'busy') await other.release()
      // Without a connection there is nothing to hold it on: the runner runs without it.
      expect(await takeRunLock(undefined, queues)).toBeUndefined()
    } finally {
      await Promise.all([first.end(), second.end()])
    }
  })
})

describe('JOBS_RUNNER', () => {
  const started = () =>
    Boolean((globalThis as Record<symbol, unknown>)[Symbol.for('videnportal.jobsRunner')])

  it('does not start the runner with JOBS_RUNNER=off or SEARCH_RUNNER=off', () => {
    const env = readServerEnv()
    expect(startJobsRunnerInBackground({ ...env, JOBS_RUNNER: 'off' })).toBe(false)
    expect(
      startJobsRunnerInBackground({ ...env, JOBS_RUNNER: undefined, SEARCH_RUNNER: 'off' }),
    ).toBe(false)
    expect(started()).toBe(false)
  })
})
