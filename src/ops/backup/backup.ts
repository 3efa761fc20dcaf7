import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import * as tar from 'tar'

import { dumpDatabase, type Progress } from './database'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest } from './manifest'
import { listMediaFiles } from './media'

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..')

export type BackupOptions = {
  databaseUri: string
  /** The media directory (local disk); leave unset when media live in object storage. */
  mediaDir?: string
  /** True when uploads go to object storage (S3_*): the bucket holds them, not the archive. */
  objectStorage?: boolean
  out: string
  onProgress?: Progress
  now?: () => Date
}

function appInfo(): BackupManifest['app'] {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  let commit: string | undefined
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim()
  } catch {
    // not a git checkout (an unpacked release): the version says enough
  }
  return { name: pkg.name, version: pkg.version, ...(commit ? { commit } : {}) }
}

function payloadVersion(): string {
  // payload's `exports` do not include its package.json: read it from where it is installed.
  const file = path.join(projectRoot, 'node_modules', 'payload', 'package.json')
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/**
 * Writes one .tar.gz archive: `manifest.json`, `db/<table>.copy` (every table of the schema, one
 * consistent snapshot) and `media/` (the upload files). Written beside `out` and renamed at the
 * end, so a failed backup never leaves a file that looks complete.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const { onProgress = () => undefined, now = () => new Date() } = options
  const out = path.resolve(options.out)
  mkdirSync(path.dirname(out), { recursive: true })
  const staging = mkdtempSync(path.join(path.dirname(out), '.backup-'))
  const partial = `${out}.partial`
  const client = new pg.Client({ connectionString: options.databaseUri })
  try {
    mkdirSync(path.join(staging, 'db'))
    await client.connect()
    onProgress('Reading the database (one consistent snapshot) …')
    const database = await dumpDatabase(client, staging, onProgress)
    await client.end()

    const useFiles = Boolean(options.mediaDir) && !options.objectStorage
    onProgress(
      useFiles ? 'Reading the media files …' : 'Media live in object storage: not in the archive.',
    )
    const entries = useFiles ? await listMediaFiles(options.mediaDir!) : []
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now().toISOString(),
      app: appInfo(),
      node: process.version,
      payload: payloadVersion(),
      ...database,
      media: {
        source: options.objectStorage ? 'object-storage' : useFiles ? 'files' : 'none',
        files: entries.length,
        bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
        entries,
      },
    }
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const members = ['manifest.json', 'db']
    if (entries.length) {
      // The files are read in place (the link is followed), not copied twice.
      symlinkSync(path.resolve(options.mediaDir!), path.join(staging, 'media'))
      members.push(...entries.map((entry) => `media/${entry.path}`))
    }
    onProgress('Writing the archive …')
    await tar.create(
      { gzip: true, file: partial, cwd: staging, follow: true, portable: true },
      members,
    )
    renameSync(partial, out)
    return manifest
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  } finally {
    await client.end().catch(() => undefined)
    rmSync(staging, { recursive: true, force: true })
  }
}
