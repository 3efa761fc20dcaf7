/**
 * Many documents of one collection written as rows, a statement per table: the main rows, then
 * array, relationship, hasMany-select, text and number rows of all of them together, and the same
 * for their version rows. The rows are shaped by the Postgres adapter's own `transformForWrite`
 * and `insertArrays` (what `payload.db.create` runs for one document), so the tables hold what a
 * save holds; the adapter has no batch API, so they are loaded from its build (pinned with Payload).
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { and, eq, getTableName, inArray, sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import {
  getTableConfig,
  type PgColumn,
  type PgTable,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import {
  buildVersionCollectionFields,
  type FlattenedField,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

type Doc = Record<string, unknown>
type Rows = Record<string, unknown>[]
type Tx = {
  insert: (table: PgTable) => {
    values: (rows: Rows) => {
      returning: (fields: Doc) => Promise<Array<{ id: number }>>
      onConflictDoUpdate: (config: Doc) => {
        returning: (fields: Doc) => Promise<Array<{ id: number }>>
      }
    }
  }
  delete: (table: PgTable) => { where: (where: SQL | undefined) => Promise<unknown> }
  execute: (query: SQL) => Promise<unknown>
}
type Adapter = {
  tables: Record<string, PgTable & Record<string, unknown>>
  tableNameMap: Map<string, string>
  relationshipsSuffix: string
  versionsSuffix: string
  sessions: Record<string, { db: Tx }>
  drizzle: Tx
}
type RowSet = {
  row: Doc
  arrays: Record<string, unknown[]>
  arraysToPush: Record<string, unknown[]>
  blocks: Record<string, unknown[]>
  locales: Record<string, Doc>
  relationships: Rows
  relationshipsToAppend: unknown[]
  selects: Record<string, Rows>
  texts: Rows
  numbers: Rows
}
type Internals = {
  transformForWrite: (args: {
    adapter: Adapter
    data: Doc
    fields: FlattenedField[]
    tableName: string
    enableAtomicWrites: boolean
  }) => RowSet
  insertArrays: (args: {
    adapter: Adapter
    arrays: Array<Record<string, unknown[]>>
    db: Tx
    parentRows: Array<{ id: number }>
  }) => Promise<void>
}

let internals: Promise<Internals> | undefined
function adapterInternals(): Promise<Internals> {
  // The adapter's own copy, found from the adapter (it is not a dependency of ours).
  const adapterPackage = createRequire(import.meta.url).resolve('@payloadcms/db-postgres')
  const dist = path.dirname(createRequire(adapterPackage).resolve('@payloadcms/drizzle'))
  const load = (file: string) =>
    import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(path.join(dist, file))
        .href
    )
  internals ??= Promise.all([
    load('transform/write/index.js'),
    load('upsertRow/insertArrays.js'),
  ]).then(([write, arrays]) => ({
    transformForWrite: write.transformForWrite,
    insertArrays: arrays.insertArrays,
  }))
  return internals
}

/** The transaction `req` writes in (the bulk path always opens one). */
export async function transactionOf(payload: Payload, req: PayloadRequest): Promise<Tx> {
  const adapter = payload.db as unknown as Adapter
  const id = await req.transactionID
  const session = id === undefined ? undefined : adapter.sessions[String(id)]
  if (!session) throw new Error('The bulk writer needs the request to hold a transaction')
  return session.db
}

/** Tables whose rows belong to a row of `table` (arrays, relationships, selects …). */
function childTables(
  adapter: Adapter,
  table: PgTable,
): Array<{ table: PgTable; column: PgColumn }> {
  const name = getTableName(table)
  const children: Array<{ table: PgTable; column: PgColumn }> = []
  for (const candidate of Object.values(adapter.tables)) {
    for (const key of getTableConfig(candidate).foreignKeys) {
      const reference = key.reference()
      const column = reference.columns[0]
      if (
        column &&
        getTableName(reference.foreignTable) === name &&
        (column.name === '_parent_id' || column.name === 'parent_id')
      )
        children.push({ table: candidate, column })
    }
  }
  return children
}

/** Column key (as in the rows) → its database name, for `excluded.<column>`. */
function excludedSet(table: PgTable & Record<string, unknown>, rows: Rows): Doc {
  const keys = new Set(rows.flatMap((row) => Object.keys(row)))
  keys.delete('id')
  return Object.fromEntries(
    [...keys].map((key) => {
      const column = table[key] as { name: string }
      return [key, sql.raw(`excluded."${column.name}"`)]
    }),
  )
}

/**
 * Writes `docs` into `tableName` and the tables of its arrays, relationships and selects, and
 * returns their ids in order. With `ids`, the rows of those ids are replaced (an update: the main
 * row in place, its child rows deleted and written again).
 */
