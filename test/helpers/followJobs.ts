import { _internal_jobSystemGlobals, type Payload } from 'payload'

/**
 * Runs the weekly digest task once, as the job it is, with the job clock at `at`, for the given
 * people only (so tests running at once do not take each other's news). The job waits until just
 * before `at`, which the server's own runner does not reach while the test runs.
 */
export async function runFollowDigestAt(payload: Payload, at: Date, users: number[]) {
  const job = await payload.jobs.queue({
    task: 'sendFollowDigest',
    queue: 'follow',
    input: { users },
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
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { id: { equals: job.id } },
    depth: 0,
  })
  const left = docs[0]
  if (left?.hasError || (left && !left.completedAt)) {
    throw new Error(
      `the sendFollowDigest job did not complete: ${JSON.stringify(left?.log ?? left)}`,
    )
  }
}
