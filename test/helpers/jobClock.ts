import { _internal_jobSystemGlobals, type Payload } from 'payload'

import { freshnessOptions } from '@/freshness/options'

/**
 * Runs one of the freshness tasks once, as the job it is, with the job clock at `at`. Only this one
 * job runs here (what it queues — mails, search syncs — the test server's own runner works), so
 * this process and the server never run the same job at once. The job waits until just before
 * `at`, a time the server's runner (on the real clock) does not reach while the test runs.
 */
export async function runTaskAt(
  payload: Payload,
  task: 'sendReviewReminders' | 'resyncOverdueListings',
  at: Date,
) {
  const job = await payload.jobs.queue({
    task,
    queue: freshnessOptions(payload).queue,
    input: {},
    waitUntil: new Date(at.getTime() - 60_000),
  })
  const restore = _internal_jobSystemGlobals.getCurrentDate
  _internal_jobSystemGlobals.getCurrentDate = () => at
  try {
    await payload.jobs.runByID({ id: job.id, silent: { info: true } })
  } finally {
    _internal_jobSystemGlobals.getCurrentDate = restore
  }
  // access: the test reads the job it ran.
  const done = await payload.find({
    collection: 'payload-jobs',
    where: { id: { equals: job.id } },
    depth: 0,
  })
  const left = done.docs[0]
  if (left?.hasError || (left && !left.completedAt)) {
    throw new Error(`the ${task} job did not complete: ${JSON.stringify(left?.log ?? left)}`)
  }
}

/** The daily review reminders, run at `at` (see runTaskAt). */
export const runRemindersAt = (payload: Payload, at: Date) =>
  runTaskAt(payload, 'sendReviewReminders', at)
