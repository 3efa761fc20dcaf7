/**
 * Many listings fast, for benchmarks that measure reads at scale: copies the listings that exist
 * (made by generate.ts through Payload, with its hooks) in SQL (`insert … select`, one statement
 * per table and batch, never a row at a time), with their arrays, selects and relationships, until
 * there are `target` in all. Each copy gets its own id, HSDS id, slug, external id and a title that
 * tells it apart ("… · 1234"), so orderings and ids stay distinct. The latest version row of each
 * listing is copied too (with its own arrays and relationships, `latest` kept), as Payload writes
 * it on publish: the admin's list view and every draft read (`draft: true`) read the versions
 * table, so a copy without one would be missing there. Child tables are found in the schema, so a
 * field another feature adds to listings is copied too.
 */
import type { Payload } from 'payload'

type Pool = {
  query: (
    text: string,
    params?: unknown[],
  ) => Promise<{ rows: Array<Record<string, unknown>>; rowCount: number | null }>
  connect: () => Promise<Pool & { release: () => void }>
}

const TABLES = ['offers', 'mentors', 'school_options']

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function columnsOf(pool: Pool, table: string) {
  const { rows } = await pool.query(
    `select column_name, data_type, column_default from information_schema.columns
     where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  )
  return rows.map((row) => ({
    name: String(row.column_name),
    type: String(row.data_type),
    serial: String(row.column_default ?? '').startsWith('nextval('),
  }))
}

async function childTables(pool: Pool, table: string) {
  const { rows } = await pool.query(
    `select table_name from information_schema.tables
     where table_schema = 'public' and table_name like $1 order by 1`,
    [`${table.replace(/_/g, '\\_')}\\_%`],
  )
  const children: Array<{
    name: string
    parent: string
    columns: Awaited<ReturnType<typeof columnsOf>>
  }> = []
  for (const { table_name } of rows) {
    const columns = await columnsOf(pool, String(table_name))
    const parent = columns.find(
      (c) => (c.name === '_parent_id' || c.name === 'parent_id') && c.type === 'integer',
    )
    if (parent) children.push({ name: String(table_name), parent: parent.name, columns })
  }
  return children
}

async function count(pool: Pool) {
  let total = 0
  for (const table of TABLES)
    total += Number((await pool.query(`select count(*)::int as n from ${quote(table)}`)).rows[0]!.n)
  return total
}

/** Copies the child rows (arrays, selects, relationships) of `table` along the id map `map`. */
async function copyChildren(client: Pool, table: string, map: string) {
  for (const child of await childTables(client, table)) {
    const kept = child.columns.filter((c) => !(c.name === 'id' && c.serial))
    const childValue = (name: string, type: string) =>
      name === child.parent
        ? 'm.new_id'
        : name === 'id' && type === 'character varying'
          ? `substr(md5(random()::text || m.new_id::text || c.id), 1, 24)`
          : `c.${quote(name)}`
    await client.query(
      `insert into ${quote(child.name)} (${kept.map((c) => quote(c.name)).join(', ')})
       select ${kept.map((c) => childValue(c.name, c.type)).join(', ')}
       from ${quote(child.name)} c join ${map} m on m.old_id = c.${quote(child.parent)}`,
    )
  }
}

/**
 * The latest version of each copied listing (`clone_map`), as Payload keeps it: a row of
 * `_<table>_v` with `latest` set and the document's own values in its `version_*` columns (the
 * copy's id, title, slug …, read from the copied row), and that version's child rows.
 */
async function cloneLatestVersions(
  client: Pool,
  table: string,
  documentColumns: Awaited<ReturnType<typeof columnsOf>>,
) {
  const versions = `_${table}_v`
  await client.query(
    `create temp table clone_version_map on commit drop as
     select v.id as old_id, nextval(pg_get_serial_sequence($1, 'id'))::int as new_id,
            m.new_id as document_id
     from ${quote(versions)} v join clone_map m on m.old_id = v.parent_id
     where v.latest`,
    [versions],
  )
  // What a copy changes (see cloneListings); everything else the version has as it is.
  const own = new Set(
    documentColumns
      .map((c) => c.name)
      .filter((name) => ['title', 'slug', 'hsds_id', 'external_id', 'import_hash'].includes(name)),
  )
  const columns = await columnsOf(client, versions)
  const value = (name: string) => {
    if (name === 'id') return 'm.new_id'
    if (name === 'parent_id') return 'm.document_id'
    const field = name.startsWith('version_') ? name.slice('version_'.length) : null
    // The copy's own values (title, slug, HSDS id …), so document and version agree.
    if (field && own.has(field)) return `d.${quote(field)}`
    return `v.${quote(name)}`
  }
  await client.query(
    `insert into ${quote(versions)} (${columns.map((c) => quote(c.name)).join(', ')})
     select ${columns.map((c) => value(c.name)).join(', ')}
     from ${quote(versions)} v join clone_version_map m on m.old_id = v.id
     join ${quote(table)} d on d.id = m.document_id`,
  )
  await copyChildren(client, versions, 'clone_version_map')
  await client.query('drop table clone_version_map')
}

/** Copies listings in SQL until there are `target`; returns how many were made. */
export async function cloneListings(
  payload: Payload,
  target: number,
  onProgress?: (total: number) => void,
): Promise<number> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const before = await count(pool)
  let total = before
  while (total < target) {
    for (const table of TABLES) {
      const need = target - total
      if (need <= 0) break
      const share = Math.ceil(need * (table === 'offers' ? 0.6 : 0.2)) || need
      const client = await pool.connect()
      try {
        await client.query('begin')
        await client.query(
          `create temp table clone_map on commit drop as
           select id as old_id, nextval(pg_get_serial_sequence($1, 'id'))::int as new_id
           from ${quote(table)} order by id limit $2`,
          [table, share],
        )
        const columns = await columnsOf(client, table)
        const value = (name: string) => {
          switch (name) {
            case 'id':
              return 'm.new_id'
            case 'hsds_id':
              return 'gen_random_uuid()::text'
            // A copy of a copy replaces the suffix rather than adding one.
            case 'title':
              return `regexp_replace(o.title, ' · \\d+$', '') || ' · ' || m.new_id`
            case 'slug':
              return `regexp_replace(o.slug, '-k\\d+$', '') || '-k' || m.new_id`
            case 'external_id':
              return `case when o.external_id is null then null else regexp_replace(o.external_id, '-k\\d+$', '') || '-k' || m.new_id end`
            case 'import_hash':
              return 'null'
            default:
              return `o.${quote(name)}`
          }
        }
        await client.query(
          `insert into ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')})
           select ${columns.map((c) => value(c.name)).join(', ')}
           from ${quote(table)} o join clone_map m on m.old_id = o.id`,
        )
        await copyChildren(client, table, 'clone_map')
        await cloneLatestVersions(client, table, columns)
        await client.query('commit')
      } catch (error) {
        await client.query('rollback')
        throw error
      } finally {
        client.release()
      }
      total = await count(pool)
      onProgress?.(total)
    }
  }
  return total - before
}
