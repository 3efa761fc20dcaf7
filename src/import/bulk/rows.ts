/**
 * Many documents of one collection written as rows, a statement per table: the main rows, then
 * array, relationship, hasMany-select, text and number rows of all of them together, and the same
 * for their version rows. The rows are shaped by the Postgres adapter's own `transformForWrite`
 * (what `payload.db.create` runs for one document), so the tables hold what a save holds; the
 * adapter exports no batch API, so it is loaded from its build (pinned with Payload).
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import {
  getTableColumns,
  getTableName,
  inArray,
  sql,
  type SQL,
} from '@payloadcms/db-postgres/drizzle'
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

import { sqlRows } from '@/utilities/sqlRows'
import { tableNameOf } from '@/utilities/tables'

type Doc = Record<string, unknown>
type Rows = Record<string, unknown>[]
type Tx = {
  delete: (table: PgTable) => { where: (where: SQL | undefined) => Promise<unknown> }
  execute: (query: SQL) => Promise<unknown>
}
type Adapter = {
  tables: Record<string, PgTable>
  relationshipsSuffix: string
  sessions: Record<string, { db: Tx }>
  drizzle: Tx
}
type ArrayRow = { row: Doc; arrays: Record<string, ArrayRow[]>; locales: Record<string, Doc> }
type RowSet = {
  row: Doc
  arrays: Record<string, ArrayRow[]>
  arraysToPush: Record<string, unknown[]>
  blocks: Record<string, unknown[]>
  locales: Record<string, Doc>
  relationships: Rows
  relationshipsToAppend: unknown[]
  selects: Record<string, Rows>
  texts: Rows
  numbers: Rows
}
type TransformForWrite = (args: {
  adapter: Adapter
  data: Doc
  fields: FlattenedField[]
  tableName: string
  enableAtomicWrites: boolean
}) => RowSet

let transform: Promise<TransformForWrite> | undefined
function adapterTransform(): Promise<TransformForWrite> {
  // The adapter's own copy, found from the adapter (it is not a dependency of ours).
  const adapterPackage = createRequire(import.meta.url).resolve('@payloadcms/db-postgres')
  const dist = path.dirname(createRequire(adapterPackage).resolve('@payloadcms/drizzle'))
  const file = pathToFileURL(path.join(dist, 'transform/write/index.js')).href
  transform ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ file).then(
    (module: { transformForWrite: TransformForWrite }) => module.transformForWrite,
  )
  return transform
}

/** The transaction `req` writes in (the bulk path always opens one). */
export async function transactionOf(payload: Payload, req: PayloadRequest): Promise<Tx> {
  const adapter = payload.db as unknown as Adapter
  const id = await req.transactionID
  const session = id === undefined ? undefined : adapter.sessions[String(id)]
  if (!session) throw new Error('The bulk writer needs the request to hold a transaction')
  return session.db
}

type Child = { table: PgTable; column: PgColumn }
const childrenOf = new WeakMap<PgTable, Child[]>()

/** Tables whose rows belong to a row of `table` (arrays, relationships, selects …). */
function childTables(adapter: Adapter, table: PgTable): Child[] {
  const known = childrenOf.get(table)
  if (known) return known
  const name = getTableName(table)
  const children: Child[] = []
  for (const candidate of Object.values(adapter.tables)) {
    for (const key of getTableConfig(candidate).foreignKeys) {
      const reference = key.reference()
      const column = reference.columns[0]
      // Its own tables carry its name (the versions table, `_<name>_v`, points at it too).
      if (
        column &&
        getTableName(candidate).startsWith(`${name}_`) &&
        getTableName(reference.foreignTable) === name &&
        (column.name === '_parent_id' || column.name === 'parent_id')
      )
        children.push({ table: candidate, column })
    }
  }
  childrenOf.set(table, children)
  return children
}

type Column = PgColumn & { columnType: string; mapToDriverValue: (value: unknown) => unknown }

/** The columns of `table` by the keys rows use (as drizzle's do). */
function columnsOf(table: PgTable): Map<string, Column> {
  return new Map(
    Object.entries(getTableColumns(table)).map(([key, column]) => [key, column as Column]),
  )
}

/** A value as it goes into JSON for `json_populate_recordset` (JSON columns keep their value). */
function jsonValue(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (column.columnType === 'PgJsonb' || column.columnType === 'PgJson') return value
  return column.mapToDriverValue(value)
}

/**
 * Inserts rows in one statement with one parameter: the rows as JSON, unpacked by Postgres
 * (`json_populate_recordset`). Drizzle's own multi-row insert spent longer building its statement
 * (a parameter per value) than Postgres took to run it. Keys that are no column are left out, as
 * drizzle does; with `replace`, rows whose id exists are updated in place. Returns the ids, in
 * the order of `rows`.
 */
