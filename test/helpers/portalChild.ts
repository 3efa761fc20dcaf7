/**
 * A second portal for a test, in a process of its own (Payload keeps one instance per process):
 * `node --import tsx test/helpers/portalChild.ts --out <json> [--skip-invalid] [file…]` imports
 * the files into the database of its environment (DATABASE_URI), one `importFiles` run per file
 * in the given order, and writes the reports and the portal's public listings
 * (publicListings.ts) to <json>.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { importFiles } from '@/import/importer'

import { publicListingFacts } from './publicListings'

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, 'skip-invalid': { type: 'boolean', default: false } },
  allowPositionals: true,
})

const [{ getPayload }, { default: config }] = await Promise.all([
  import('payload'),
  import('@payload-config'),
])
const payload = await getPayload({ config })
const reports = []
for (const file of positionals)
  reports.push(await importFiles(payload, [file], { skipInvalid: values['skip-invalid'] }))
const facts = await publicListingFacts(payload)
writeFileSync(values.out!, JSON.stringify({ reports, facts }))
await payload.destroy()
process.exit(0)
