/**
 * Applies the committed migrations and seeds `content/`. Run by the launcher as a child process
 * (so Payload's memory is returned before Next starts) and by the test setup.
 */
import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { migrations } from '@/migrations'
import { seed } from '@/seed'

import { log } from './log'

process.on('uncaughtException', (error) => {
  log.error(`Preparing the database failed: ${error.stack ?? error.message}`)
  process.exit(1)
})
process.on('unhandledRejection', (error) => {
  log.error(
    `Preparing the database failed: ${error instanceof Error ? error.stack : String(error)}`,
  )
  process.exit(1)
})

const withDemoUsers = process.env.SEED_DEMO_USERS === 'true'
const started = Date.now()
const payload = await getPayload({ config })
try {
  // Generated migrations are typed for Postgres; Payload's own signature is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const report = await seed({ payload, withDemoUsers })
  const { municipalities: m, demoUsers: u } = report
  log.info(
    `Database ready in ${Date.now() - started} ms: municipalities ${m.created} created, ${m.updated} updated, ${m.unchanged} unchanged` +
      (withDemoUsers ? `; demo users ${u.created} created, ${u.existing} existing.` : '.'),
  )
} finally {
  await payload.destroy()
}
process.exit(0)
