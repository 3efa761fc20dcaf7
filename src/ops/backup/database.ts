import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

import type { BackupManifest, TableEntry } from './manifest'

/** A quoted SQL identifier. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`

export type Progress = (message: string) => void

/** Tables of the `public` schema with their columns in order (generated columns left out). */
export async function listTables(client: pg.ClientBase) {
  const { rows } = await client.query<{ table: string; columns: string[] }>(`
    SELECT c.relname AS table,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                         AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p')
     GROUP BY c.relname
     ORDER BY c.relname`)
  return rows
}

/** Counts rows of every table (the restore checks these against the manifest). */
export async function countRows(client: pg.ClientBase, tables: string[]) {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table)}`)
    counts[table] = Number(rows[0].n)
  }
  return counts
}

/** Hashes what passes through. */
function hashing(hash: ReturnType<typeof createHash>) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    },
  })
}

/**
 * Writes every table of the `public` schema with COPY (text format, version-independent) into
 * `<dir>/db/<table>.copy`, inside one REPEATABLE READ READ ONLY transaction: one consistent
 * snapshot while the portal keeps running. Also records the sequences and applied migrations.
 */
export async function dumpDatabase(
  client: pg.ClientBase,
  dir: string,
  onProgress: Progress = () => undefined,
): Promise<Pick<BackupManifest, 'tables' | 'sequences' | 'migrations' | 'postgres'>> {
  await client.query(`SET client_encoding = 'UTF8'`)
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version')
    const tables = await listTables(client)
    if (!tables.some((table) => table.table === 'payload_migrations')) {
      throw new Error(
        'The database has no payload_migrations table: it is empty or not a Videnportal database.',
      )
    }
    const { rows: migrationRows } = await client.query<{ name: string }>(
      `SELECT name FROM payload_migrations WHERE batch IS NULL OR batch >= 0 ORDER BY name`,
    )
    const entries: TableEntry[] = []
    for (const [index, { table, columns }] of tables.entries()) {
      const file = `db/${table}.copy`
      const target = path.join(dir, file)
      const hash = createHash('sha256')
      const columnList = columns.map(ident).join(', ')
      const stream = client.query(copyTo(`COPY ${ident(table)} (${columnList}) TO STDOUT`))
      await pipeline(stream, hashing(hash), createWriteStream(target))
      const bytes = (await stat(target)).size
      entries.push({
        name: table,
        columns,
        rows: stream.rowCount,
        file,
        bytes,
        sha256: hash.digest('hex'),
      })
      onProgress(`  database ${index + 1}/${tables.length}: ${table} (${stream.rowCount} rows)`)
    }
    // Sequences of the schema (serial ids): restored with setval so new rows get fresh ids.
    const { rows: sequences } = await client.query<{
      name: string
      value: string | null
      is_called: boolean
    }>(`
      SELECT s.sequencename AS name, s.last_value::text AS value, s.last_value IS NOT NULL AS is_called
        FROM pg_sequences s WHERE s.schemaname = 'public' ORDER BY s.sequencename`)
    await client.query('COMMIT')
    return {
      postgres: version[0].server_version,
      migrations: migrationRows.map((row) => row.name),
      tables: entries,
      sequences: sequences.map((row) => ({
        name: row.name,
        value: row.value ?? '1',
        isCalled: row.is_called,
      })),
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/** Fails unless a file in the extracted archive has the size and checksum of the manifest. */
export async function verifyFile(dir: string, file: string, bytes: number, sha256: string) {
  const target = path.join(dir, file)
  const size = await stat(target).then(
    (info) => info.size,
    () => -1,
  )
  if (size < 0) throw new Error(`The archive lacks ${file}, which its manifest lists.`)
  const hash = createHash('sha256')
  await pipeline(createReadStream(target), hashing(hash), async function* (source) {
    for await (const _chunk of source) {
      // drain
    }
  })
  const actual = hash.digest('hex')
  if (size !== bytes || actual !== sha256) {
    throw new Error(
      `${file} in the archive is damaged (its size or checksum differs from the manifest).`,
    )
  }
}

/** Rows of the tables with rows, among `tables`: a restore goes into an empty database only. */
export async function nonEmptyTables(client: pg.ClientBase, ignore: string[] = []) {
  const tables = (await listTables(client)).map((t) => t.table).filter((t) => !ignore.includes(t))
  const counts = await countRows(client, tables)
  return Object.entries(counts).filter(([, rows]) => rows > 0)
}

/**
 * Loads the COPY files into the tables the migrations created, in one transaction: foreign keys are
 * dropped first and added back after (validating every row, as pg_restore does; this needs only
 * ownership of the tables, not a superuser), row counts are checked against the manifest, and the
 * sequences are set. Anything wrong rolls the whole load back.
 */
export async function loadDatabase(
  client: pg.ClientBase,
  dir: string,
  manifest: BackupManifest,
  onProgress: Progress = () => undefined,
) {
  await client.query(`SET client_encoding = 'UTF8'`)
  await client.query('BEGIN')
  try {
    const present = new Map((await listTables(client)).map((t) => [t.table, t.columns]))
    for (const table of manifest.tables) {
      const columns = present.get(table.name)
      if (!columns) {
        throw new Error(
          `The table ${table.name} of the backup does not exist after its migrations: the archive does not match this code's migrations.`,
        )
      }
      const missing = table.columns.filter((column) => !columns.includes(column))
      if (missing.length) {
        throw new Error(
          `The table ${table.name} lacks the column(s) ${missing.join(', ')} of the backup after its migrations.`,
        )
      }
    }
    const { rows: foreignKeys } = await client.query<{
      table: string
      name: string
      definition: string
    }>(`
      SELECT cl.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c
        JOIN pg_class cl ON cl.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
       WHERE c.contype = 'f'
       ORDER BY cl.relname, c.conname`)
    for (const key of foreignKeys) {
      await client.query(`ALTER TABLE ${ident(key.table)} DROP CONSTRAINT ${ident(key.name)}`)
    }
    // The migrations may have written rows of their own (payload_migrations at least): the
    // backup's rows replace them.
    if (manifest.tables.length) {
      await client.query(`TRUNCATE ${manifest.tables.map((t) => ident(t.name)).join(', ')}`)
    }
    for (const [index, table] of manifest.tables.entries()) {
      const columnList = table.columns.map(ident).join(', ')
      const stream = client.query(copyFrom(`COPY ${ident(table.name)} (${columnList}) FROM STDIN`))
      await pipeline(createReadStream(path.join(dir, table.file)), stream)
      if (stream.rowCount !== table.rows) {
        throw new Error(
          `${table.name}: ${stream.rowCount} rows loaded where the manifest says ${table.rows}.`,
        )
      }
      onProgress(
        `  database ${index + 1}/${manifest.tables.length}: ${table.name} (${table.rows} rows)`,
      )
    }
    onProgress('  checking references …')
    for (const key of foreignKeys) {
      await client.query(
        `ALTER TABLE ${ident(key.table)} ADD CONSTRAINT ${ident(key.name)} ${key.definition}`,
      )
    }
    for (const sequence of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        `public.${ident(sequence.name)}`,
        sequence.value,
        sequence.isCalled,
      ])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}