async function insertRows(
  db: Tx,
  table: PgTable,
  rows: Rows,
  { replace = false }: { replace?: boolean } = {},
): Promise<unknown[]> {
  if (rows.length === 0) return []
  const columns = columnsOf(table)
  const used = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((key) =>
    columns.has(key),
  )
  const names = used.map((key) => columns.get(key)!.name)
  const json = rows.map((row) =>
    Object.fromEntries(used.map((key, i) => [names[i], jsonValue(columns.get(key)!, row[key])])),
  )
  const list = sql.raw(names.map((name) => `"${name}"`).join(', '))
  const update = names.filter((name) => name !== 'id')
  const onConflict = replace
    ? sql.raw(
        ` ON CONFLICT ("id") DO UPDATE SET ${update.map((name) => `"${name}" = EXCLUDED."${name}"`).join(', ')}`,
      )
    : sql``
  const result = await db.execute(
    sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::json) WITH ORDINALITY AS given ORDER BY given.ordinality${onConflict} RETURNING "id"`,
  )
  return sqlRows<{ id: unknown }>(result).map((row) => row.id)
}

/** Array rows of many parents, and the arrays inside them. */
async function insertArrayRows(
  adapter: Adapter,
  db: Tx,
  arrays: Array<{ parent: unknown; tables: Record<string, ArrayRow[]> }>,
): Promise<void> {
  const byTable = new Map<
    string,
    { rows: Rows; nested: Array<{ parent: unknown; tables: Record<string, ArrayRow[]> }> }
  >()
  for (const { parent, tables } of arrays) {
    for (const [name, rows] of Object.entries(tables)) {
      const entry = byTable.get(name) ?? { rows: [], nested: [] }
      byTable.set(name, entry)
      for (const row of rows) {
        const nested = Object.values(row.arrays).some((inner) => inner.length > 0)
        // A version's array rows get their ids from Postgres: fine unless arrays hang below them.
        if (Object.keys(row.locales).length > 0 || (nested && row.row.id === undefined))
          throw new Error(`The bulk writer does not write ${name} rows (locales or nesting)`)
        entry.rows.push({ ...row.row, _parentID: parent })
        entry.nested.push({ parent: row.row.id, tables: row.arrays })
      }
    }
  }
  for (const [name, { rows, nested }] of byTable) {
    await insertRows(db, tableNamed(adapter, name), rows)
    await insertArrayRows(adapter, db, nested)
  }
}

function tableNamed(adapter: Adapter, name: string): PgTable {
  const table = adapter.tables[name]
  if (!table) throw new Error(`No table ${name}`)
  return table
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
  const transformForWrite = await adapterTransform()
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
  const table = tableNamed(adapter, tableName)
  const mainRows = sets.map((set, i) => (ids ? { ...set.row, id: ids[i] } : set.row))
  const newIds = (await insertRows(db, table, mainRows, { replace: Boolean(ids) })).map(Number)
  if (newIds.length !== docs.length || (ids && newIds.some((id, i) => id !== ids[i])))
    throw new Error(`${tableName}: the rows written are not the rows given`)

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
  for (const [name, rows] of byTable) await insertRows(db, tableNamed(adapter, name), rows)
  await insertArrayRows(
    adapter,
    db,
    sets.map((set, i) => ({ parent: newIds[i], tables: set.arrays })),
  )
  return newIds
}

const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * Saves prepared documents of `collection` as `payload.create` / `payload.update` would: the
 * documents (`ids` for updates) and a new latest version of each, older versions no longer
 * latest and beyond the collection's `maxPerDoc` removed. `now` stamps the new rows. Returns the
 * documents as stored, with their ids, in the order of `docs`.
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
): Promise<Array<Doc & { id: number }>> {
  const adapter = payload.db as unknown as Adapter
  const tableName = tableNameOf(payload, collection.slug)
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
  const stored = stamped.map((doc, i) => ({ ...doc, id: docIds[i]! }))
  if (!collection.versions) return stored

  let fields = versionFields.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(payload.config, collection, true)
    versionFields.set(collection, fields)
  }
  const versionsName = tableNameOf(payload, collection.slug, { versions: true })
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
    const versions = tableNamed(adapter, versionsName)
    // A value list in drizzle's template is a parenthesised list of parameters.
    await db.execute(
      sql`UPDATE ${versions} SET latest = false WHERE parent_id IN ${ids} AND latest AND id NOT IN ${versionIds}`,
    )
    const max = typeof collection.versions === 'object' ? collection.versions.maxPerDoc : 0
    if (max) {
      // Payload's enforceMaxVersions, for all of them at once: the newest `max` are kept.
      await db.execute(sql`DELETE FROM ${versions} WHERE id IN (
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY parent_id ORDER BY updated_at DESC, id DESC) AS n
          FROM ${versions} WHERE parent_id IN ${ids}
        ) ranked WHERE n > ${max})`)
    }
  }
  return stored
}
