import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_retsinformation_acts_status" AS ENUM('in-force', 'not-in-force', 'unknown');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'watchRetsinformation';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'watchRetsinformation';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  CREATE TABLE "retsinformation_acts_amended_by" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"eli" varchar NOT NULL,
  	"label" varchar,
  	"first_seen_at" timestamp(3) with time zone,
  	"baseline" boolean DEFAULT false
  );
  
  CREATE TABLE "retsinformation_acts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"eli" varchar NOT NULL,
  	"law" varchar,
  	"title" varchar,
  	"status" "enum_retsinformation_acts_status" DEFAULT 'unknown',
  	"no_longer_in_force_on" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"last_succeeded_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "retsinformation_acts_id" integer;
  ALTER TABLE "retsinformation_acts_amended_by" ADD CONSTRAINT "retsinformation_acts_amended_by_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."retsinformation_acts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "retsinformation_acts_amended_by_order_idx" ON "retsinformation_acts_amended_by" USING btree ("_order");
  CREATE INDEX "retsinformation_acts_amended_by_parent_id_idx" ON "retsinformation_acts_amended_by" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "retsinformation_acts_eli_idx" ON "retsinformation_acts" USING btree ("eli");
  CREATE INDEX "retsinformation_acts_updated_at_idx" ON "retsinformation_acts" USING btree ("updated_at");
  CREATE INDEX "retsinformation_acts_created_at_idx" ON "retsinformation_acts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_retsinformation_acts_fk" FOREIGN KEY ("retsinformation_acts_id") REFERENCES "public"."retsinformation_acts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_retsinformation_acts_id_idx" ON "payload_locked_documents_rels" USING btree ("retsinformation_acts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "retsinformation_acts_amended_by" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "retsinformation_acts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "retsinformation_acts_amended_by" CASCADE;
  DROP TABLE "retsinformation_acts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_retsinformation_acts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_retsinformation_acts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "retsinformation_acts_id";
  DROP TYPE "public"."enum_retsinformation_acts_status";`)
}
