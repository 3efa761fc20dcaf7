import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscriptions_kind" AS ENUM('topic', 'law');
  CREATE TYPE "public"."enum_subscriptions_law" AS ENUM('barnets-lov', 'serviceloven', 'folkeskoleloven', 'dagtilbudsloven', 'sundhedsloven', 'kui-loven', 'fgu-loven', 'stu-loven', 'retssikkerhedsloven', 'friskoleloven', 'efterskoleloven');
  ALTER TYPE "public"."enum_users_mail_opt_out" ADD VALUE 'followDigest' BEFORE 'secretariatAlerts';
  ALTER TYPE "public"."enum_mail_outbox_topic" ADD VALUE 'followDigest' BEFORE 'secretariatAlerts';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendFollowDigest' BEFORE 'sendMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendFollowDigest' BEFORE 'sendMail';
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"kind" "enum_subscriptions_kind" NOT NULL,
  	"topic_id" integer,
  	"law" "enum_subscriptions_law",
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"seen_at" timestamp(3) with time zone,
  	"since_at" timestamp(3) with time zone,
  	"digested_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_visits_id" integer;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_visits" ADD CONSTRAINT "follow_visits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscriptions_user_idx" ON "subscriptions" USING btree ("user_id");
  CREATE INDEX "subscriptions_topic_idx" ON "subscriptions" USING btree ("topic_id");
  CREATE UNIQUE INDEX "subscriptions_key_idx" ON "subscriptions" USING btree ("key");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "follow_visits_user_idx" ON "follow_visits" USING btree ("user_id");
  CREATE INDEX "follow_visits_updated_at_idx" ON "follow_visits" USING btree ("updated_at");
  CREATE INDEX "follow_visits_created_at_idx" ON "follow_visits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_visits_fk" FOREIGN KEY ("follow_visits_id") REFERENCES "public"."follow_visits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_follow_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_visits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_visits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscriptions" CASCADE;
  DROP TABLE "follow_visits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_visits_fk";
  
  ALTER TABLE "users_mail_opt_out" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_mail_opt_out";
  CREATE TYPE "public"."enum_users_mail_opt_out" AS ENUM('reviewReminders', 'reviewDigest', 'moderationDecisions', 'errorReports', 'secretariatAlerts');
  ALTER TABLE "users_mail_opt_out" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_mail_opt_out" USING "value"::"public"."enum_users_mail_opt_out";
  ALTER TABLE "mail_outbox" ALTER COLUMN "topic" SET DATA TYPE text;
  DROP TYPE "public"."enum_mail_outbox_topic";
  CREATE TYPE "public"."enum_mail_outbox_topic" AS ENUM('reviewReminders', 'reviewDigest', 'moderationDecisions', 'errorReports', 'secretariatAlerts');
  ALTER TABLE "mail_outbox" ALTER COLUMN "topic" SET DATA TYPE "public"."enum_mail_outbox_topic" USING "topic"::"public"."enum_mail_outbox_topic";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_follow_visits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_visits_id";
  DROP TYPE "public"."enum_subscriptions_kind";
  DROP TYPE "public"."enum_subscriptions_law";`)
}
