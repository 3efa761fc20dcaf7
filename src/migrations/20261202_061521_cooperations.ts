import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_coop_sharing_rows_level" AS ENUM('management', 'project', 'staff');
  CREATE TYPE "public"."enum_coop_plan_items_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum_coop_checklist_question" AS ENUM('e1-theory-of-change', 'e2-risk-protective', 'e3-roles', 'e4-knowledge', 'e5-data', 'e6-assessment', 'd1-relations', 'd2-communication', 'd3-leadership', 'd4-quality', 'd5-wrong-effort');
  CREATE TYPE "public"."enum_cooperations_public_tools" AS ENUM('agreement', 'theoryOfChange', 'documentationStrategy', 'sharingModel', 'implementationPlan', 'reflectionDays');
  CREATE TYPE "public"."enum_cooperations_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__coop_sharing_rows_v_level" AS ENUM('management', 'project', 'staff');
  CREATE TYPE "public"."enum__coop_plan_items_v_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum__coop_checklist_v_question" AS ENUM('e1-theory-of-change', 'e2-risk-protective', 'e3-roles', 'e4-knowledge', 'e5-data', 'e6-assessment', 'd1-relations', 'd2-communication', 'd3-leadership', 'd4-quality', 'd5-wrong-effort');
  CREATE TYPE "public"."enum__cooperations_v_version_public_tools" AS ENUM('agreement', 'theoryOfChange', 'documentationStrategy', 'sharingModel', 'implementationPlan', 'reflectionDays');
  CREATE TYPE "public"."enum__cooperations_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_cooperation_sides_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum_cooperation_sides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cooperation_sides_v_version_review_status" AS ENUM('awaiting-review', 'changes-requested');
  CREATE TYPE "public"."enum__cooperation_sides_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "coop_agreement_roles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"party" varchar NOT NULL,
  	"economic" varchar,
  	"functional" varchar,
  	"professional" varchar
  );
  
  CREATE TABLE "coop_agreement_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"party" varchar,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "coop_toc_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_toc_short" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_toc_medium" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_toc_long" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_toc_assumptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_toc_risks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_toc_protective" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_doc_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"what" varchar,
  	"how" varchar,
  	"when" varchar,
  	"who" varchar,
  	"tool" varchar
  );
  
  CREATE TABLE "coop_sharing_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_coop_sharing_rows_level" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"knowledge_need" varchar,
  	"form" varchar,
  	"frequency" varchar,
  	"responsible" varchar
  );
  
  CREATE TABLE "coop_plan_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"activity" varchar,
  	"responsible" varchar,
  	"deadline" timestamp(3) with time zone,
  	"status" "enum_coop_plan_items_status" DEFAULT 'planned' NOT NULL
  );
  
  CREATE TABLE "coop_day_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "coop_reflection_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"data_looked_at" varchar,
  	"agreed" varchar
  );
  
  CREATE TABLE "coop_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" "enum_coop_checklist_question" NOT NULL,
  	"answer" varchar,
  	"answered_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "cooperations_public_tools" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cooperations_public_tools",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cooperations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"organization_id" integer NOT NULL,
  	"network_id" integer,
  	"agreement_parties" varchar,
  	"agreement_purpose" varchar,
  	"agreement_target_group" varchar,
  	"agreement_effort" varchar,
  	"agreement_meeting_cadence" varchar,
  	"agreement_period_from" timestamp(3) with time zone,
  	"agreement_period_to" timestamp(3) with time zone,
  	"agreement_revisit_on" timestamp(3) with time zone,
  	"theory_of_change_target_group" varchar,
  	"documentation_strategy_involvement" varchar,
  	"visibility" "enum_cooperations_visibility" DEFAULT 'internal' NOT NULL,
  	"slug" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cooperations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" integer
  );
  
  CREATE TABLE "_coop_agreement_roles_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"party" varchar NOT NULL,
  	"economic" varchar,
  	"functional" varchar,
  	"professional" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_agreement_contacts_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"party" varchar,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_activities_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_short_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_medium_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_long_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_assumptions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_risks_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_toc_protective_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_doc_items_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"what" varchar,
  	"how" varchar,
  	"when" varchar,
  	"who" varchar,
  	"tool" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_sharing_rows_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__coop_sharing_rows_v_level" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"knowledge_need" varchar,
  	"form" varchar,
  	"frequency" varchar,
  	"responsible" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_plan_items_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"activity" varchar,
  	"responsible" varchar,
  	"deadline" timestamp(3) with time zone,
  	"status" "enum__coop_plan_items_v_status" DEFAULT 'planned' NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_day_questions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_reflection_days_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"data_looked_at" varchar,
  	"agreed" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coop_checklist_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" "enum__coop_checklist_v_question" NOT NULL,
  	"answer" varchar,
  	"answered_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cooperations_v_version_public_tools" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__cooperations_v_version_public_tools",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_cooperations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_organization_id" integer NOT NULL,
  	"version_network_id" integer,
  	"version_agreement_parties" varchar,
  	"version_agreement_purpose" varchar,
  	"version_agreement_target_group" varchar,
  	"version_agreement_effort" varchar,
  	"version_agreement_meeting_cadence" varchar,
  	"version_agreement_period_from" timestamp(3) with time zone,
  	"version_agreement_period_to" timestamp(3) with time zone,
  	"version_agreement_revisit_on" timestamp(3) with time zone,
  	"version_theory_of_change_target_group" varchar,
  	"version_documentation_strategy_involvement" varchar,
  	"version_visibility" "enum__cooperations_v_version_visibility" DEFAULT 'internal' NOT NULL,
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_cooperations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" integer
  );
  
  CREATE TABLE "cooperation_sides_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "cooperation_sides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"cooperation_id" integer,
  	"provider_id" integer,
  	"roles_economic" varchar,
  	"roles_functional" varchar,
  	"roles_professional" varchar,
  	"contribution" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"review_status" "enum_cooperation_sides_review_status",
  	"review_comment" varchar,
  	"review_submitted_by_id" integer,
  	"review_submitted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cooperation_sides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_cooperation_sides_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cooperation_sides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_cooperation_id" integer,
  	"version_provider_id" integer,
  	"version_roles_economic" varchar,
  	"version_roles_functional" varchar,
  	"version_roles_professional" varchar,
  	"version_contribution" varchar,
  	"version_external_id" varchar,
  	"version_import_hash" varchar,
  	"version_review_status" "enum__cooperation_sides_v_version_review_status",
  	"version_review_comment" varchar,
  	"version_review_submitted_by_id" integer,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cooperation_sides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  -- Issue 19: the organizations' agreements move into cooperations without loss, before their
  -- tables go: one cooperation per agreement (its key the organization's and the agreement's
  -- position, as the importer's agreementToCooperation makes it), public with only the agreement
  -- public, as on the organization's page; the other tools internal (empty). The main table holds
  -- each organization's published version.
  CREATE TEMPORARY TABLE "moved_agreements" AS
    SELECT a.*, o.name AS organization_name, o.slug AS organization_slug,
      coalesce(o.external_id, 'organization-' || o.id) || ':aftale-' ||
        row_number() OVER (PARTITION BY a._parent_id ORDER BY a._order) AS key
    FROM "organizations_agreements" a JOIN "organizations" o ON o.id = a._parent_id;
  INSERT INTO "cooperations" ("title", "organization_id", "agreement_parties", "agreement_purpose",
      "agreement_period_from", "agreement_period_to", "visibility", "slug", "external_id")
    SELECT left('Samarbejdsaftale: ' || coalesce(m.parties, m.organization_name), 200), m._parent_id,
      m.parties, m.purpose, m.period_from, m.period_to, 'public',
      'samarbejdsaftale-' || coalesce(m.organization_slug, m._parent_id::text) || '-' ||
        split_part(m.key, ':aftale-', 2) || '-' || m._parent_id,
      m.key
    FROM "moved_agreements" m;
  INSERT INTO "cooperations_rels" ("order", "parent_id", "path", "municipalities_id")
    SELECT 1, c.id, 'municipalities', m.municipality_id
    FROM "moved_agreements" m JOIN "cooperations" c ON c.external_id = m.key
    WHERE m.municipality_id IS NOT NULL;
  INSERT INTO "cooperations_public_tools" ("order", "parent_id", "value")
    SELECT 1, c.id, 'agreement'
    FROM "moved_agreements" m JOIN "cooperations" c ON c.external_id = m.key;
  INSERT INTO "coop_agreement_contacts" ("_order", "_parent_id", "id", "name", "role", "email", "phone")
    SELECT 1, c.id, m.id, m.contact_name, m.contact_role, m.contact_email, m.contact_phone
    FROM "moved_agreements" m JOIN "cooperations" c ON c.external_id = m.key
    WHERE coalesce(m.contact_name, m.contact_role, m.contact_email, m.contact_phone) IS NOT NULL;
  DROP TABLE "moved_agreements";
  ALTER TABLE "organizations_agreements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v_version_agreements" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "organizations_agreements" CASCADE;
  DROP TABLE "_organizations_v_version_agreements" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cooperations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cooperation_sides_id" integer;
  ALTER TABLE "coop_agreement_roles" ADD CONSTRAINT "coop_agreement_roles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_agreement_contacts" ADD CONSTRAINT "coop_agreement_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_activities" ADD CONSTRAINT "coop_toc_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_short" ADD CONSTRAINT "coop_toc_short_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_medium" ADD CONSTRAINT "coop_toc_medium_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_long" ADD CONSTRAINT "coop_toc_long_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_assumptions" ADD CONSTRAINT "coop_toc_assumptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_risks" ADD CONSTRAINT "coop_toc_risks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_toc_protective" ADD CONSTRAINT "coop_toc_protective_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_doc_items" ADD CONSTRAINT "coop_doc_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_sharing_rows" ADD CONSTRAINT "coop_sharing_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_plan_items" ADD CONSTRAINT "coop_plan_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_day_questions" ADD CONSTRAINT "coop_day_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coop_reflection_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_reflection_days" ADD CONSTRAINT "coop_reflection_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coop_checklist" ADD CONSTRAINT "coop_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cooperations_public_tools" ADD CONSTRAINT "cooperations_public_tools_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cooperations" ADD CONSTRAINT "cooperations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cooperations" ADD CONSTRAINT "cooperations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cooperations_rels" ADD CONSTRAINT "cooperations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cooperations_rels" ADD CONSTRAINT "cooperations_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_agreement_roles_v" ADD CONSTRAINT "_coop_agreement_roles_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_agreement_contacts_v" ADD CONSTRAINT "_coop_agreement_contacts_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_activities_v" ADD CONSTRAINT "_coop_toc_activities_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_short_v" ADD CONSTRAINT "_coop_toc_short_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_medium_v" ADD CONSTRAINT "_coop_toc_medium_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_long_v" ADD CONSTRAINT "_coop_toc_long_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_assumptions_v" ADD CONSTRAINT "_coop_toc_assumptions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_risks_v" ADD CONSTRAINT "_coop_toc_risks_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_toc_protective_v" ADD CONSTRAINT "_coop_toc_protective_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_doc_items_v" ADD CONSTRAINT "_coop_doc_items_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_sharing_rows_v" ADD CONSTRAINT "_coop_sharing_rows_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_plan_items_v" ADD CONSTRAINT "_coop_plan_items_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_day_questions_v" ADD CONSTRAINT "_coop_day_questions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_coop_reflection_days_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_reflection_days_v" ADD CONSTRAINT "_coop_reflection_days_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coop_checklist_v" ADD CONSTRAINT "_coop_checklist_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cooperations_v_version_public_tools" ADD CONSTRAINT "_cooperations_v_version_public_tools_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cooperations_v" ADD CONSTRAINT "_cooperations_v_parent_id_cooperations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cooperations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperations_v" ADD CONSTRAINT "_cooperations_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperations_v" ADD CONSTRAINT "_cooperations_v_version_network_id_networks_id_fk" FOREIGN KEY ("version_network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperations_v_rels" ADD CONSTRAINT "_cooperations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cooperations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cooperations_v_rels" ADD CONSTRAINT "_cooperations_v_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cooperation_sides_contacts" ADD CONSTRAINT "cooperation_sides_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cooperation_sides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cooperation_sides" ADD CONSTRAINT "cooperation_sides_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cooperation_sides" ADD CONSTRAINT "cooperation_sides_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cooperation_sides" ADD CONSTRAINT "cooperation_sides_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperation_sides_v_version_contacts" ADD CONSTRAINT "_cooperation_sides_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cooperation_sides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cooperation_sides_v" ADD CONSTRAINT "_cooperation_sides_v_parent_id_cooperation_sides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cooperation_sides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperation_sides_v" ADD CONSTRAINT "_cooperation_sides_v_version_cooperation_id_cooperations_id_fk" FOREIGN KEY ("version_cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperation_sides_v" ADD CONSTRAINT "_cooperation_sides_v_version_provider_id_organizations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cooperation_sides_v" ADD CONSTRAINT "_cooperation_sides_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "coop_agreement_roles_order_idx" ON "coop_agreement_roles" USING btree ("_order");
  CREATE INDEX "coop_agreement_roles_parent_id_idx" ON "coop_agreement_roles" USING btree ("_parent_id");
  CREATE INDEX "coop_agreement_contacts_order_idx" ON "coop_agreement_contacts" USING btree ("_order");
  CREATE INDEX "coop_agreement_contacts_parent_id_idx" ON "coop_agreement_contacts" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_activities_order_idx" ON "coop_toc_activities" USING btree ("_order");
  CREATE INDEX "coop_toc_activities_parent_id_idx" ON "coop_toc_activities" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_short_order_idx" ON "coop_toc_short" USING btree ("_order");
  CREATE INDEX "coop_toc_short_parent_id_idx" ON "coop_toc_short" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_medium_order_idx" ON "coop_toc_medium" USING btree ("_order");
  CREATE INDEX "coop_toc_medium_parent_id_idx" ON "coop_toc_medium" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_long_order_idx" ON "coop_toc_long" USING btree ("_order");
  CREATE INDEX "coop_toc_long_parent_id_idx" ON "coop_toc_long" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_assumptions_order_idx" ON "coop_toc_assumptions" USING btree ("_order");
  CREATE INDEX "coop_toc_assumptions_parent_id_idx" ON "coop_toc_assumptions" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_risks_order_idx" ON "coop_toc_risks" USING btree ("_order");
  CREATE INDEX "coop_toc_risks_parent_id_idx" ON "coop_toc_risks" USING btree ("_parent_id");
  CREATE INDEX "coop_toc_protective_order_idx" ON "coop_toc_protective" USING btree ("_order");
  CREATE INDEX "coop_toc_protective_parent_id_idx" ON "coop_toc_protective" USING btree ("_parent_id");
  CREATE INDEX "coop_doc_items_order_idx" ON "coop_doc_items" USING btree ("_order");
  CREATE INDEX "coop_doc_items_parent_id_idx" ON "coop_doc_items" USING btree ("_parent_id");
  CREATE INDEX "coop_sharing_rows_order_idx" ON "coop_sharing_rows" USING btree ("_order");
  CREATE INDEX "coop_sharing_rows_parent_id_idx" ON "coop_sharing_rows" USING btree ("_parent_id");
  CREATE INDEX "coop_plan_items_order_idx" ON "coop_plan_items" USING btree ("_order");
  CREATE INDEX "coop_plan_items_parent_id_idx" ON "coop_plan_items" USING btree ("_parent_id");
  CREATE INDEX "coop_day_questions_order_idx" ON "coop_day_questions" USING btree ("_order");
  CREATE INDEX "coop_day_questions_parent_id_idx" ON "coop_day_questions" USING btree ("_parent_id");
  CREATE INDEX "coop_reflection_days_order_idx" ON "coop_reflection_days" USING btree ("_order");
  CREATE INDEX "coop_reflection_days_parent_id_idx" ON "coop_reflection_days" USING btree ("_parent_id");
  CREATE INDEX "coop_checklist_order_idx" ON "coop_checklist" USING btree ("_order");
  CREATE INDEX "coop_checklist_parent_id_idx" ON "coop_checklist" USING btree ("_parent_id");
  CREATE INDEX "cooperations_public_tools_order_idx" ON "cooperations_public_tools" USING btree ("order");
  CREATE INDEX "cooperations_public_tools_parent_idx" ON "cooperations_public_tools" USING btree ("parent_id");
  CREATE INDEX "cooperations_organization_idx" ON "cooperations" USING btree ("organization_id");
  CREATE INDEX "cooperations_network_idx" ON "cooperations" USING btree ("network_id");
  CREATE INDEX "cooperations_visibility_idx" ON "cooperations" USING btree ("visibility");
  CREATE UNIQUE INDEX "cooperations_slug_idx" ON "cooperations" USING btree ("slug");
  CREATE UNIQUE INDEX "cooperations_external_id_idx" ON "cooperations" USING btree ("external_id");
  CREATE INDEX "cooperations_updated_at_idx" ON "cooperations" USING btree ("updated_at");
  CREATE INDEX "cooperations_created_at_idx" ON "cooperations" USING btree ("created_at");
  CREATE INDEX "cooperations_rels_order_idx" ON "cooperations_rels" USING btree ("order");
  CREATE INDEX "cooperations_rels_parent_idx" ON "cooperations_rels" USING btree ("parent_id");
  CREATE INDEX "cooperations_rels_path_idx" ON "cooperations_rels" USING btree ("path");
  CREATE INDEX "cooperations_rels_municipalities_id_idx" ON "cooperations_rels" USING btree ("municipalities_id");
  CREATE INDEX "_coop_agreement_roles_v_order_idx" ON "_coop_agreement_roles_v" USING btree ("_order");
  CREATE INDEX "_coop_agreement_roles_v_parent_id_idx" ON "_coop_agreement_roles_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_agreement_contacts_v_order_idx" ON "_coop_agreement_contacts_v" USING btree ("_order");
  CREATE INDEX "_coop_agreement_contacts_v_parent_id_idx" ON "_coop_agreement_contacts_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_activities_v_order_idx" ON "_coop_toc_activities_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_activities_v_parent_id_idx" ON "_coop_toc_activities_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_short_v_order_idx" ON "_coop_toc_short_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_short_v_parent_id_idx" ON "_coop_toc_short_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_medium_v_order_idx" ON "_coop_toc_medium_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_medium_v_parent_id_idx" ON "_coop_toc_medium_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_long_v_order_idx" ON "_coop_toc_long_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_long_v_parent_id_idx" ON "_coop_toc_long_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_assumptions_v_order_idx" ON "_coop_toc_assumptions_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_assumptions_v_parent_id_idx" ON "_coop_toc_assumptions_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_risks_v_order_idx" ON "_coop_toc_risks_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_risks_v_parent_id_idx" ON "_coop_toc_risks_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_toc_protective_v_order_idx" ON "_coop_toc_protective_v" USING btree ("_order");
  CREATE INDEX "_coop_toc_protective_v_parent_id_idx" ON "_coop_toc_protective_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_doc_items_v_order_idx" ON "_coop_doc_items_v" USING btree ("_order");
  CREATE INDEX "_coop_doc_items_v_parent_id_idx" ON "_coop_doc_items_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_sharing_rows_v_order_idx" ON "_coop_sharing_rows_v" USING btree ("_order");
  CREATE INDEX "_coop_sharing_rows_v_parent_id_idx" ON "_coop_sharing_rows_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_plan_items_v_order_idx" ON "_coop_plan_items_v" USING btree ("_order");
  CREATE INDEX "_coop_plan_items_v_parent_id_idx" ON "_coop_plan_items_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_day_questions_v_order_idx" ON "_coop_day_questions_v" USING btree ("_order");
  CREATE INDEX "_coop_day_questions_v_parent_id_idx" ON "_coop_day_questions_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_reflection_days_v_order_idx" ON "_coop_reflection_days_v" USING btree ("_order");
  CREATE INDEX "_coop_reflection_days_v_parent_id_idx" ON "_coop_reflection_days_v" USING btree ("_parent_id");
  CREATE INDEX "_coop_checklist_v_order_idx" ON "_coop_checklist_v" USING btree ("_order");
  CREATE INDEX "_coop_checklist_v_parent_id_idx" ON "_coop_checklist_v" USING btree ("_parent_id");
  CREATE INDEX "_cooperations_v_version_public_tools_order_idx" ON "_cooperations_v_version_public_tools" USING btree ("order");
  CREATE INDEX "_cooperations_v_version_public_tools_parent_idx" ON "_cooperations_v_version_public_tools" USING btree ("parent_id");
  CREATE INDEX "_cooperations_v_parent_idx" ON "_cooperations_v" USING btree ("parent_id");
  CREATE INDEX "_cooperations_v_version_version_organization_idx" ON "_cooperations_v" USING btree ("version_organization_id");
  CREATE INDEX "_cooperations_v_version_version_network_idx" ON "_cooperations_v" USING btree ("version_network_id");
  CREATE INDEX "_cooperations_v_version_version_visibility_idx" ON "_cooperations_v" USING btree ("version_visibility");
  CREATE INDEX "_cooperations_v_version_version_slug_idx" ON "_cooperations_v" USING btree ("version_slug");
  CREATE INDEX "_cooperations_v_version_version_external_id_idx" ON "_cooperations_v" USING btree ("version_external_id");
  CREATE INDEX "_cooperations_v_version_version_updated_at_idx" ON "_cooperations_v" USING btree ("version_updated_at");
  CREATE INDEX "_cooperations_v_version_version_created_at_idx" ON "_cooperations_v" USING btree ("version_created_at");
  CREATE INDEX "_cooperations_v_created_at_idx" ON "_cooperations_v" USING btree ("created_at");
  CREATE INDEX "_cooperations_v_updated_at_idx" ON "_cooperations_v" USING btree ("updated_at");
  CREATE INDEX "_cooperations_v_rels_order_idx" ON "_cooperations_v_rels" USING btree ("order");
  CREATE INDEX "_cooperations_v_rels_parent_idx" ON "_cooperations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_cooperations_v_rels_path_idx" ON "_cooperations_v_rels" USING btree ("path");
  CREATE INDEX "_cooperations_v_rels_municipalities_id_idx" ON "_cooperations_v_rels" USING btree ("municipalities_id");
  CREATE INDEX "cooperation_sides_contacts_order_idx" ON "cooperation_sides_contacts" USING btree ("_order");
  CREATE INDEX "cooperation_sides_contacts_parent_id_idx" ON "cooperation_sides_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "cooperation_sides_cooperation_idx" ON "cooperation_sides" USING btree ("cooperation_id");
  CREATE INDEX "cooperation_sides_provider_idx" ON "cooperation_sides" USING btree ("provider_id");
  CREATE UNIQUE INDEX "cooperation_sides_external_id_idx" ON "cooperation_sides" USING btree ("external_id");
  CREATE INDEX "cooperation_sides_review_review_submitted_by_idx" ON "cooperation_sides" USING btree ("review_submitted_by_id");
  CREATE INDEX "cooperation_sides_updated_at_idx" ON "cooperation_sides" USING btree ("updated_at");
  CREATE INDEX "cooperation_sides_created_at_idx" ON "cooperation_sides" USING btree ("created_at");
  CREATE INDEX "cooperation_sides__status_idx" ON "cooperation_sides" USING btree ("_status");
  CREATE INDEX "_cooperation_sides_v_version_contacts_order_idx" ON "_cooperation_sides_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_cooperation_sides_v_version_contacts_parent_id_idx" ON "_cooperation_sides_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_cooperation_sides_v_parent_idx" ON "_cooperation_sides_v" USING btree ("parent_id");
  CREATE INDEX "_cooperation_sides_v_version_version_cooperation_idx" ON "_cooperation_sides_v" USING btree ("version_cooperation_id");
  CREATE INDEX "_cooperation_sides_v_version_version_provider_idx" ON "_cooperation_sides_v" USING btree ("version_provider_id");
  CREATE INDEX "_cooperation_sides_v_version_version_external_id_idx" ON "_cooperation_sides_v" USING btree ("version_external_id");
  CREATE INDEX "_cooperation_sides_v_version_review_version_review_submi_idx" ON "_cooperation_sides_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_cooperation_sides_v_version_version_updated_at_idx" ON "_cooperation_sides_v" USING btree ("version_updated_at");
  CREATE INDEX "_cooperation_sides_v_version_version_created_at_idx" ON "_cooperation_sides_v" USING btree ("version_created_at");
  CREATE INDEX "_cooperation_sides_v_version_version__status_idx" ON "_cooperation_sides_v" USING btree ("version__status");
  CREATE INDEX "_cooperation_sides_v_created_at_idx" ON "_cooperation_sides_v" USING btree ("created_at");
  CREATE INDEX "_cooperation_sides_v_updated_at_idx" ON "_cooperation_sides_v" USING btree ("updated_at");
  CREATE INDEX "_cooperation_sides_v_latest_idx" ON "_cooperation_sides_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cooperations_fk" FOREIGN KEY ("cooperations_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cooperation_sides_fk" FOREIGN KEY ("cooperation_sides_id") REFERENCES "public"."cooperation_sides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cooperations_id_idx" ON "payload_locked_documents_rels" USING btree ("cooperations_id");
  CREATE INDEX "payload_locked_documents_rels_cooperation_sides_id_idx" ON "payload_locked_documents_rels" USING btree ("cooperation_sides_id");`)
}

/** Down restores the tables; the moved agreements stay as cooperations until they are dropped. */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "organizations_agreements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"municipality_id" integer,
  	"parties" varchar,
  	"period_from" timestamp(3) with time zone,
  	"period_to" timestamp(3) with time zone,
  	"purpose" varchar,
  	"contact_name" varchar,
  	"contact_role" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar
  );
  
  CREATE TABLE "_organizations_v_version_agreements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"municipality_id" integer,
  	"parties" varchar,
  	"period_from" timestamp(3) with time zone,
  	"period_to" timestamp(3) with time zone,
  	"purpose" varchar,
  	"contact_name" varchar,
  	"contact_role" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "coop_agreement_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_agreement_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_short" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_medium" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_long" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_assumptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_risks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_toc_protective" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_doc_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_sharing_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_plan_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_day_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_reflection_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coop_checklist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cooperations_public_tools" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cooperations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cooperations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_agreement_roles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_agreement_contacts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_activities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_short_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_medium_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_long_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_assumptions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_risks_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_toc_protective_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_doc_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_sharing_rows_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_plan_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_day_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_reflection_days_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_coop_checklist_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cooperations_v_version_public_tools" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cooperations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cooperations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cooperation_sides_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cooperation_sides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cooperation_sides_v_version_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cooperation_sides_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "coop_agreement_roles" CASCADE;
  DROP TABLE "coop_agreement_contacts" CASCADE;
  DROP TABLE "coop_toc_activities" CASCADE;
  DROP TABLE "coop_toc_short" CASCADE;
  DROP TABLE "coop_toc_medium" CASCADE;
  DROP TABLE "coop_toc_long" CASCADE;
  DROP TABLE "coop_toc_assumptions" CASCADE;
  DROP TABLE "coop_toc_risks" CASCADE;
  DROP TABLE "coop_toc_protective" CASCADE;
  DROP TABLE "coop_doc_items" CASCADE;
  DROP TABLE "coop_sharing_rows" CASCADE;
  DROP TABLE "coop_plan_items" CASCADE;
  DROP TABLE "coop_day_questions" CASCADE;
  DROP TABLE "coop_reflection_days" CASCADE;
  DROP TABLE "coop_checklist" CASCADE;
  DROP TABLE "cooperations_public_tools" CASCADE;
  DROP TABLE "cooperations" CASCADE;
  DROP TABLE "cooperations_rels" CASCADE;
  DROP TABLE "_coop_agreement_roles_v" CASCADE;
  DROP TABLE "_coop_agreement_contacts_v" CASCADE;
  DROP TABLE "_coop_toc_activities_v" CASCADE;
  DROP TABLE "_coop_toc_short_v" CASCADE;
  DROP TABLE "_coop_toc_medium_v" CASCADE;
  DROP TABLE "_coop_toc_long_v" CASCADE;
  DROP TABLE "_coop_toc_assumptions_v" CASCADE;
  DROP TABLE "_coop_toc_risks_v" CASCADE;
  DROP TABLE "_coop_toc_protective_v" CASCADE;
  DROP TABLE "_coop_doc_items_v" CASCADE;
  DROP TABLE "_coop_sharing_rows_v" CASCADE;
  DROP TABLE "_coop_plan_items_v" CASCADE;
  DROP TABLE "_coop_day_questions_v" CASCADE;
  DROP TABLE "_coop_reflection_days_v" CASCADE;
  DROP TABLE "_coop_checklist_v" CASCADE;
  DROP TABLE "_cooperations_v_version_public_tools" CASCADE;
  DROP TABLE "_cooperations_v" CASCADE;
  DROP TABLE "_cooperations_v_rels" CASCADE;
  DROP TABLE "cooperation_sides_contacts" CASCADE;
  DROP TABLE "cooperation_sides" CASCADE;
  DROP TABLE "_cooperation_sides_v_version_contacts" CASCADE;
  DROP TABLE "_cooperation_sides_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cooperations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cooperation_sides_fk";
  
  DROP INDEX "payload_locked_documents_rels_cooperations_id_idx";
  DROP INDEX "payload_locked_documents_rels_cooperation_sides_id_idx";
  ALTER TABLE "organizations_agreements" ADD CONSTRAINT "organizations_agreements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_agreements" ADD CONSTRAINT "organizations_agreements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_agreements" ADD CONSTRAINT "_organizations_v_version_agreements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_agreements" ADD CONSTRAINT "_organizations_v_version_agreements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_agreements_order_idx" ON "organizations_agreements" USING btree ("_order");
  CREATE INDEX "organizations_agreements_parent_id_idx" ON "organizations_agreements" USING btree ("_parent_id");
  CREATE INDEX "organizations_agreements_municipality_idx" ON "organizations_agreements" USING btree ("municipality_id");
  CREATE INDEX "_organizations_v_version_agreements_order_idx" ON "_organizations_v_version_agreements" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_agreements_parent_id_idx" ON "_organizations_v_version_agreements" USING btree ("_parent_id");
  CREATE INDEX "_organizations_v_version_agreements_municipality_idx" ON "_organizations_v_version_agreements" USING btree ("municipality_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cooperations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cooperation_sides_id";
  DROP TYPE "public"."enum_coop_sharing_rows_level";
  DROP TYPE "public"."enum_coop_plan_items_status";
  DROP TYPE "public"."enum_coop_checklist_question";
  DROP TYPE "public"."enum_cooperations_public_tools";
  DROP TYPE "public"."enum_cooperations_visibility";
  DROP TYPE "public"."enum__coop_sharing_rows_v_level";
  DROP TYPE "public"."enum__coop_plan_items_v_status";
  DROP TYPE "public"."enum__coop_checklist_v_question";
  DROP TYPE "public"."enum__cooperations_v_version_public_tools";
  DROP TYPE "public"."enum__cooperations_v_version_visibility";
  DROP TYPE "public"."enum_cooperation_sides_review_status";
  DROP TYPE "public"."enum_cooperation_sides_status";
  DROP TYPE "public"."enum__cooperation_sides_v_version_review_status";
  DROP TYPE "public"."enum__cooperation_sides_v_version_status";`)
}
