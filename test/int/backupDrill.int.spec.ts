import { createHash } from 'node:crypto'
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Meilisearch } from 'meilisearch'
import pg from 'pg'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { prepareDatabase } from '../../src/launcher/app'
import { projectRoot, resolveDataDir } from '../../src/launcher/paths'
import { type Services, startServices } from '../../src/launcher/services'
import { type BackupManifest, parseManifest } from '../../src/ops/backup/manifest'
import { runTsChild } from '../helpers/tsChild'

/**
 * The backup → restore drill, end to end, on services of this file's own (its own Postgres and
 * Meilisearch, not the test run's): a seeded portal with uploads is backed up with
 * `npm run backup`'s launcher command, restored with `npm run restore` into a new empty database,
 * media directory and search index, and compared table by table (every row), file by file, and in
 * search. Then the refusals: a database that is not empty, a damaged archive, and a backup older
 * than the code, which is migrated after the load.
 */
let dataDir: string
let services: Services
let admin: pg.Client
let sourceEnv: NodeJS.ProcessEnv
let archive: string

const databaseUri = (name: string) => {
  const url = new URL(services.env.DATABASE_URI)
  url.pathname = `/${name}`
  return url.toString()
}

function envFor(database: string, name: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...services.env,
    DATABASE_URI: databaseUri(database),
    MEILI_INDEX: `drill_${name}`,
    MEDIA_DIR: path.join(dataDir, `media-${name}`),
    PAYLOAD_SECRET: 'drill-secret-0123456789abcdef',
    SEED_DEMO_USERS: 'true',
    SEED_SAMPLE_CONTENT: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // Mail stays in the outbox; object storage is the storage test's.
  for (const key of ['SMTP_URL', 'S3_BUCKET']) delete env[key]
  return env
}

/** Runs a launcher command (as `npm run <command>` does) and returns its exit code and output. */
function launcher(args: string[], env: NodeJS.ProcessEnv) {
  return runTsChild(
    ['--import', 'tsx', path.join(projectRoot, 'src/launcher/cli.ts'), ...args],
    env,
  )
}

async function withClient<T>(database: string, action: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUri(database) })
  await client.connect()
  try {
    return await action(client)
  } finally {
    await client.end()
  }
}

