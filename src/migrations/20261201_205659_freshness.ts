import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_last_verified_how" AS ENUM('owner', 'consultant', 'review', 'imported');
  CREATE TYPE "public"."enum__offers_v_version_last_verified_how" AS ENUM('owner', 'consultant', 'review', 'imported');
  CREATE TYPE "public"."enum_mentors_last_verified_how" AS ENUM('owner', 'consultant', 'review', 'imported');
  CREATE TYPE "public"."enum__mentors_v_version_last_verified_how" AS ENUM('owner', 'consultant', 'review', 'imported');
  CREATE TYPE "public"."enum_school_options_last_verified_how" AS ENUM('owner', 'consultant', 'review', 'imported');
  CREATE TYPE "public"."enum__school_options_v_version_last_verified_how" AS ENUM('owner', 'consultant', 'review', 'imported');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'syncSearchDocument';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'resyncOverdueListings' BEFORE 'syncSearchDocument';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'syncSearchDocument';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'resyncOverdueListings' BEFORE 'syncSearchDocument';
  CREATE TABLE "review_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"listing" varchar NOT NULL,
  	"cycle_due_at" timestamp(3) with time zone NOT NULL,
  	"last_reminded_at" timestamp(3) with time zone,
  	"secretariat_told_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "offers" ADD COLUMN "last_verified_how" "enum_offers_last_verified_how";
  ALTER TABLE "offers" ADD COLUMN "last_verified_by_id" integer;
  ALTER TABLE "_offers_v" ADD COLUMN "version_last_verified_how" "enum__offers_v_version_last_verified_how";
  ALTER TABLE "_offers_v" ADD COLUMN "version_last_verified_by_id" integer;
  ALTER TABLE "mentors" ADD COLUMN "last_verified_how" "enum_mentors_last_verified_how";
  ALTER TABLE "mentors" ADD COLUMN "last_verified_by_id" integer;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_last_verified_how" "enum__mentors_v_version_last_verified_how";
  ALTER TABLE "_mentors_v" ADD COLUMN "version_last_verified_by_id" integer;
  ALTER TABLE "school_options" ADD COLUMN "last_verified_how" "enum_school_options_last_verified_how";
  ALTER TABLE "school_options" ADD COLUMN "last_verified_by_id" integer;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_last_verified_how" "enum__school_options_v_version_last_verified_how";
  ALTER TABLE "_school_options_v" ADD COLUMN "version_last_verified_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_reminders_id" integer;
  CREATE UNIQUE INDEX "review_reminders_listing_idx" ON "review_reminders" USING btree ("listing");
  CREATE INDEX "review_reminders_updated_at_idx" ON "review_reminders" USING btree ("updated_at");
  CREATE INDEX "review_reminders_created_at_idx" ON "review_reminders" USING btree ("created_at");
  ALTER TABLE "offers" ADD CONSTRAINT "offers_last_verified_by_id_users_id_fk" FOREIGN KEY ("last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_last_verified_by_id_users_id_fk" FOREIGN KEY ("version_last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors" ADD CONSTRAINT "mentors_last_verified_by_id_users_id_fk" FOREIGN KEY ("last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_version_last_verified_by_id_users_id_fk" FOREIGN KEY ("version_last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options" ADD CONSTRAINT "school_options_last_verified_by_id_users_id_fk" FOREIGN KEY ("last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_version_last_verified_by_id_users_id_fk" FOREIGN KEY ("version_last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_reminders_fk" FOREIGN KEY ("review_reminders_id") REFERENCES "public"."review_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_last_verified_by_idx" ON "offers" USING btree ("last_verified_by_id");
  CREATE INDEX "_offers_v_version_version_last_verified_by_idx" ON "_offers_v" USING btree ("version_last_verified_by_id");
  CREATE INDEX "mentors_last_verified_by_idx" ON "mentors" USING btree ("last_verified_by_id");
  CREATE INDEX "_mentors_v_version_version_last_verified_by_idx" ON "_mentors_v" USING btree ("version_last_verified_by_id");
  CREATE INDEX "school_options_last_verified_by_idx" ON "school_options" USING btree ("last_verified_by_id");
  CREATE INDEX "_school_options_v_version_version_last_verified_by_idx" ON "_school_options_v" USING btree ("version_last_verified_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("review_reminders_id");`)
  // Listings verified before this migration were verified by typing a date: count them as
  // imported, and compute every review date as trackVerification does (6 months for offers and
  // mentors, 12 for school options; never verified: 30 days after creation).
  for (const [table, months] of [
    ['offers', 6],
    ['mentors', 6],
    ['school_options', 12],
  ] as const) {
    await db.execute(
      sql.raw(`
      UPDATE "${table}" SET "last_verified_how" = 'imported' WHERE "last_verified_at" IS NOT NULL;
      UPDATE "${table}" SET "next_review_at" = CASE
        WHEN "last_verified_at" IS NOT NULL THEN "last_verified_at" + interval '${months} months'
        ELSE "created_at" + interval '30 days' END;
      UPDATE "_${table}_v" SET "version_last_verified_how" = 'imported'
        WHERE "version_last_verified_at" IS NOT NULL;`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_reminders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_reminders" CASCADE;
  ALTER TABLE "offers" DROP CONSTRAINT "offers_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "_offers_v" DROP CONSTRAINT "_offers_v_version_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "mentors" DROP CONSTRAINT "mentors_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "_mentors_v" DROP CONSTRAINT "_mentors_v_version_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "school_options" DROP CONSTRAINT "school_options_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "_school_options_v" DROP CONSTRAINT "_school_options_v_version_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_reminders_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "offers_last_verified_by_idx";
  DROP INDEX "_offers_v_version_version_last_verified_by_idx";
  DROP INDEX "mentors_last_verified_by_idx";
  DROP INDEX "_mentors_v_version_version_last_verified_by_idx";
  DROP INDEX "school_options_last_verified_by_idx";
  DROP INDEX "_school_options_v_version_version_last_verified_by_idx";
  DROP INDEX "payload_locked_documents_rels_review_reminders_id_idx";
  ALTER TABLE "offers" DROP COLUMN "last_verified_how";
  ALTER TABLE "offers" DROP COLUMN "last_verified_by_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_last_verified_how";
  ALTER TABLE "_offers_v" DROP COLUMN "version_last_verified_by_id";
  ALTER TABLE "mentors" DROP COLUMN "last_verified_how";
  ALTER TABLE "mentors" DROP COLUMN "last_verified_by_id";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_last_verified_how";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_last_verified_by_id";
  ALTER TABLE "school_options" DROP COLUMN "last_verified_how";
  ALTER TABLE "school_options" DROP COLUMN "last_verified_by_id";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_last_verified_how";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_last_verified_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_reminders_id";
  DROP TYPE "public"."enum_offers_last_verified_how";
  DROP TYPE "public"."enum__offers_v_version_last_verified_how";
  DROP TYPE "public"."enum_mentors_last_verified_how";
  DROP TYPE "public"."enum__mentors_v_version_last_verified_how";
  DROP TYPE "public"."enum_school_options_last_verified_how";
  DROP TYPE "public"."enum__school_options_v_version_last_verified_how";`)
}
