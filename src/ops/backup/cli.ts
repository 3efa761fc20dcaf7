/**
 * `npm run backup -- --out <file>` and `npm run restore -- <file>`: run by the launcher
 * (src/launcher/cli.ts) with the services' environment (embedded, or DATABASE_URI / MEILI_HOST).
 */
import path from 'node:path'

import { log } from '@/launcher/log'

import { createBackup } from './backup'
import { RestoreRefused, restoreBackup } from './restore'
import { usesObjectStorage } from '../storage/config'

const usage = 'Use: npm run backup -- --out <file.tar.gz>   or   npm run restore -- <file.tar.gz>'

function defaultName(now: Date) {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '').replace('T', '-')
  return `videnportal-backup-${stamp}.tar.gz`
}

function parseBackupArgs(args: string[]) {
  let out: string | undefined
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--out' || arg === '-o') out = args[++index]
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length)
    else throw new RestoreRefused(`Unknown argument "${arg}". ${usage}`)
  }
  if (out === undefined || out === '') {
    if (args.length) throw new RestoreRefused(`--out needs a file name. ${usage}`)
    out = defaultName(new Date())
  }
  return { out: path.resolve(process.env.INIT_CWD || process.cwd(), out) }
}

function databaseUri() {
  const uri = process.env.DATABASE_URI
  if (!uri) throw new RestoreRefused('DATABASE_URI is not set (the launcher sets it).')
  return uri
}

const progress = (message: string) => console.log(message)

async function backup(args: string[]) {
  const { out } = parseBackupArgs(args)
  const started = Date.now()
  const manifest = await createBackup({
    databaseUri: databaseUri(),
    mediaDir: process.env.MEDIA_DIR,
    objectStorage: usesObjectStorage(),
    out,
    onProgress: progress,
  })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  log.info(
    `Backup written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${manifest.tables.length} tables, ${rows} rows, ` +
      (manifest.media.source === 'object-storage'
        ? 'media in object storage (not in the archive).'
        : `${manifest.media.files} media files (${(manifest.media.bytes / 1024 / 1024).toFixed(1)} MB).`),
  )
}

async function restore(args: string[]) {
  if (args.length !== 1 || args[0].startsWith('-')) throw new RestoreRefused(usage)
  const file = path.resolve(process.env.INIT_CWD || process.cwd(), args[0])
  const started = Date.now()
  let destroy: (() => Promise<void>) | undefined
  const report = await restoreBackup({
    file,
    databaseUri: databaseUri(),
    mediaDir: process.env.MEDIA_DIR,
    objectStorage: usesObjectStorage(),
    onProgress: progress,
    app: async () => {
      // Payload only once the archive and the target have been checked.
      const [{ default: config }, { getPayload }, { migrations }, { reindex }] = await Promise.all([
        import('@payload-config'),
        import('payload'),
        import('@/migrations'),
        import('@/search/indexing/indexer'),
      ])
      const payload = await getPayload({ config })
      destroy = () => payload.destroy()
      type Migrations = Parameters<typeof payload.db.migrate>[0]
      return {
        migrationNames: migrations.map((migration) => migration.name),
        migrate: async (names) => {
          const chosen = migrations.filter((migration) => names.includes(migration.name))
          await payload.db.migrate({
            migrations: chosen as unknown as NonNullable<Migrations>['migrations'],
          })
        },
        reindex: async () => {
          let last = ''
          return reindex(payload, {
            onProgress: ({ collection, done, total }) => {
              const line = `  search ${collection}: ${done}/${total}`
              if (line !== last && (done === total || done % 5000 === 0)) progress(line)
              last = line
            },
          })
        },
      }
    },
  })
  await destroy?.()
  log.info(
    `Restored in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.tables} tables, ${report.rows} rows, ${report.mediaFiles} media files` +
      (report.migratedAfter.length
        ? `, then ${report.migratedAfter.length} later migrations`
        : '') +
      `; ${report.indexed} documents in the search index.`,
  )
}

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (command === 'backup') return backup(args)
  if (command === 'restore') return restore(args)
  throw new RestoreRefused(usage)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof RestoreRefused) log.error(error.message)
    else log.error(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
