import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_legal_basis_moves_status" AS ENUM('proposed', 'applied', 'superseded');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'noticeRepeals' BEFORE 'errorReportsDaily';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'noticeRepeals' BEFORE 'errorReportsDaily';
  CREATE TABLE "legal_basis_moves" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar NOT NULL,
  	"listing_key" varchar NOT NULL,
  	"organization_id" integer,
  	"from_id" integer,
  	"to_id" integer,
  	"status" "enum_legal_basis_moves_status" NOT NULL,
  	"proposed_by_id" integer,
  	"proposed_at" timestamp(3) with time zone NOT NULL,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_basis_moves_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"mentors_id" integer,
  	"school_options_id" integer
  );
  
  ALTER TABLE "offers" ADD COLUMN "cites_repealed" boolean DEFAULT false;
  ALTER TABLE "_offers_v" ADD COLUMN "version_cites_repealed" boolean DEFAULT false;
  ALTER TABLE "mentors" ADD COLUMN "cites_repealed" boolean DEFAULT false;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_cites_repealed" boolean DEFAULT false;
  ALTER TABLE "school_options" ADD COLUMN "cites_repealed" boolean DEFAULT false;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_cites_repealed" boolean DEFAULT false;
  ALTER TABLE "legislation_notes" ADD COLUMN "cites_repealed" boolean DEFAULT false;
  ALTER TABLE "_legislation_notes_v" ADD COLUMN "version_cites_repealed" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "legal_basis_moves_id" integer;
  ALTER TABLE "legal_basis_moves" ADD CONSTRAINT "legal_basis_moves_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_basis_moves" ADD CONSTRAINT "legal_basis_moves_from_id_legal_bases_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."legal_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_basis_moves" ADD CONSTRAINT "legal_basis_moves_to_id_legal_bases_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."legal_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_basis_moves" ADD CONSTRAINT "legal_basis_moves_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_basis_moves" ADD CONSTRAINT "legal_basis_moves_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_basis_moves_rels" ADD CONSTRAINT "legal_basis_moves_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_basis_moves"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_basis_moves_rels" ADD CONSTRAINT "legal_basis_moves_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_basis_moves_rels" ADD CONSTRAINT "legal_basis_moves_rels_mentors_fk" FOREIGN KEY ("mentors_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_basis_moves_rels" ADD CONSTRAINT "legal_basis_moves_rels_school_options_fk" FOREIGN KEY ("school_options_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "legal_basis_moves_listing_key_idx" ON "legal_basis_moves" USING btree ("listing_key");
  CREATE INDEX "legal_basis_moves_organization_idx" ON "legal_basis_moves" USING btree ("organization_id");
  CREATE INDEX "legal_basis_moves_from_idx" ON "legal_basis_moves" USING btree ("from_id");
  CREATE INDEX "legal_basis_moves_to_idx" ON "legal_basis_moves" USING btree ("to_id");
  CREATE INDEX "legal_basis_moves_status_idx" ON "legal_basis_moves" USING btree ("status");
  CREATE INDEX "legal_basis_moves_proposed_by_idx" ON "legal_basis_moves" USING btree ("proposed_by_id");
  CREATE INDEX "legal_basis_moves_decided_by_idx" ON "legal_basis_moves" USING btree ("decided_by_id");
  CREATE INDEX "legal_basis_moves_updated_at_idx" ON "legal_basis_moves" USING btree ("updated_at");
  CREATE INDEX "legal_basis_moves_created_at_idx" ON "legal_basis_moves" USING btree ("created_at");
  CREATE INDEX "legal_basis_moves_rels_order_idx" ON "legal_basis_moves_rels" USING btree ("order");
  CREATE INDEX "legal_basis_moves_rels_parent_idx" ON "legal_basis_moves_rels" USING btree ("parent_id");
  CREATE INDEX "legal_basis_moves_rels_path_idx" ON "legal_basis_moves_rels" USING btree ("path");
  CREATE INDEX "legal_basis_moves_rels_offers_id_idx" ON "legal_basis_moves_rels" USING btree ("offers_id");
  CREATE INDEX "legal_basis_moves_rels_mentors_id_idx" ON "legal_basis_moves_rels" USING btree ("mentors_id");
  CREATE INDEX "legal_basis_moves_rels_school_options_id_idx" ON "legal_basis_moves_rels" USING btree ("school_options_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_basis_moves_fk" FOREIGN KEY ("legal_basis_moves_id") REFERENCES "public"."legal_basis_moves"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_cites_repealed_idx" ON "offers" USING btree ("cites_repealed");
  CREATE INDEX "_offers_v_version_version_cites_repealed_idx" ON "_offers_v" USING btree ("version_cites_repealed");
  CREATE INDEX "mentors_cites_repealed_idx" ON "mentors" USING btree ("cites_repealed");
  CREATE INDEX "_mentors_v_version_version_cites_repealed_idx" ON "_mentors_v" USING btree ("version_cites_repealed");
  CREATE INDEX "school_options_cites_repealed_idx" ON "school_options" USING btree ("cites_repealed");
  CREATE INDEX "_school_options_v_version_version_cites_repealed_idx" ON "_school_options_v" USING btree ("version_cites_repealed");
  CREATE INDEX "legislation_notes_cites_repealed_idx" ON "legislation_notes" USING btree ("cites_repealed");
  CREATE INDEX "_legislation_notes_v_version_version_cites_repealed_idx" ON "_legislation_notes_v" USING btree ("version_cites_repealed");
  CREATE INDEX "payload_locked_documents_rels_legal_basis_moves_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_basis_moves_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_basis_moves" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_basis_moves_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "legal_basis_moves" CASCADE;
  DROP TABLE "legal_basis_moves_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_legal_basis_moves_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "offers_cites_repealed_idx";
  DROP INDEX "_offers_v_version_version_cites_repealed_idx";
  DROP INDEX "mentors_cites_repealed_idx";
  DROP INDEX "_mentors_v_version_version_cites_repealed_idx";
  DROP INDEX "school_options_cites_repealed_idx";
  DROP INDEX "_school_options_v_version_version_cites_repealed_idx";
  DROP INDEX "legislation_notes_cites_repealed_idx";
  DROP INDEX "_legislation_notes_v_version_version_cites_repealed_idx";
  DROP INDEX "payload_locked_documents_rels_legal_basis_moves_id_idx";
  ALTER TABLE "offers" DROP COLUMN "cites_repealed";
  ALTER TABLE "_offers_v" DROP COLUMN "version_cites_repealed";
  ALTER TABLE "mentors" DROP COLUMN "cites_repealed";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_cites_repealed";
  ALTER TABLE "school_options" DROP COLUMN "cites_repealed";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_cites_repealed";
  ALTER TABLE "legislation_notes" DROP COLUMN "cites_repealed";
  ALTER TABLE "_legislation_notes_v" DROP COLUMN "version_cites_repealed";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "legal_basis_moves_id";
  DROP TYPE "public"."enum_legal_basis_moves_status";`)
}
