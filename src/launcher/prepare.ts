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
const withSampleContent = process.env.SEED_SAMPLE_CONTENT === 'true'
const started = Date.now()
const payload = await getPayload({ config })
try {
  // Generated migrations are typed for Postgres; Payload's own signature is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const report = await seed({ payload, withDemoUsers, withSampleContent })
  const { municipalities: m, demoUsers: u } = report
  const content =
    report.content === 'imported'
      ? `sample content imported (${Object.entries(report.contentCounts ?? {})
          .map(([section, counts]) => `${counts.created} ${section}`)
          .join(', ')})`
      : report.content === 'not empty'
        ? 'sample content skipped (the database has content)'
        : 'no sample content (not asked)'
  const terms =
    report.searchTerms === 'kept'
      ? 'search terms kept'
      : `search terms seeded from content/synonyms.json (${report.searchTerms.created})`
  log.info(
    `Database ready in ${Date.now() - started} ms: municipalities ${m.created} created, ${m.existing} existing; ${content}; ${terms}` +
      (withDemoUsers ? `; demo users ${u.created} created, ${u.existing} existing.` : '.'),
  )
} finally {
  await payload.destroy()
}
process.exit(0)
