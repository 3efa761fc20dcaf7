/**
 * Many listings fast, for benchmarks that measure reads at scale: copies the listings that exist
 * (made by generate.ts through Payload, with its hooks) in SQL, row by row with their arrays,
 * selects and relationships, until there are `target` in all. Each copy gets its own id, HSDS id,
 * slug, key and a title that tells it apart ("… · 1234"), so orderings and ids stay distinct.
 * Versions are not copied: the published rows are what the readers read. Child tables are found
 * in the schema, so a field another feature adds to listings is copied too.
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
            case 'title':
              return `o.title || ' · ' || m.new_id`
            case 'slug':
              return `o.slug || '-' || m.new_id`
            case 'external_id':
              return `case when o.external_id is null then null else o.external_id || '-' || m.new_id end`
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
             from ${quote(child.name)} c join clone_map m on m.old_id = c.${quote(child.parent)}`,
          )
        }
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
