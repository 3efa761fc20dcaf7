import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_error_reports_category" AS ENUM('outdated', 'wrong-contact', 'closed', 'wrong-price-capacity', 'other');
  CREATE TYPE "public"."enum_error_reports_status" AS ENUM('new', 'in-progress', 'fixed', 'rejected');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'errorReportsDaily';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'errorReportsDaily';
  CREATE TABLE "error_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"category" "enum_error_reports_category" NOT NULL,
  	"text" varchar NOT NULL,
  	"reporter_email" varchar,
  	"status" "enum_error_reports_status" DEFAULT 'new' NOT NULL,
  	"resolution_note" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "error_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"mentors_id" integer,
  	"school_options_id" integer,
  	"organizations_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "error_reports_id" integer;
  ALTER TABLE "error_reports" ADD CONSTRAINT "error_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "error_reports_rels" ADD CONSTRAINT "error_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."error_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "error_reports_rels" ADD CONSTRAINT "error_reports_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "error_reports_rels" ADD CONSTRAINT "error_reports_rels_mentors_fk" FOREIGN KEY ("mentors_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "error_reports_rels" ADD CONSTRAINT "error_reports_rels_school_options_fk" FOREIGN KEY ("school_options_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "error_reports_rels" ADD CONSTRAINT "error_reports_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "error_reports_organization_idx" ON "error_reports" USING btree ("organization_id");
  CREATE INDEX "error_reports_status_idx" ON "error_reports" USING btree ("status");
  CREATE INDEX "error_reports_updated_at_idx" ON "error_reports" USING btree ("updated_at");
  CREATE INDEX "error_reports_created_at_idx" ON "error_reports" USING btree ("created_at");
  CREATE INDEX "error_reports_rels_order_idx" ON "error_reports_rels" USING btree ("order");
  CREATE INDEX "error_reports_rels_parent_idx" ON "error_reports_rels" USING btree ("parent_id");
  CREATE INDEX "error_reports_rels_path_idx" ON "error_reports_rels" USING btree ("path");
  CREATE INDEX "error_reports_rels_offers_id_idx" ON "error_reports_rels" USING btree ("offers_id");
  CREATE INDEX "error_reports_rels_mentors_id_idx" ON "error_reports_rels" USING btree ("mentors_id");
  CREATE INDEX "error_reports_rels_school_options_id_idx" ON "error_reports_rels" USING btree ("school_options_id");
  CREATE INDEX "error_reports_rels_organizations_id_idx" ON "error_reports_rels" USING btree ("organizations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_error_reports_fk" FOREIGN KEY ("error_reports_id") REFERENCES "public"."error_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_error_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("error_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "error_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "error_reports_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "error_reports" CASCADE;
  DROP TABLE "error_reports_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_error_reports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_error_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "error_reports_id";
  DROP TYPE "public"."enum_error_reports_category";
  DROP TYPE "public"."enum_error_reports_status";`)
}
