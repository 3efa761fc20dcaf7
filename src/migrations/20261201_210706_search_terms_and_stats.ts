import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_terms_kind" AS ENUM('group', 'one-way');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applySearchTerms';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'scrubSearchStats';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applySearchTerms';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'scrubSearchStats';
  CREATE TABLE "search_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_search_terms_kind" DEFAULT 'group' NOT NULL,
  	"term" varchar,
  	"note" varchar,
  	"label" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_terms_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "search_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"query_key" varchar NOT NULL,
  	"query" varchar,
  	"filters" varchar,
  	"searches" numeric DEFAULT 0,
  	"zero_results" numeric DEFAULT 0,
  	"last_total" numeric,
  	"clicks" numeric DEFAULT 0,
  	"click_positions" jsonb,
  	"sessions" numeric DEFAULT 0,
  	"session_hashes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_terms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_stats_id" integer;
  ALTER TABLE "search_terms_texts" ADD CONSTRAINT "search_terms_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_terms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_terms_label_idx" ON "search_terms" USING btree ("label");
  CREATE INDEX "search_terms_updated_at_idx" ON "search_terms" USING btree ("updated_at");
  CREATE INDEX "search_terms_created_at_idx" ON "search_terms" USING btree ("created_at");
  CREATE INDEX "search_terms_texts_order_parent" ON "search_terms_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "search_stats_key_idx" ON "search_stats" USING btree ("key");
  CREATE INDEX "search_stats_day_idx" ON "search_stats" USING btree ("day");
  CREATE INDEX "search_stats_updated_at_idx" ON "search_stats" USING btree ("updated_at");
  CREATE INDEX "search_stats_created_at_idx" ON "search_stats" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_terms_fk" FOREIGN KEY ("search_terms_id") REFERENCES "public"."search_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_stats_fk" FOREIGN KEY ("search_stats_id") REFERENCES "public"."search_stats"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("search_terms_id");
  CREATE INDEX "payload_locked_documents_rels_search_stats_id_idx" ON "payload_locked_documents_rels" USING btree ("search_stats_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_terms_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_terms" CASCADE;
  DROP TABLE "search_terms_texts" CASCADE;
  DROP TABLE "search_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_terms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_stats_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_terms_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_stats_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_terms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_stats_id";
  DROP TYPE "public"."enum_search_terms_kind";`)
}
