/**
 * `npm run freshness:remind`: runs the daily review reminders now instead of at their scheduled
 * time (06:00), then the jobs that are due, so the digests reach the outbox (or the SMTP server) at
 * once. Run by the launcher (src/launcher/cli.ts) with the services' environment, beside a running
 * `npm start` or on its own. Nobody gets a second digest on the same day (the outbox's dedupe key).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { runDueJobs } from '@/jobs/runner'
import { log } from '@/launcher/log'

import { freshnessOptions } from './options'

async function main() {
  const payload = await getPayload({ config })
  const job = await payload.jobs.queue({
    task: 'sendReviewReminders',
    queue: freshnessOptions(payload).queue,
    input: {},
  })
  await payload.jobs.runByID({ id: job.id })
  // access: reading the job's own record for its report.
  const done = await payload
    .findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    .catch(() => null)
  const output = (
    done?.taskStatus as Record<string, Record<string, { output?: unknown }>> | undefined
  )?.sendReviewReminders?.['1']?.output
  // The mails the reminders queued: sent, or kept in the outbox when no SMTP_URL is set.
  const { ran } = await runDueJobs(payload, { schedules: false })
  log.info(
    `Review reminders run${output ? `: ${JSON.stringify(output)}` : ''}; ${ran} jobs run after it. ` +
      'The mails are in the admin under »Udbakke« (or sent, with SMTP_URL).',
  )
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log.error(`Review reminders failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
