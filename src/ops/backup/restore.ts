import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import * as tar from 'tar'

import { countRows, loadDatabase, nonEmptyTables, type Progress, verifyFile } from './database'
import { type BackupManifest, parseManifest, planMigrations } from './manifest'
import { isEmptyDirectory, restoreMediaFiles } from './media'

/** What the restore needs from Payload: migrations up to a point, and a search reindex. */
export type RestoreApp = {
  /** The code's migrations, in order. */
  migrationNames: string[]
  /** Applies the named migrations (in the code's order) that are not applied yet. */
  migrate: (names: string[]) => Promise<void>
  reindex: () => Promise<{ count: number }>
}

export type RestoreOptions = {
  file: string
  databaseUri: string
  mediaDir?: string
  objectStorage?: boolean
  /** Started only after the archive and the target have been checked. */
  app: () => Promise<RestoreApp>
  onProgress?: Progress
}

export type RestoreReport = {
  manifest: BackupManifest
  tables: number
  rows: number
  mediaFiles: number
  migratedAfter: string[]
  indexed: number
}

/** A refusal with a message for the operator (the CLI prints it without a stack). */
export class RestoreRefused extends Error {}

/** Unpacks and checks an archive: manifest, every file's size and checksum. */
export async function openArchive(file: string, onProgress: Progress = () => undefined) {
  if (!existsSync(file)) throw new RestoreRefused(`No such file: ${file}`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-restore-'))
  try {
    onProgress(`Unpacking ${path.basename(file)} …`)
    await tar.extract({ file, cwd: dir, strict: true }).catch((error: Error) => {
      throw new RestoreRefused(`${file} is not a readable backup archive (${error.message}).`)
    })
    const manifestFile = path.join(dir, 'manifest.json')
    if (!existsSync(manifestFile)) {
      throw new RestoreRefused(`${file} has no manifest.json: it is not a Videnportal backup.`)
    }
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(manifestFile, 'utf8'))
    } catch {
      throw new RestoreRefused(`The manifest.json in ${file} is not valid JSON.`)
    }
    let manifest: BackupManifest
    try {
      manifest = parseManifest(raw)
    } catch (error) {
      throw new RestoreRefused((error as Error).message)
    }
    onProgress('Checking the archive against its manifest …')
    for (const table of manifest.tables) {
      await verifyFile(dir, table.file, table.bytes, table.sha256).catch((error: Error) => {
        throw new RestoreRefused(error.message)
      })
    }
    for (const entry of manifest.media.entries) {
      await verifyFile(dir, `media/${entry.path}`, entry.bytes, entry.sha256).catch(
        (error: Error) => {
          throw new RestoreRefused(error.message)
        },
      )
    }
    return { dir, manifest, close: () => rmSync(dir, { recursive: true, force: true }) }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/**
 * Restores an archive into an empty database and media directory: the backup's own migrations
 * first (the schema its rows were written in), the rows, then the code's later migrations, the
 * media files, and a fresh search index. Refuses, before writing anything, a damaged archive, a
 * backup newer than the code, a database with rows or a media directory with files.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const { onProgress = () => undefined } = options
  const archive = await openArchive(options.file, onProgress)
  const { manifest } = archive
  const client = new pg.Client({ connectionString: options.databaseUri })
  try {
    onProgress(
      `Backup of ${manifest.createdAt} (${manifest.app.name} ${manifest.app.version}${manifest.app.commit ? ` ${manifest.app.commit.slice(0, 10)}` : ''}, Postgres ${manifest.postgres}): ` +
        `${manifest.tables.length} tables, ${manifest.tables.reduce((sum, t) => sum + t.rows, 0)} rows, ${manifest.media.files} media files.`,
    )
    await client.connect()
    const filled = await nonEmptyTables(client, ['payload_migrations'])
    if (filled.length) {
      throw new RestoreRefused(
        `The database is not empty (${filled
          .slice(0, 5)
          .map(([table, rows]) => `${table}: ${rows} rows`)
          .join(', ')}${filled.length > 5 ? ', …' : ''}): restore into an empty database.`,
      )
    }
    const restoresFiles = manifest.media.source === 'files' && !options.objectStorage
    if (manifest.media.source === 'files' && options.objectStorage) {
      throw new RestoreRefused(
        'The backup holds media files but S3_* is set: restore with local media (unset S3_*), then copy the files into the bucket.',
      )
    }
    if (restoresFiles && options.mediaDir && !(await isEmptyDirectory(options.mediaDir))) {
      throw new RestoreRefused(
        `The media directory ${options.mediaDir} is not empty: restore into an empty one.`,
      )
    }
    if (restoresFiles && manifest.media.files && !options.mediaDir) {
      throw new RestoreRefused('MEDIA_DIR is not set: the backup has media files to restore.')
    }

    const app = await options.app()
    const { unknown, later } = planMigrations(manifest.migrations, app.migrationNames)
    if (unknown.length) {
      throw new RestoreRefused(
        `The backup was made by newer code (migrations unknown here: ${unknown.join(', ')}): restore it with that version or later.`,
      )
    }
    const { rows: appliedRows } = await client
      .query<{ name: string }>('SELECT name FROM payload_migrations')
      .catch(() => ({ rows: [] as Array<{ name: string }> }))
    const ahead = appliedRows.map((r) => r.name).filter((n) => !manifest.migrations.includes(n))
    if (ahead.length) {
      throw new RestoreRefused(
        `The database already has migrations the backup lacks (${ahead.join(', ')}): restore into an empty database.`,
      )
    }

    onProgress(`Creating the schema of the backup (${manifest.migrations.length} migrations) …`)
    await app.migrate(manifest.migrations)
    onProgress('Loading the rows …')
    await loadDatabase(client, archive.dir, manifest, onProgress)
    const counts = await countRows(
      client,
      manifest.tables.map((t) => t.name),
    )
    for (const table of manifest.tables) {
      if (counts[table.name] !== table.rows) {
        throw new Error(
          `${table.name}: ${counts[table.name]} rows after the restore, not ${table.rows}.`,
        )
      }
    }
    if (later.length) {
      onProgress(`Migrating to this code's schema (${later.length} later migrations) …`)
      await app.migrate(app.migrationNames)
    }
    if (restoresFiles && manifest.media.files) {
      onProgress(`Restoring ${manifest.media.files} media files into ${options.mediaDir} …`)
      await restoreMediaFiles(
        path.join(archive.dir, 'media'),
        options.mediaDir!,
        manifest.media.entries,
        onProgress,
      )
    }
    onProgress('Rebuilding the search index …')
    const { count: indexed } = await app.reindex()
    return {
      manifest,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      mediaFiles: restoresFiles ? manifest.media.files : 0,
      migratedAfter: later,
      indexed,
    }
  } finally {
    await client.end().catch(() => undefined)
    archive.close()
  }
}