/** Per table: row count and a digest of every row (sorted), so equal digests mean equal tables. */
async function fingerprint(database: string) {
  return withClient(database, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
    const result: Record<string, { rows: number; digest: string }> = {}
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`,
      )
      result[name] = { rows: Number(rows[0].n), digest: rows[0].digest ?? '' }
    }
    return result
  })
}

function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (statSync(file).isFile()) {
      files[name] = createHash('sha256').update(readFileSync(file)).digest('hex')
    }
  }
  return files
}

/** A restore boots Payload, migrates and reindexes: minutes on a busy two-core machine. */
const RESTORE_TIMEOUT = 600_000

const createDatabase = (name: string) => admin.query(`CREATE DATABASE "${name}"`)

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-drill-'))
  // As root, Postgres runs as the postgres user, who must be able to enter this directory.
  chmodSync(dataDir, 0o755)
  services = await startServices({ dataDir, binDir: path.join(resolveDataDir(), 'bin') })
  admin = new pg.Client({ connectionString: services.env.DATABASE_URI })
  await admin.connect()
  await createDatabase('drill_source')
  sourceEnv = envFor('drill_source', 'source')
  // A portal as `npm start` leaves it: migrated, seeded with the sample content and demo users.
  await prepareDatabase(sourceEnv)
  const upload = await runTsChild(
    ['--import', 'tsx', path.join(projectRoot, 'test/helpers/drillUpload.ts')],
    sourceEnv,
  )
  expect(upload.code, upload.output).toBe(0)
  archive = path.join(dataDir, 'drill.tar.gz')
}, 600_000)

afterAll(async () => {
  await admin?.end()
  await services?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('the backup → restore drill', () => {
  let manifest: BackupManifest

  it(
    'writes one archive with the database, the media files and a manifest',
    async () => {
      const { code, output } = await launcher(['backup', '--out', archive], sourceEnv)
      expect(code, output).toBe(0)
      expect(output).toMatch(/Backup written to .*drill\.tar\.gz/)
      // Progress, table by table.
      expect(output).toMatch(/database \d+\/\d+: offers \(\d+ rows\)/)
      // The launcher was given this Meilisearch (1.21, the embedded binary): it warns at start.
      expect(output).toMatch(/is version 1\.21\.0: production needs 1\.33\.1 or later/)

      const listing: string[] = []
      await tar.list({ file: archive, onReadEntry: (entry) => listing.push(entry.path) })
      expect(listing).toContain('manifest.json')
      expect(listing).toContain('db/offers.copy')
      expect(listing.some((entry) => /^media\/oevelse-logo.*\.png$/.test(entry))).toBe(true)

      const extracted = mkdtempSync(path.join(dataDir, 'inspect-'))
      await tar.extract({ file: archive, cwd: extracted }, ['manifest.json'])
      manifest = parseManifest(
        JSON.parse(readFileSync(path.join(extracted, 'manifest.json'), 'utf8')),
      )
      const source = await fingerprint('drill_source')
      // The manifest's counts are the database's.
      for (const table of manifest.tables)
        expect(table.rows, table.name).toBe(source[table.name].rows)
      expect(manifest.tables.map((t) => t.name).sort()).toEqual(Object.keys(source).sort())
      expect(manifest.tables.find((t) => t.name === 'offers')!.rows).toBeGreaterThan(0)
      expect(manifest.postgres).toMatch(/^18\./)
      expect(manifest.node).toBe(process.version)
      expect(manifest.migrations.length).toBeGreaterThan(10)
      // The PNG with its two image sizes, and the PDF.
      expect(manifest.media.source).toBe('files')
      expect(manifest.media.files).toBeGreaterThanOrEqual(4)
      expect(manifest.media.files).toBe(Object.keys(filesOf(sourceEnv.MEDIA_DIR!)).length)
      expect(manifest.media.entries.map((e) => e.path)).toEqual(
        Object.keys(filesOf(sourceEnv.MEDIA_DIR!)).sort((a, b) => a.localeCompare(b)),
      )
    },
    RESTORE_TIMEOUT,
  )

  it(
    'restores into an empty database, media directory and index: every row, file and search hit',
    async () => {
      await createDatabase('drill_restored')
      const env = envFor('drill_restored', 'restored')
      const { code, output } = await launcher(['restore', archive], env)
      expect(code, output).toBe(0)
      expect(output).toMatch(/Loading the rows/)
      expect(output).toMatch(
        /Restored in .* s: \d+ tables, \d+ rows, \d+ media files; \d+ documents in the search index/,
      )

      // Every table, every row.
      expect(await fingerprint('drill_restored')).toEqual(await fingerprint('drill_source'))
      // Every file, byte for byte.
      expect(filesOf(env.MEDIA_DIR!)).toEqual(filesOf(sourceEnv.MEDIA_DIR!))
      // Sequences go on where the source's are: the next id is a fresh one.
      const nextId = (database: string) =>
        withClient(database, async (client) => {
          const { rows } = await client.query<{ id: string }>(
            `SELECT last_value::text AS id FROM offers_id_seq`,
          )
          return rows[0].id
        })
      expect(await nextId('drill_restored')).toBe(await nextId('drill_source'))

      // The search index was rebuilt from the restored rows: a sample offer is found by its title.
      const { rows: offers } = await withClient('drill_restored', (client) =>
        client.query<{ id: number; title: string }>(
          `SELECT id, title FROM offers WHERE _status = 'published' ORDER BY id LIMIT 1`,
        ),
      )
      const meili = new Meilisearch({
        host: services.env.MEILI_HOST,
        apiKey: services.env.MEILI_API_KEY,
      })
      const stats = await meili.index('drill_restored').getStats()
      expect(stats.numberOfDocuments).toBeGreaterThan(0)
      const hits = await meili.index('drill_restored').search(offers[0].title, { limit: 5 })
      expect(hits.hits.map((hit) => String(hit.id))).toContain(`offers-${offers[0].id}`)
    },
    RESTORE_TIMEOUT,
  )

  it(
    'refuses a database that is not empty, and changes nothing',
    async () => {
      const before = await fingerprint('drill_restored')
      const { code, output } = await launcher(['restore', archive], {
        ...envFor('drill_restored', 'restored-again'),
      })
      expect(code).toBe(1)
      expect(output).toMatch(/The database is not empty \(.*\): restore into an empty database\./)
      expect(output).not.toMatch(/at .*\.ts:\d+/) // one clear line, no stack
      expect(await fingerprint('drill_restored')).toEqual(before)
    },
    RESTORE_TIMEOUT,
  )

  it(
    'refuses a damaged archive before writing anything',
    async () => {
      const unpacked = mkdtempSync(path.join(dataDir, 'damaged-'))
      await tar.extract({ file: archive, cwd: unpacked })
      const offers = path.join(unpacked, 'db', 'offers.copy')
      writeFileSync(offers, readFileSync(offers, 'utf8').replace(/\t/, '\tX'))
      const damaged = path.join(dataDir, 'damaged.tar.gz')
      await tar.create({ gzip: true, file: damaged, cwd: unpacked }, readdirSync(unpacked))
      await createDatabase('drill_damaged')
      const { code, output } = await launcher(
        ['restore', damaged],
        envFor('drill_damaged', 'damaged'),
      )
      expect(code).toBe(1)
      expect(output).toMatch(/db\/offers\.copy in the archive is damaged/)
      const tables = await withClient('drill_damaged', (client) =>
        client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`),
      )
      expect(tables.rowCount).toBe(0)
    },
    RESTORE_TIMEOUT,
  )
})