async function writeRows(
  adapter: Adapter,
  db: Tx,
  {
    tableName,
    fields,
    docs,
    ids,
  }: { tableName: string; fields: FlattenedField[]; docs: Doc[]; ids?: number[] },
): Promise<number[]> {
  if (docs.length === 0) return []
  const { transformForWrite, insertArrays } = await adapterInternals()
  const sets = docs.map((data) =>
    transformForWrite({ adapter, data, fields, tableName, enableAtomicWrites: false }),
  )
  for (const set of sets) {
    const unsupported = [
      ...Object.entries(set.blocks).filter(([, rows]) => rows.length),
      ...Object.keys(set.locales).map((locale) => [locale]),
      ...Object.entries(set.arraysToPush).filter(([, rows]) => rows.length),
      ...set.relationshipsToAppend.map(() => ['append']),
    ]
    if (unsupported.length > 0)
      throw new Error(`The bulk writer does not write ${unsupported[0]![0]} rows (${tableName})`)
  }
  const table = adapter.tables[tableName]!
  const idColumn = table.id as never
  const mainRows = sets.map((set, i) => (ids ? { ...set.row, id: ids[i] } : set.row))
  const insert = db.insert(table).values(mainRows)
  const written = ids
    ? await insert
        .onConflictDoUpdate({ target: idColumn, set: excludedSet(table, mainRows) })
        .returning({ id: idColumn })
    : await insert.returning({ id: idColumn })
  if (written.length !== docs.length)
    throw new Error(`${tableName}: ${written.length} of ${docs.length} rows written`)
  const newIds = written.map((row) => row.id)
  if (ids && newIds.some((id, i) => id !== ids[i]))
    throw new Error(`${tableName}: rows out of order`)

  if (ids) {
    for (const child of childTables(adapter, table))
      await db.delete(child.table).where(inArray(child.column, ids))
  }
  const byTable = new Map<string, Rows>()
  const add = (name: string, rows: Rows) => {
    if (rows.length) byTable.set(name, [...(byTable.get(name) ?? []), ...rows])
  }
  sets.forEach((set, i) => {
    const parent = newIds[i]
    add(
      `${tableName}${adapter.relationshipsSuffix}`,
      set.relationships.map((row) => ({ ...row, parent })),
    )
    add(
      `${tableName}_texts`,
      set.texts.map((row) => ({ ...row, parent })),
    )
    add(
      `${tableName}_numbers`,
      set.numbers.map((row) => ({ ...row, parent })),
    )
    for (const [selectTable, rows] of Object.entries(set.selects))
      add(
        selectTable,
        rows.map((row) => ({ ...row, parent: row.parent ?? parent })),
      )
  })
  for (const [name, rows] of byTable) {
    const child = adapter.tables[name]
    if (!child) throw new Error(`No table ${name}`)
    await db
      .insert(child)
      .values(rows)
      .returning({ id: child.id as never })
  }
  await insertArrays({
    adapter,
    arrays: sets.map((set) => set.arrays as Record<string, unknown[]>),
    db,
    parentRows: newIds.map((id) => ({ id })),
  })
  return newIds
}

const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * Saves prepared documents of `collection` as `payload.create` / `payload.update` would: the
 * documents (`ids` for updates) and a new latest version of each, older versions no longer
 * latest and beyond the collection's `maxPerDoc` removed. `now` stamps the new rows.
 */
export async function saveDocuments(
  payload: Payload,
  db: Tx,
  {
    collection,
    docs,
    ids,
    now,
  }: { collection: SanitizedCollectionConfig; docs: Doc[]; ids?: number[]; now: string },
): Promise<number[]> {
  const adapter = payload.db as unknown as Adapter
  const tableName = adapter.tableNameMap.get(collection.slug.replace(/-/g, '_'))!
  const stamped = docs.map((doc) => {
    const { id: _id, ...rest } = doc
    return { ...rest, createdAt: ids ? rest.createdAt : now, updatedAt: now }
  })
  const docIds = await writeRows(adapter, db, {
    tableName,
    fields: collection.flattenedFields,
    docs: stamped,
    ids,
  })
  if (!collection.versions) return docIds

  let fields = versionFields.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(payload.config, collection, true)
    versionFields.set(collection, fields)
  }
  const versionsName = adapter.tableNameMap.get(`_${tableName}${adapter.versionsSuffix}`)!
  const versionIds = await writeRows(adapter, db, {
    tableName: versionsName,
    fields,
    docs: stamped.map((version, i) => ({
      parent: docIds[i],
      version,
      createdAt: now,
      updatedAt: now,
      latest: true,
      autosave: false,
    })),
  })
  if (ids) {
    const versions = adapter.tables[versionsName]!
    const parent = versions.parent as never
    await db.execute(
      sql`UPDATE ${versions} SET latest = false WHERE ${and(
        inArray(parent, ids),
        eq(versions.latest as never, true),
        sql`${versions.id} NOT IN (${sql.join(
          versionIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      )}`,
    )
    const max = typeof collection.versions === 'object' ? collection.versions.maxPerDoc : 0
    if (max) {
      // Payload's enforceMaxVersions, for all of them at once: the newest `max` are kept.
      await db.execute(sql`DELETE FROM ${versions} WHERE id IN (
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY parent_id ORDER BY updated_at DESC, id DESC) AS n
          FROM ${versions} WHERE ${inArray(parent, ids)}
        ) ranked WHERE n > ${max})`)
    }
  }
  return docIds
}
