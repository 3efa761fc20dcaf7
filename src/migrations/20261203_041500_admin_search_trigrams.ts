import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * The admin's search box over listings (issue 21). Payload searches a list's `listSearchableFields`
 * (title, summary, external id) with `ilike '%word%'` on the latest version rows, which no btree
 * index serves: at 66 000 offers the count alone read the whole table (about 1 s). Trigram indexes
 * (pg_trgm, a trusted extension that the database's owner may create) on the latest rows answer
 * the same `ilike` from the index (about 0.1 s, cold).
 *
 * A database user that may not create the extension gets no indexes and a notice: the search box
 * works as before, only slower. Payload's schema snapshot does not know these indexes.
 */
const listings = ['offers', 'mentors', 'school_options']
const columns = ['version_title', 'version_summary', 'version_external_id']

const indexName = (table: string, column: string) => `_${table}_v_latest_${column}_trgm_idx`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DO $$ BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
    RAISE NOTICE 'pg_trgm not available (%): the admin search over listings runs without its indexes', SQLERRM;
  END $$;`),
  )
  const creates = listings.flatMap((table) =>
    columns.map(
      (column) =>
        `CREATE INDEX IF NOT EXISTS "${indexName(table, column)}" ON "_${table}_v" USING gin ("${column}" gin_trgm_ops) WHERE "latest";`,
    ),
  )
  await db.execute(
    sql.raw(`
  DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
      ${creates.join('\n      ')}
    END IF;
  END $$;`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of listings)
    for (const column of columns)
      await db.execute(sql.raw(`DROP INDEX IF EXISTS "${indexName(table, column)}";`))
}
