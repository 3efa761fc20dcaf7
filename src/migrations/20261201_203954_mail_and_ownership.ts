import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_mail_opt_out" AS ENUM('reviewReminders', 'reviewDigest', 'moderationDecisions', 'errorReports', 'secretariatAlerts');
  CREATE TYPE "public"."enum_mail_outbox_status" AS ENUM('queued', 'sent', 'kept', 'failed');
  CREATE TYPE "public"."enum_mail_outbox_topic" AS ENUM('reviewReminders', 'reviewDigest', 'moderationDecisions', 'errorReports', 'secretariatAlerts');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMail' BEFORE 'syncSearchDocument';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMail' BEFORE 'syncSearchDocument';
  CREATE TABLE "users_mail_opt_out" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_mail_opt_out",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "mail_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"status" "enum_mail_outbox_status" DEFAULT 'queued' NOT NULL,
  	"topic" "enum_mail_outbox_topic",
  	"recipient_id" integer,
  	"reason" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"html" varchar NOT NULL,
  	"unsubscribe_url" varchar,
  	"dedupe_key" varchar,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "offers" ADD COLUMN "responsible_consultant_id" integer;
  ALTER TABLE "_offers_v" ADD COLUMN "version_responsible_consultant_id" integer;
  ALTER TABLE "mentors" ADD COLUMN "responsible_consultant_id" integer;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_responsible_consultant_id" integer;
  ALTER TABLE "school_options" ADD COLUMN "responsible_consultant_id" integer;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_responsible_consultant_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "responsible_consultant_id" integer;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_responsible_consultant_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_outbox_id" integer;
  ALTER TABLE "users_mail_opt_out" ADD CONSTRAINT "users_mail_opt_out_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_mail_opt_out_order_idx" ON "users_mail_opt_out" USING btree ("order");
  CREATE INDEX "users_mail_opt_out_parent_idx" ON "users_mail_opt_out" USING btree ("parent_id");
  CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to");
  CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status");
  CREATE INDEX "mail_outbox_recipient_idx" ON "mail_outbox" USING btree ("recipient_id");
  CREATE UNIQUE INDEX "mail_outbox_dedupe_key_idx" ON "mail_outbox" USING btree ("dedupe_key");
  CREATE INDEX "mail_outbox_updated_at_idx" ON "mail_outbox" USING btree ("updated_at");
  CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox" USING btree ("created_at");
  ALTER TABLE "offers" ADD CONSTRAINT "offers_responsible_consultant_id_users_id_fk" FOREIGN KEY ("responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_responsible_consultant_id_users_id_fk" FOREIGN KEY ("version_responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors" ADD CONSTRAINT "mentors_responsible_consultant_id_users_id_fk" FOREIGN KEY ("responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_version_responsible_consultant_id_users_id_fk" FOREIGN KEY ("version_responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options" ADD CONSTRAINT "school_options_responsible_consultant_id_users_id_fk" FOREIGN KEY ("responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_version_responsible_consultant_id_users_id_fk" FOREIGN KEY ("version_responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_responsible_consultant_id_users_id_fk" FOREIGN KEY ("responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_responsible_consultant_id_users_id_fk" FOREIGN KEY ("version_responsible_consultant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk" FOREIGN KEY ("mail_outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_responsible_consultant_idx" ON "offers" USING btree ("responsible_consultant_id");
  CREATE INDEX "_offers_v_version_version_responsible_consultant_idx" ON "_offers_v" USING btree ("version_responsible_consultant_id");
  CREATE INDEX "mentors_responsible_consultant_idx" ON "mentors" USING btree ("responsible_consultant_id");
  CREATE INDEX "_mentors_v_version_version_responsible_consultant_idx" ON "_mentors_v" USING btree ("version_responsible_consultant_id");
  CREATE INDEX "school_options_responsible_consultant_idx" ON "school_options" USING btree ("responsible_consultant_id");
  CREATE INDEX "_school_options_v_version_version_responsible_consultant_idx" ON "_school_options_v" USING btree ("version_responsible_consultant_id");
  CREATE INDEX "organizations_responsible_consultant_idx" ON "organizations" USING btree ("responsible_consultant_id");
  CREATE INDEX "_organizations_v_version_version_responsible_consultant_idx" ON "_organizations_v" USING btree ("version_responsible_consultant_id");
  CREATE INDEX "payload_locked_documents_rels_mail_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_outbox_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_mail_opt_out" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_outbox" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_mail_opt_out" CASCADE;
  DROP TABLE "mail_outbox" CASCADE;
  ALTER TABLE "offers" DROP CONSTRAINT "offers_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "_offers_v" DROP CONSTRAINT "_offers_v_version_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "mentors" DROP CONSTRAINT "mentors_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "_mentors_v" DROP CONSTRAINT "_mentors_v_version_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "school_options" DROP CONSTRAINT "school_options_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "_school_options_v" DROP CONSTRAINT "_school_options_v_version_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "_organizations_v" DROP CONSTRAINT "_organizations_v_version_responsible_consultant_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "offers_responsible_consultant_idx";
  DROP INDEX "_offers_v_version_version_responsible_consultant_idx";
  DROP INDEX "mentors_responsible_consultant_idx";
  DROP INDEX "_mentors_v_version_version_responsible_consultant_idx";
  DROP INDEX "school_options_responsible_consultant_idx";
  DROP INDEX "_school_options_v_version_version_responsible_consultant_idx";
  DROP INDEX "organizations_responsible_consultant_idx";
  DROP INDEX "_organizations_v_version_version_responsible_consultant_idx";
  DROP INDEX "payload_locked_documents_rels_mail_outbox_id_idx";
  ALTER TABLE "offers" DROP COLUMN "responsible_consultant_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_responsible_consultant_id";
  ALTER TABLE "mentors" DROP COLUMN "responsible_consultant_id";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_responsible_consultant_id";
  ALTER TABLE "school_options" DROP COLUMN "responsible_consultant_id";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_responsible_consultant_id";
  ALTER TABLE "organizations" DROP COLUMN "responsible_consultant_id";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_responsible_consultant_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_outbox_id";
  DROP TYPE "public"."enum_users_mail_opt_out";
  DROP TYPE "public"."enum_mail_outbox_status";
  DROP TYPE "public"."enum_mail_outbox_topic";`)
}
