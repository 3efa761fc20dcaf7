import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_outcomes_frequency" AS ENUM('each-session', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'start-and-end');
  CREATE TYPE "public"."enum_offers_outcomes_report_when" AS ENUM('monthly', 'quarterly', 'follow-up-meeting', 'half-yearly', 'at-end', 'on-change');
  CREATE TYPE "public"."enum__offers_v_version_outcomes_frequency" AS ENUM('each-session', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'start-and-end');
  CREATE TYPE "public"."enum__offers_v_version_outcomes_report_when" AS ENUM('monthly', 'quarterly', 'follow-up-meeting', 'half-yearly', 'at-end', 'on-change');
  CREATE TYPE "public"."enum_mentors_outcomes_frequency" AS ENUM('each-session', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'start-and-end');
  CREATE TYPE "public"."enum_mentors_outcomes_report_when" AS ENUM('monthly', 'quarterly', 'follow-up-meeting', 'half-yearly', 'at-end', 'on-change');
  CREATE TYPE "public"."enum__mentors_v_version_outcomes_frequency" AS ENUM('each-session', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'start-and-end');
  CREATE TYPE "public"."enum__mentors_v_version_outcomes_report_when" AS ENUM('monthly', 'quarterly', 'follow-up-meeting', 'half-yearly', 'at-end', 'on-change');
  CREATE TYPE "public"."enum_school_options_outcomes_frequency" AS ENUM('each-session', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'start-and-end');
  CREATE TYPE "public"."enum_school_options_outcomes_report_when" AS ENUM('monthly', 'quarterly', 'follow-up-meeting', 'half-yearly', 'at-end', 'on-change');
  CREATE TYPE "public"."enum__school_options_v_version_outcomes_frequency" AS ENUM('each-session', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'start-and-end');
  CREATE TYPE "public"."enum__school_options_v_version_outcomes_report_when" AS ENUM('monthly', 'quarterly', 'follow-up-meeting', 'half-yearly', 'at-end', 'on-change');
  CREATE TABLE "offers_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"outcome_id" integer,
  	"method" varchar,
  	"frequency" "enum_offers_outcomes_frequency",
  	"report_when" "enum_offers_outcomes_report_when",
  	"caseworker_receives" varchar
  );
  
  CREATE TABLE "_offers_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"outcome_id" integer,
  	"method" varchar,
  	"frequency" "enum__offers_v_version_outcomes_frequency",
  	"report_when" "enum__offers_v_version_outcomes_report_when",
  	"caseworker_receives" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "mentors_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"outcome_id" integer,
  	"method" varchar,
  	"frequency" "enum_mentors_outcomes_frequency",
  	"report_when" "enum_mentors_outcomes_report_when",
  	"caseworker_receives" varchar
  );
  
  CREATE TABLE "_mentors_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"outcome_id" integer,
  	"method" varchar,
  	"frequency" "enum__mentors_v_version_outcomes_frequency",
  	"report_when" "enum__mentors_v_version_outcomes_report_when",
  	"caseworker_receives" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "school_options_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"outcome_id" integer,
  	"method" varchar,
  	"frequency" "enum_school_options_outcomes_frequency",
  	"report_when" "enum_school_options_outcomes_report_when",
  	"caseworker_receives" varchar
  );
  
  CREATE TABLE "_school_options_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"outcome_id" integer,
  	"method" varchar,
  	"frequency" "enum__school_options_v_version_outcomes_frequency",
  	"report_when" "enum__school_options_v_version_outcomes_report_when",
  	"caseworker_receives" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "outcomes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"slug" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outcomes_id" integer;
  ALTER TABLE "offers_outcomes" ADD CONSTRAINT "offers_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_outcomes" ADD CONSTRAINT "offers_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_outcomes" ADD CONSTRAINT "_offers_v_version_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_outcomes" ADD CONSTRAINT "_offers_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_outcomes" ADD CONSTRAINT "mentors_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors_outcomes" ADD CONSTRAINT "mentors_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_outcomes" ADD CONSTRAINT "_mentors_v_version_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_outcomes" ADD CONSTRAINT "_mentors_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_mentors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_outcomes" ADD CONSTRAINT "school_options_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options_outcomes" ADD CONSTRAINT "school_options_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_version_outcomes" ADD CONSTRAINT "_school_options_v_version_outcomes_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v_version_outcomes" ADD CONSTRAINT "_school_options_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_school_options_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_outcomes_order_idx" ON "offers_outcomes" USING btree ("_order");
  CREATE INDEX "offers_outcomes_parent_id_idx" ON "offers_outcomes" USING btree ("_parent_id");
  CREATE INDEX "offers_outcomes_outcome_idx" ON "offers_outcomes" USING btree ("outcome_id");
  CREATE INDEX "_offers_v_version_outcomes_order_idx" ON "_offers_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_offers_v_version_outcomes_parent_id_idx" ON "_offers_v_version_outcomes" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_outcomes_outcome_idx" ON "_offers_v_version_outcomes" USING btree ("outcome_id");
  CREATE INDEX "mentors_outcomes_order_idx" ON "mentors_outcomes" USING btree ("_order");
  CREATE INDEX "mentors_outcomes_parent_id_idx" ON "mentors_outcomes" USING btree ("_parent_id");
  CREATE INDEX "mentors_outcomes_outcome_idx" ON "mentors_outcomes" USING btree ("outcome_id");
  CREATE INDEX "_mentors_v_version_outcomes_order_idx" ON "_mentors_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_mentors_v_version_outcomes_parent_id_idx" ON "_mentors_v_version_outcomes" USING btree ("_parent_id");
  CREATE INDEX "_mentors_v_version_outcomes_outcome_idx" ON "_mentors_v_version_outcomes" USING btree ("outcome_id");
  CREATE INDEX "school_options_outcomes_order_idx" ON "school_options_outcomes" USING btree ("_order");
  CREATE INDEX "school_options_outcomes_parent_id_idx" ON "school_options_outcomes" USING btree ("_parent_id");
  CREATE INDEX "school_options_outcomes_outcome_idx" ON "school_options_outcomes" USING btree ("outcome_id");
  CREATE INDEX "_school_options_v_version_outcomes_order_idx" ON "_school_options_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_school_options_v_version_outcomes_parent_id_idx" ON "_school_options_v_version_outcomes" USING btree ("_parent_id");
  CREATE INDEX "_school_options_v_version_outcomes_outcome_idx" ON "_school_options_v_version_outcomes" USING btree ("outcome_id");
  CREATE UNIQUE INDEX "outcomes_slug_idx" ON "outcomes" USING btree ("slug");
  CREATE INDEX "outcomes_updated_at_idx" ON "outcomes" USING btree ("updated_at");
  CREATE INDEX "outcomes_created_at_idx" ON "outcomes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outcomes_fk" FOREIGN KEY ("outcomes_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_outcomes_id_idx" ON "payload_locked_documents_rels" USING btree ("outcomes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v_version_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "school_options_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_school_options_v_version_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outcomes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "offers_outcomes" CASCADE;
  DROP TABLE "_offers_v_version_outcomes" CASCADE;
  DROP TABLE "mentors_outcomes" CASCADE;
  DROP TABLE "_mentors_v_version_outcomes" CASCADE;
  DROP TABLE "school_options_outcomes" CASCADE;
  DROP TABLE "_school_options_v_version_outcomes" CASCADE;
  DROP TABLE "outcomes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outcomes_fk";
  
  DROP INDEX "payload_locked_documents_rels_outcomes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outcomes_id";
  DROP TYPE "public"."enum_offers_outcomes_frequency";
  DROP TYPE "public"."enum_offers_outcomes_report_when";
  DROP TYPE "public"."enum__offers_v_version_outcomes_frequency";
  DROP TYPE "public"."enum__offers_v_version_outcomes_report_when";
  DROP TYPE "public"."enum_mentors_outcomes_frequency";
  DROP TYPE "public"."enum_mentors_outcomes_report_when";
  DROP TYPE "public"."enum__mentors_v_version_outcomes_frequency";
  DROP TYPE "public"."enum__mentors_v_version_outcomes_report_when";
  DROP TYPE "public"."enum_school_options_outcomes_frequency";
  DROP TYPE "public"."enum_school_options_outcomes_report_when";
  DROP TYPE "public"."enum__school_options_v_version_outcomes_frequency";
  DROP TYPE "public"."enum__school_options_v_version_outcomes_report_when";`)
}
