import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_methods_method_type" AS ENUM('method', 'template', 'procedure');
  CREATE TYPE "public"."enum_methods_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum_methods_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_methods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__methods_v_version_method_type" AS ENUM('method', 'template', 'procedure');
  CREATE TYPE "public"."enum__methods_v_version_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum__methods_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__methods_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "methods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"method_type" "enum_methods_method_type" DEFAULT 'method',
  	"summary" varchar,
  	"description" jsonb,
  	"when_to_use" varchar,
  	"evidence_level" "enum_methods_evidence_level",
  	"owner" varchar,
  	"version" varchar,
  	"version_date" timestamp(3) with time zone,
  	"file_text" varchar,
  	"visibility" "enum_methods_visibility" DEFAULT 'public',
  	"slug" varchar,
  	"external_id" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_methods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "methods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_methods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_method_type" "enum__methods_v_version_method_type" DEFAULT 'method',
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_when_to_use" varchar,
  	"version_evidence_level" "enum__methods_v_version_evidence_level",
  	"version_owner" varchar,
  	"version_version" varchar,
  	"version_version_date" timestamp(3) with time zone,
  	"version_file_text" varchar,
  	"version_visibility" "enum__methods_v_version_visibility" DEFAULT 'public',
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__methods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_methods_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "quality_indicator_sets_themes_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"statement" varchar NOT NULL,
  	"key" varchar
  );
  
  CREATE TABLE "quality_indicator_sets_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"theme" varchar NOT NULL
  );
  
  CREATE TABLE "quality_indicator_sets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"network_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"introduction" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quality_answers_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"comment" varchar
  );
  
  CREATE TABLE "quality_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_set_id" integer NOT NULL,
  	"network_id" integer,
  	"municipality_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"title" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "document_text" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "methods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quality_indicator_sets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quality_answers_id" integer;
  ALTER TABLE "methods" ADD CONSTRAINT "methods_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "methods" ADD CONSTRAINT "methods_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "methods_rels" ADD CONSTRAINT "methods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_rels" ADD CONSTRAINT "methods_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_rels" ADD CONSTRAINT "methods_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_parent_id_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v_rels" ADD CONSTRAINT "_methods_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_rels" ADD CONSTRAINT "_methods_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_rels" ADD CONSTRAINT "_methods_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_indicator_sets_themes_indicators" ADD CONSTRAINT "quality_indicator_sets_themes_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_indicator_sets_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_indicator_sets_themes" ADD CONSTRAINT "quality_indicator_sets_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_indicator_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_indicator_sets" ADD CONSTRAINT "quality_indicator_sets_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_answers_scores" ADD CONSTRAINT "quality_answers_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_answers" ADD CONSTRAINT "quality_answers_indicator_set_id_quality_indicator_sets_id_fk" FOREIGN KEY ("indicator_set_id") REFERENCES "public"."quality_indicator_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_answers" ADD CONSTRAINT "quality_answers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_answers" ADD CONSTRAINT "quality_answers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "methods_method_type_idx" ON "methods" USING btree ("method_type");
  CREATE INDEX "methods_visibility_idx" ON "methods" USING btree ("visibility");
  CREATE UNIQUE INDEX "methods_slug_idx" ON "methods" USING btree ("slug");
  CREATE UNIQUE INDEX "methods_external_id_idx" ON "methods" USING btree ("external_id");
  CREATE INDEX "methods_created_by_idx" ON "methods" USING btree ("created_by_id");
  CREATE INDEX "methods_updated_by_idx" ON "methods" USING btree ("updated_by_id");
  CREATE INDEX "methods_updated_at_idx" ON "methods" USING btree ("updated_at");
  CREATE INDEX "methods_created_at_idx" ON "methods" USING btree ("created_at");
  CREATE INDEX "methods__status_idx" ON "methods" USING btree ("_status");
  CREATE INDEX "methods_rels_order_idx" ON "methods_rels" USING btree ("order");
  CREATE INDEX "methods_rels_parent_idx" ON "methods_rels" USING btree ("parent_id");
  CREATE INDEX "methods_rels_path_idx" ON "methods_rels" USING btree ("path");
  CREATE INDEX "methods_rels_topics_id_idx" ON "methods_rels" USING btree ("topics_id");
  CREATE INDEX "methods_rels_media_id_idx" ON "methods_rels" USING btree ("media_id");
  CREATE INDEX "_methods_v_parent_idx" ON "_methods_v" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_version_method_type_idx" ON "_methods_v" USING btree ("version_method_type");
  CREATE INDEX "_methods_v_version_version_visibility_idx" ON "_methods_v" USING btree ("version_visibility");
  CREATE INDEX "_methods_v_version_version_slug_idx" ON "_methods_v" USING btree ("version_slug");
  CREATE INDEX "_methods_v_version_version_external_id_idx" ON "_methods_v" USING btree ("version_external_id");
  CREATE INDEX "_methods_v_version_version_created_by_idx" ON "_methods_v" USING btree ("version_created_by_id");
  CREATE INDEX "_methods_v_version_version_updated_by_idx" ON "_methods_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_methods_v_version_version_updated_at_idx" ON "_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_methods_v_version_version_created_at_idx" ON "_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_methods_v_version_version__status_idx" ON "_methods_v" USING btree ("version__status");
  CREATE INDEX "_methods_v_created_at_idx" ON "_methods_v" USING btree ("created_at");
  CREATE INDEX "_methods_v_updated_at_idx" ON "_methods_v" USING btree ("updated_at");
  CREATE INDEX "_methods_v_latest_idx" ON "_methods_v" USING btree ("latest");
  CREATE INDEX "_methods_v_rels_order_idx" ON "_methods_v_rels" USING btree ("order");
  CREATE INDEX "_methods_v_rels_parent_idx" ON "_methods_v_rels" USING btree ("parent_id");
  CREATE INDEX "_methods_v_rels_path_idx" ON "_methods_v_rels" USING btree ("path");
  CREATE INDEX "_methods_v_rels_topics_id_idx" ON "_methods_v_rels" USING btree ("topics_id");
  CREATE INDEX "_methods_v_rels_media_id_idx" ON "_methods_v_rels" USING btree ("media_id");
  CREATE INDEX "quality_indicator_sets_themes_indicators_order_idx" ON "quality_indicator_sets_themes_indicators" USING btree ("_order");
  CREATE INDEX "quality_indicator_sets_themes_indicators_parent_id_idx" ON "quality_indicator_sets_themes_indicators" USING btree ("_parent_id");
  CREATE INDEX "quality_indicator_sets_themes_order_idx" ON "quality_indicator_sets_themes" USING btree ("_order");
  CREATE INDEX "quality_indicator_sets_themes_parent_id_idx" ON "quality_indicator_sets_themes" USING btree ("_parent_id");
  CREATE INDEX "quality_indicator_sets_network_idx" ON "quality_indicator_sets" USING btree ("network_id");
  CREATE UNIQUE INDEX "quality_indicator_sets_external_id_idx" ON "quality_indicator_sets" USING btree ("external_id");
  CREATE INDEX "quality_indicator_sets_updated_at_idx" ON "quality_indicator_sets" USING btree ("updated_at");
  CREATE INDEX "quality_indicator_sets_created_at_idx" ON "quality_indicator_sets" USING btree ("created_at");
  CREATE INDEX "quality_answers_scores_order_idx" ON "quality_answers_scores" USING btree ("_order");
  CREATE INDEX "quality_answers_scores_parent_id_idx" ON "quality_answers_scores" USING btree ("_parent_id");
  CREATE INDEX "quality_answers_indicator_set_idx" ON "quality_answers" USING btree ("indicator_set_id");
  CREATE INDEX "quality_answers_network_idx" ON "quality_answers" USING btree ("network_id");
  CREATE INDEX "quality_answers_municipality_idx" ON "quality_answers" USING btree ("municipality_id");
  CREATE INDEX "quality_answers_year_idx" ON "quality_answers" USING btree ("year");
  CREATE UNIQUE INDEX "quality_answers_external_id_idx" ON "quality_answers" USING btree ("external_id");
  CREATE INDEX "quality_answers_updated_at_idx" ON "quality_answers" USING btree ("updated_at");
  CREATE INDEX "quality_answers_created_at_idx" ON "quality_answers" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicatorSet_municipality_year_idx" ON "quality_answers" USING btree ("indicator_set_id","municipality_id","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quality_indicator_sets_fk" FOREIGN KEY ("quality_indicator_sets_id") REFERENCES "public"."quality_indicator_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quality_answers_fk" FOREIGN KEY ("quality_answers_id") REFERENCES "public"."quality_answers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("methods_id");
  CREATE INDEX "payload_locked_documents_rels_quality_indicator_sets_id_idx" ON "payload_locked_documents_rels" USING btree ("quality_indicator_sets_id");
  CREATE INDEX "payload_locked_documents_rels_quality_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("quality_answers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_indicator_sets_themes_indicators" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_indicator_sets_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_indicator_sets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_answers_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_answers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "methods" CASCADE;
  DROP TABLE "methods_rels" CASCADE;
  DROP TABLE "_methods_v" CASCADE;
  DROP TABLE "_methods_v_rels" CASCADE;
  DROP TABLE "quality_indicator_sets_themes_indicators" CASCADE;
  DROP TABLE "quality_indicator_sets_themes" CASCADE;
  DROP TABLE "quality_indicator_sets" CASCADE;
  DROP TABLE "quality_answers_scores" CASCADE;
  DROP TABLE "quality_answers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_methods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quality_indicator_sets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quality_answers_fk";
  
  DROP INDEX "payload_locked_documents_rels_methods_id_idx";
  DROP INDEX "payload_locked_documents_rels_quality_indicator_sets_id_idx";
  DROP INDEX "payload_locked_documents_rels_quality_answers_id_idx";
  ALTER TABLE "media" DROP COLUMN "document_text";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "methods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quality_indicator_sets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quality_answers_id";
  DROP TYPE "public"."enum_methods_method_type";
  DROP TYPE "public"."enum_methods_evidence_level";
  DROP TYPE "public"."enum_methods_visibility";
  DROP TYPE "public"."enum_methods_status";
  DROP TYPE "public"."enum__methods_v_version_method_type";
  DROP TYPE "public"."enum__methods_v_version_evidence_level";
  DROP TYPE "public"."enum__methods_v_version_visibility";
  DROP TYPE "public"."enum__methods_v_version_status";`)
}
