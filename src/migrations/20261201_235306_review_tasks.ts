import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_tasks_status" AS ENUM('open', 'done');
  CREATE TYPE "public"."enum_review_tasks_kind" AS ENUM('repealed-provision', 'legislation-note', 'act-changed');
  CREATE TYPE "public"."enum_review_tasks_assignee" AS ENUM('owners', 'consultants');
  CREATE TABLE "review_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"detail" varchar,
  	"status" "enum_review_tasks_status" DEFAULT 'open' NOT NULL,
  	"kind" "enum_review_tasks_kind" NOT NULL,
  	"assignee" "enum_review_tasks_assignee" NOT NULL,
  	"organization_id" integer,
  	"note_id" integer,
  	"legal_basis_id" integer,
  	"dedupe_key" varchar NOT NULL,
  	"completed_by_id" integer,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_tasks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"mentors_id" integer,
  	"school_options_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_tasks_id" integer;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_note_id_legislation_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."legislation_notes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_legal_basis_id_legal_bases_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_mentors_fk" FOREIGN KEY ("mentors_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_school_options_fk" FOREIGN KEY ("school_options_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_tasks_status_idx" ON "review_tasks" USING btree ("status");
  CREATE INDEX "review_tasks_kind_idx" ON "review_tasks" USING btree ("kind");
  CREATE INDEX "review_tasks_organization_idx" ON "review_tasks" USING btree ("organization_id");
  CREATE INDEX "review_tasks_note_idx" ON "review_tasks" USING btree ("note_id");
  CREATE INDEX "review_tasks_legal_basis_idx" ON "review_tasks" USING btree ("legal_basis_id");
  CREATE UNIQUE INDEX "review_tasks_dedupe_key_idx" ON "review_tasks" USING btree ("dedupe_key");
  CREATE INDEX "review_tasks_completed_by_idx" ON "review_tasks" USING btree ("completed_by_id");
  CREATE INDEX "review_tasks_updated_at_idx" ON "review_tasks" USING btree ("updated_at");
  CREATE INDEX "review_tasks_created_at_idx" ON "review_tasks" USING btree ("created_at");
  CREATE INDEX "review_tasks_rels_order_idx" ON "review_tasks_rels" USING btree ("order");
  CREATE INDEX "review_tasks_rels_parent_idx" ON "review_tasks_rels" USING btree ("parent_id");
  CREATE INDEX "review_tasks_rels_path_idx" ON "review_tasks_rels" USING btree ("path");
  CREATE INDEX "review_tasks_rels_offers_id_idx" ON "review_tasks_rels" USING btree ("offers_id");
  CREATE INDEX "review_tasks_rels_mentors_id_idx" ON "review_tasks_rels" USING btree ("mentors_id");
  CREATE INDEX "review_tasks_rels_school_options_id_idx" ON "review_tasks_rels" USING btree ("school_options_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_tasks_fk" FOREIGN KEY ("review_tasks_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("review_tasks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_tasks_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_tasks" CASCADE;
  DROP TABLE "review_tasks_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_tasks_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_tasks_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_tasks_id";
  DROP TYPE "public"."enum_review_tasks_status";
  DROP TYPE "public"."enum_review_tasks_kind";
  DROP TYPE "public"."enum_review_tasks_assignee";`)
}
