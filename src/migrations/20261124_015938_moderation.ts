import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum__offers_v_version_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum_mentors_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum__mentors_v_version_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum_school_options_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum__school_options_v_version_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum_organizations_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum_organizations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_version_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum__organizations_v_version_status" AS ENUM('draft', 'published');
  ALTER TABLE "organizations_agreements" ALTER COLUMN "municipality_id" DROP NOT NULL;
  ALTER TABLE "organizations_agreements" ALTER COLUMN "parties" DROP NOT NULL;
  ALTER TABLE "organizations_agreements" ALTER COLUMN "period_from" DROP NOT NULL;
  ALTER TABLE "organizations_agreements" ALTER COLUMN "purpose" DROP NOT NULL;
  ALTER TABLE "organizations" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "organizations" ALTER COLUMN "type" DROP NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "municipality_id" DROP NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "parties" DROP NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "period_from" DROP NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "purpose" DROP NOT NULL;
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_name" DROP NOT NULL;
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_type" DROP NOT NULL;
  ALTER TABLE "offers" ADD COLUMN "review_status" "enum_offers_review_status";
  ALTER TABLE "offers" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "offers" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "offers" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_status" "enum__offers_v_version_review_status";
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "mentors" ADD COLUMN "review_status" "enum_mentors_review_status";
  ALTER TABLE "mentors" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "mentors" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "mentors" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_review_status" "enum__mentors_v_version_review_status";
  ALTER TABLE "_mentors_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "school_options" ADD COLUMN "review_status" "enum_school_options_review_status";
  ALTER TABLE "school_options" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "school_options" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "school_options" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_review_status" "enum__school_options_v_version_review_status";
  ALTER TABLE "_school_options_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "organizations" ADD COLUMN "review_status" "enum_organizations_review_status";
  ALTER TABLE "organizations" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "organizations" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "organizations" ADD COLUMN "_status" "enum_organizations_status" DEFAULT 'draft';
  ALTER TABLE "_organizations_v" ADD COLUMN "version_review_status" "enum__organizations_v_version_review_status";
  ALTER TABLE "_organizations_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_organizations_v" ADD COLUMN "version__status" "enum__organizations_v_version_status" DEFAULT 'draft';
  ALTER TABLE "_organizations_v" ADD COLUMN "latest" boolean;
  ALTER TABLE "media" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "media" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors" ADD CONSTRAINT "mentors_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options" ADD CONSTRAINT "school_options_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "offers_review_review_submitted_by_idx" ON "offers" USING btree ("review_submitted_by_id");
  CREATE INDEX "_offers_v_version_review_version_review_submitted_by_idx" ON "_offers_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "mentors_review_review_submitted_by_idx" ON "mentors" USING btree ("review_submitted_by_id");
  CREATE INDEX "_mentors_v_version_review_version_review_submitted_by_idx" ON "_mentors_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "school_options_review_review_submitted_by_idx" ON "school_options" USING btree ("review_submitted_by_id");
  CREATE INDEX "_school_options_v_version_review_version_review_submitte_idx" ON "_school_options_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "organizations_review_review_submitted_by_idx" ON "organizations" USING btree ("review_submitted_by_id");
  CREATE INDEX "organizations__status_idx" ON "organizations" USING btree ("_status");
  CREATE INDEX "_organizations_v_version_review_version_review_submitted_idx" ON "_organizations_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_organizations_v_version_version__status_idx" ON "_organizations_v" USING btree ("version__status");
  CREATE INDEX "_organizations_v_latest_idx" ON "_organizations_v" USING btree ("latest");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_by_idx" ON "media" USING btree ("updated_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers" DROP CONSTRAINT "offers_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_offers_v" DROP CONSTRAINT "_offers_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "mentors" DROP CONSTRAINT "mentors_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_mentors_v" DROP CONSTRAINT "_mentors_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "school_options" DROP CONSTRAINT "school_options_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_school_options_v" DROP CONSTRAINT "_school_options_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_organizations_v" DROP CONSTRAINT "_organizations_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_created_by_id_users_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_updated_by_id_users_id_fk";
  
  DROP INDEX "offers_review_review_submitted_by_idx";
  DROP INDEX "_offers_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "mentors_review_review_submitted_by_idx";
  DROP INDEX "_mentors_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "school_options_review_review_submitted_by_idx";
  DROP INDEX "_school_options_v_version_review_version_review_submitte_idx";
  DROP INDEX "organizations_review_review_submitted_by_idx";
  DROP INDEX "organizations__status_idx";
  DROP INDEX "_organizations_v_version_review_version_review_submitted_idx";
  DROP INDEX "_organizations_v_version_version__status_idx";
  DROP INDEX "_organizations_v_latest_idx";
  DROP INDEX "media_created_by_idx";
  DROP INDEX "media_updated_by_idx";
  ALTER TABLE "organizations_agreements" ALTER COLUMN "municipality_id" SET NOT NULL;
  ALTER TABLE "organizations_agreements" ALTER COLUMN "parties" SET NOT NULL;
  ALTER TABLE "organizations_agreements" ALTER COLUMN "period_from" SET NOT NULL;
  ALTER TABLE "organizations_agreements" ALTER COLUMN "purpose" SET NOT NULL;
  ALTER TABLE "organizations" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "organizations" ALTER COLUMN "type" SET NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "municipality_id" SET NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "parties" SET NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "period_from" SET NOT NULL;
  ALTER TABLE "_organizations_v_version_agreements" ALTER COLUMN "purpose" SET NOT NULL;
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_name" SET NOT NULL;
  ALTER TABLE "_organizations_v" ALTER COLUMN "version_type" SET NOT NULL;
  ALTER TABLE "offers" DROP COLUMN "review_status";
  ALTER TABLE "offers" DROP COLUMN "review_comment";
  ALTER TABLE "offers" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "offers" DROP COLUMN "review_submitted_at";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "mentors" DROP COLUMN "review_status";
  ALTER TABLE "mentors" DROP COLUMN "review_comment";
  ALTER TABLE "mentors" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "mentors" DROP COLUMN "review_submitted_at";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "school_options" DROP COLUMN "review_status";
  ALTER TABLE "school_options" DROP COLUMN "review_comment";
  ALTER TABLE "school_options" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "school_options" DROP COLUMN "review_submitted_at";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "organizations" DROP COLUMN "review_status";
  ALTER TABLE "organizations" DROP COLUMN "review_comment";
  ALTER TABLE "organizations" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "organizations" DROP COLUMN "review_submitted_at";
  ALTER TABLE "organizations" DROP COLUMN "_status";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_organizations_v" DROP COLUMN "version__status";
  ALTER TABLE "_organizations_v" DROP COLUMN "latest";
  ALTER TABLE "media" DROP COLUMN "created_by_id";
  ALTER TABLE "media" DROP COLUMN "updated_by_id";
  DROP TYPE "public"."enum_offers_review_status";
  DROP TYPE "public"."enum__offers_v_version_review_status";
  DROP TYPE "public"."enum_mentors_review_status";
  DROP TYPE "public"."enum__mentors_v_version_review_status";
  DROP TYPE "public"."enum_school_options_review_status";
  DROP TYPE "public"."enum__school_options_v_version_review_status";
  DROP TYPE "public"."enum_organizations_review_status";
  DROP TYPE "public"."enum_organizations_status";
  DROP TYPE "public"."enum__organizations_v_version_review_status";
  DROP TYPE "public"."enum__organizations_v_version_status";`)
}
