/**
 * `npm run freshness:remind`: runs the daily review reminders now instead of at their scheduled
 * time (06:00). Run by the launcher (src/launcher/cli.ts) with the services' environment, beside a
 * running `npm start` or on its own. The digests are in the outbox at once; a running server's
 * jobs runner delivers them (or keeps them, without SMTP_URL), else the next start does. Nobody
 * gets a second digest on the same day (the outbox's dedupe key).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { log } from '@/launcher/log'

import { freshnessOptions } from './options'

async function main() {
  const payload = await getPayload({ config })
  const started = new Date()
  // Parked far ahead, so that a running server's jobs runner leaves it to this process.
  const job = await payload.jobs.queue({
    task: 'sendReviewReminders',
    queue: freshnessOptions(payload).queue,
    input: {},
    waitUntil: new Date(started.getTime() + 365 * 86_400_000),
  })
  await payload.jobs.runByID({ id: job.id, silent: { info: true } })
  const ms = Date.now() - started.getTime()
  // access: the command's own report of what the job queued.
  const { totalDocs } = await payload.count({
    collection: 'mail-outbox',
    where: { createdAt: { greater_than_equal: started.toISOString() } },
    overrideAccess: true,
  })
  log.info(
    `Review reminders run in ${ms} ms: ${totalDocs} e-mail${totalDocs === 1 ? '' : 's'} queued ` +
      '(none for whoever already got today’s digest). They are in the admin under »Udbakke«.',
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
