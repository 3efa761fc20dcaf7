import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { currentJobsRunner, runDueJobs, startJobsRunner } from '@/jobs/runner'
import { MAIL_OUTBOX_SLUG } from '@/mail/plugin/outbox'

import { uniqueKey } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * A job that is running when its app server stops (SIGTERM: src/ops/shutdown/appServer.ts calls
 * `runner.shutdown(limit)`) either finishes within the limit or is handed back to the queue, not
 * completed, for the next runner. The job is a real `sendMail` job on a queue of this file's own,
 * due only on this file's clock (a year ahead, so the test server's runner never takes it), and it
 * is held "running" by a lock on the outbox table that the test holds from another connection.
 */
let payload: Payload
let locker: pg.Client
let observer: pg.Client
const future = new Date(Date.now() + 365 * 24 * 3600_000)
const clock = () => new Date(future.getTime() + 60_000)

beforeAll(async () => {
  payload = await getTestPayload()
  locker = new pg.Client({ connectionString: inject('serviceEnv').DATABASE_URI })
  observer = new pg.Client({ connectionString: inject('serviceEnv').DATABASE_URI })
  await locker.connect()
  await observer.connect()
})

afterAll(async () => {
  await locker.query('rollback').catch(() => undefined)
  await locker.end().catch(() => undefined)
  await observer.end().catch(() => undefined)
})

/** A mail in the outbox and its sendMail job on a queue of its own, due on this file's clock. */
async function queuedMailJob() {
  const queue = uniqueKey('shutdown-queue')
  // access: the test sets up its own outbox row and job.
  const mail = await payload.create({
    collection: MAIL_OUTBOX_SLUG,
    data: {
      to: `${uniqueKey('shutdown')}@example.test`,
      subject: 'Nedlukning',
      status: 'queued',
      reason: 'Test af nedlukning.',
      text: 'Nedlukning',
      html: '<p>Nedlukning</p>',
    } as never,
    overrideAccess: true,
  })
  const job = await payload.jobs.queue({
    task: 'sendMail',
    queue,
    input: { outboxId: Number(mail.id) },
    waitUntil: future,
  })
  return { queue, jobId: job.id, mailId: mail.id }
}

async function jobRow(id: number | string) {
  const { rows } = await observer.query(
    'select processing, completed_at, has_error from payload_jobs where id = $1',
    [id],
  )
  // A completed job is deleted (Payload's deleteJobOnComplete): no row reads as completed.
  return (rows[0] ?? { processing: false, completed_at: 'deleted', has_error: false }) as {
    processing: boolean
    completed_at: Date | string | null
    has_error: boolean
  }
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Holds every access to the outbox (the job's first read) until `release`. */
async function holdOutbox() {
  await locker.query('begin')
  await locker.query('lock table mail_outbox in access exclusive mode')
  return () => locker.query('rollback')
}

describe('a job running when the app server stops', () => {
  it('is handed back to the queue when it does not finish in time, and the next runner runs it', async () => {
    const { queue, jobId, mailId } = await queuedMailJob()
    const release = await holdOutbox()
    let released = false
    try {
      const runner = await startJobsRunner(payload, { now: clock, queues: [queue], pollMs: 200 })
      await until(async () => (await jobRow(jobId)).processing, 'the runner took the job')

      const started = Date.now()
      const outcome = await runner.shutdown(500)
      // This job, and any other the test server's runner took in the same moment (see handBackJobs).
      expect(outcome.finished).toBe(false)
      expect(outcome.handedBack).toBeGreaterThanOrEqual(1)
      expect(Date.now() - started).toBeLessThan(10_000)
      // Back in the queue: not running, not completed, not failed.
      expect(await jobRow(jobId)).toEqual({
        processing: false,
        completed_at: null,
        has_error: false,
      })

      // The next runner (another app server, or the next start) picks it up.
      const next = runDueJobs(payload, { now: clock, queues: [queue] })
      await until(async () => (await jobRow(jobId)).processing, 'the next runner took the job')
      await release()
      released = true
      // The stopped runner's handler is still waiting in this process too (a process that has
      // exited would not be): the two now run the same job, the documented worst case of a
      // hand-back. When the stopped one completes (and so deletes) the job first, Payload's
      // runner fails to record the next one's result on the deleted job; either way the job
      // runs to the end once more, and the mail is sent.
      const report = await next.then(
        (value) => value,
        (error: Error) => {
          expect(error.message).toMatch(/reading 'log'/)
          return { ran: 1 }
        },
      )
      expect(report.ran).toBe(1)
    } finally {
      if (!released) await release()
    }
    const row = await jobRow(jobId)
    expect(row.completed_at).not.toBeNull()
    expect(row.has_error).toBe(false)
    // access: the test reads its own outbox row.
    const mail = await payload.findByID({
      collection: MAIL_OUTBOX_SLUG,
      id: mailId,
      overrideAccess: true,
    })
    expect((mail as { status: string }).status).toBe('sent')
    // The stopped runner's own run (a process that exited would not have one) ends too.
    await until(async () => currentJobsRunner() === undefined, 'the first runner ended')
  }, 120_000)

  it('finishes when it can within the limit, and nothing is handed back', async () => {
    await until(async () => currentJobsRunner() === undefined, 'no runner runs in this process')
    const { queue, jobId } = await queuedMailJob()
    const release = await holdOutbox()
    const runner = await startJobsRunner(payload, { now: clock, queues: [queue], pollMs: 200 })
    try {
      await until(async () => (await jobRow(jobId)).processing, 'the runner took the job')
    } finally {
      setTimeout(() => void release(), 1000)
    }
    const outcome = await runner.shutdown(30_000)
    expect(outcome).toEqual({ finished: true, handedBack: 0 })
    const row = await jobRow(jobId)
    expect(row.processing).toBe(false)
    expect(row.completed_at).not.toBeNull()
  }, 120_000)
})
