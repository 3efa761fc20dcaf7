/**
 * `npm run search:reindex`: builds a fresh search index from Postgres, swaps it in, and replays
 * what changed meanwhile. Run by the launcher (src/launcher/cli.ts) with the services' environment.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { log } from '@/launcher/log'

import { reindex } from './indexer'

async function main() {
  const payload = await getPayload({ config })
  let last = ''
  const result = await reindex(payload, {
    onProgress: ({ collection, done, total }) => {
      const line = `  ${collection}: ${done}/${total}`
      if (process.stdout.isTTY) {
        process.stdout.write(`\r${line}`)
        if (done === total) process.stdout.write('\n')
      } else if (line !== last && (done === total || done % 5000 === 0)) {
        console.log(line)
      }
      last = line
    },
  })
  const seconds = (result.ms / 1000).toFixed(1)
  log.info(
    `Search index rebuilt: ${result.count} documents in ${seconds} s; ` +
      `${result.replayed.upserted + result.replayed.deleted} changes made meanwhile replayed.`,
  )
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log.error(`Reindex failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
