import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Indexes for 100 000 listings (issue 21), found with EXPLAIN on generated data
 * (`npm run bench:portal -- --listings 100000`). Payload indexes single columns; what it lacks:
 * - the admin's list view (and every `draft: true` read) reads `_<listing>_v` where `latest`,
 *   sorted by title (the listings' default sort) or by update time: without a partial index on
 *   the latest rows it sorts the whole table (0.7 s at 66 000 offers, more with version history);
 *   with one it reads ten rows in order;
 * - relationship filters (`exists … where parent_id = … and path = …`: HSDS topics and legal
 *   bases, the access and lookup queries) find a listing's relationship rows of one field in one
 *   index.
 * Payload's schema snapshot does not know these indexes, so a later `migrate:create` leaves them
 * alone.
 */
const listings = ['offers', 'mentors', 'school_options']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of listings) {
    await db.execute(
      sql.raw(`
  CREATE INDEX IF NOT EXISTS "_${table}_v_latest_version_title_idx" ON "_${table}_v" USING btree ("version_title") WHERE "latest";
  CREATE INDEX IF NOT EXISTS "_${table}_v_latest_version_updated_at_idx" ON "_${table}_v" USING btree ("version_updated_at") WHERE "latest";
  CREATE INDEX IF NOT EXISTS "${table}_rels_parent_path_idx" ON "${table}_rels" USING btree ("parent_id", "path");
  CREATE INDEX IF NOT EXISTS "_${table}_v_rels_parent_path_idx" ON "_${table}_v_rels" USING btree ("parent_id", "path");`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of listings) {
    await db.execute(
      sql.raw(`
  DROP INDEX IF EXISTS "_${table}_v_latest_version_title_idx";
  DROP INDEX IF EXISTS "_${table}_v_latest_version_updated_at_idx";
  DROP INDEX IF EXISTS "${table}_rels_parent_path_idx";
  DROP INDEX IF EXISTS "_${table}_v_rels_parent_path_idx";`),
    )
  }
}
