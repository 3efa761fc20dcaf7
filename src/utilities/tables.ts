/**
 * A collection's Postgres tables, for the few reads and writes that go around Payload's per-document
 * operations because they touch every document (the importer's key index and bulk writer, the
 * search reconciliation).
 */
import { getTableColumns, sql } from '@payloadcms/db-postgres/drizzle'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { CollectionSlug, Payload } from 'payload'

import { sqlRows } from './sqlRows'

type Tables = {
  tables: Record<string, PgTable>
  tableNameMap: Map<string, string>
  versionsSuffix: string
}

/** The name of a collection's table, or of its versions table. */
export function tableNameOf(
  payload: Payload,
  collection: CollectionSlug,
  { versions = false }: { versions?: boolean } = {},
): string {
  const adapter = payload.db as unknown as Tables
  const base = adapter.tableNameMap.get(collection.replace(/-/g, '_'))
  const name =
    base && (versions ? adapter.tableNameMap.get(`_${base}${adapter.versionsSuffix}`) : base)
  if (!name) throw new Error(`No ${versions ? 'versions ' : ''}table for "${collection}"`)
  return name
}

/**
 * Top-level fields of every document as it is now, its newest version where the collection has
 * drafts (a draft counts), in one statement and without Payload's read hooks: for plain text
 * columns only. Fields the collection does not have are left out of the rows.
 */
export async function latestFields(
  payload: Payload,
  collection: CollectionSlug,
  fields: string[],
): Promise<Array<Record<string, unknown> & { id: number }>> {
  const drafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const table = (payload.db as unknown as Tables).tables[
    tableNameOf(payload, collection, { versions: drafts })
  ]!
  const columns = getTableColumns(table)
  const selected = fields.flatMap((field) => {
    const column = columns[drafts ? `version_${field}` : field]
    return column ? [sql`${sql.identifier(column.name)} as ${sql.identifier(field)}`] : []
  })
  const id = drafts ? sql`parent_id as id` : sql`id`
  // access: the caller's own index of keys; no content is returned to a reader.
  const result = await payload.db.drizzle.execute(
    sql`select ${sql.join([id, ...selected], sql`, `)} from ${table}${drafts ? sql` where latest` : sql``}`,
  )
  return sqlRows<Record<string, unknown> & { id: number }>(result).map((row) => ({
    ...row,
    id: Number(row.id),
  }))
}
