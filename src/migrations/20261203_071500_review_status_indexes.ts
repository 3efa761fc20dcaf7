import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * The review badge and queue (issue 21). Every admin page counts what awaits review in each
 * moderated collection (`latest` and `version_review_status = …` on the versions table); without an
 * index that was a full scan of each versions table: 0.4 s for 66 000 offers, cold, on every admin
 * page. A partial index on the few latest rows that carry a review status answers the counts and
 * the queue from the index. Payload's schema snapshot does not know these indexes.
 */
const moderated = ['offers', 'mentors', 'school_options', 'organizations', 'cooperation_sides']

const indexName = (table: string) => `_${table}_v_latest_review_status_idx`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of moderated)
    await db.execute(
      sql.raw(
        `CREATE INDEX IF NOT EXISTS "${indexName(table)}" ON "_${table}_v" USING btree ("version_review_status") WHERE "latest" AND "version_review_status" IS NOT NULL;`,
      ),
    )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of moderated)
    await db.execute(sql.raw(`DROP INDEX IF EXISTS "${indexName(table)}";`))
}
