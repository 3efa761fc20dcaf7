import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Payload's scheduled tasks: the stats global remembers each schedule's last run; `meta`
  // marks the jobs that scheduling queued.
  await db.execute(sql`
   CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;`)

  // The runner now works every queue: its wake-up channel is named for jobs, not search
  // (src/jobs/runner.ts, JOBS_CHANNEL). Replaces the trigger of migration search_jobs.
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "payload_jobs_notify_search" ON "payload_jobs";
  DROP FUNCTION IF EXISTS "videnportal_notify_search_jobs"();
  CREATE FUNCTION "videnportal_notify_jobs"() RETURNS trigger AS $$
  BEGIN
    PERFORM pg_notify('videnportal_jobs', '');
    RETURN NULL;
  END
  $$ LANGUAGE plpgsql;
  CREATE TRIGGER "payload_jobs_notify"
    AFTER INSERT ON "payload_jobs"
    FOR EACH STATEMENT EXECUTE FUNCTION "videnportal_notify_jobs"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "payload_jobs_notify" ON "payload_jobs";
  DROP FUNCTION IF EXISTS "videnportal_notify_jobs"();
  CREATE FUNCTION "videnportal_notify_search_jobs"() RETURNS trigger AS $$
  BEGIN
    PERFORM pg_notify('videnportal_search_jobs', '');
    RETURN NULL;
  END
  $$ LANGUAGE plpgsql;
  CREATE TRIGGER "payload_jobs_notify_search"
    AFTER INSERT ON "payload_jobs"
    FOR EACH STATEMENT EXECUTE FUNCTION "videnportal_notify_search_jobs"();`)
  await db.execute(sql`
   DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
