import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_networks_formality" AS ENUM('formal', 'informal');
  CREATE TYPE "public"."enum_networks_task" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_networks_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__networks_v_version_formality" AS ENUM('formal', 'informal');
  CREATE TYPE "public"."enum__networks_v_version_task" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum__networks_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_network_activities_genre" AS ENUM('fagchefer', 'faglige-ledere', 'arbejdsgruppe', 'kursus', 'sagsaudit', 'temadag', 'andet');
  CREATE TYPE "public"."enum_network_activities_status" AS ENUM('planned', 'confirmed', 'held', 'cancelled');
  CREATE TYPE "public"."enum_network_meetings_agenda_purpose" AS ENUM('orientering', 'droeftelse', 'beslutning');
  CREATE TYPE "public"."enum_network_meetings_minutes_follow_ups_status" AS ENUM('open', 'done');
  ALTER TYPE "public"."enum_users_mail_opt_out" ADD VALUE 'networkReminders' BEFORE 'secretariatAlerts';
  ALTER TYPE "public"."enum_mail_outbox_topic" ADD VALUE 'networkReminders' BEFORE 'secretariatAlerts';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'networkReminders' BEFORE 'sendMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'networkReminders' BEFORE 'sendMail';
  CREATE TABLE "networks_steering_group" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"name" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "networks_secretariat" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"name" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "networks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"summary" varchar,
  	"formality" "enum_networks_formality" DEFAULT 'formal' NOT NULL,
  	"task" "enum_networks_task" DEFAULT 'open' NOT NULL,
  	"leader_id" integer,
  	"kommissorium_purpose" varchar,
  	"kommissorium_background" varchar,
  	"kommissorium_content" varchar,
  	"kommissorium_decision_authority" varchar,
  	"kommissorium_expected_results" varchar,
  	"kommissorium_coherence" varchar,
  	"kommissorium_resources_economy" varchar,
  	"kommissorium_resources_time" varchar,
  	"kommissorium_resources_competence" varchar,
  	"kommissorium_organisation" varchar,
  	"kommissorium_evaluation_text" varchar,
  	"kommissorium_evaluation_date" timestamp(3) with time zone,
  	"kommissorium_approved_on" timestamp(3) with time zone,
  	"kommissorium_approved_by" varchar,
  	"copied_from_id" integer,
  	"visibility" "enum_networks_visibility" DEFAULT 'public' NOT NULL,
  	"slug" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "networks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" integer
  );
  
  CREATE TABLE "_networks_v_version_steering_group" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"name" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_networks_v_version_secretariat" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"name" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_networks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_summary" varchar,
  	"version_formality" "enum__networks_v_version_formality" DEFAULT 'formal' NOT NULL,
  	"version_task" "enum__networks_v_version_task" DEFAULT 'open' NOT NULL,
  	"version_leader_id" integer,
  	"version_kommissorium_purpose" varchar,
  	"version_kommissorium_background" varchar,
  	"version_kommissorium_content" varchar,
  	"version_kommissorium_decision_authority" varchar,
  	"version_kommissorium_expected_results" varchar,
  	"version_kommissorium_coherence" varchar,
  	"version_kommissorium_resources_economy" varchar,
  	"version_kommissorium_resources_time" varchar,
  	"version_kommissorium_resources_competence" varchar,
  	"version_kommissorium_organisation" varchar,
  	"version_kommissorium_evaluation_text" varchar,
  	"version_kommissorium_evaluation_date" timestamp(3) with time zone,
  	"version_kommissorium_approved_on" timestamp(3) with time zone,
  	"version_kommissorium_approved_by" varchar,
  	"version_copied_from_id" integer,
  	"version_visibility" "enum__networks_v_version_visibility" DEFAULT 'public' NOT NULL,
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_networks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" integer
  );
  
  CREATE TABLE "network_activities_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "network_activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"network_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"purpose" varchar NOT NULL,
  	"genre" "enum_network_activities_genre" NOT NULL,
  	"status" "enum_network_activities_status" DEFAULT 'planned' NOT NULL,
  	"expected_product" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"host_municipality_id" integer,
  	"place" varchar,
  	"responsible_id" integer,
  	"responsible_name" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "network_meetings_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"purpose" "enum_network_meetings_agenda_purpose" NOT NULL,
  	"minutes" numeric NOT NULL,
  	"description" varchar,
  	"presenter" varchar
  );
  
  CREATE TABLE "network_meetings_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"title" varchar,
  	"topic" varchar
  );
  
  CREATE TABLE "network_meetings_minutes_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "network_meetings_minutes_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"what" varchar NOT NULL,
  	"responsible_id" integer,
  	"responsible_name" varchar,
  	"due" timestamp(3) with time zone NOT NULL,
  	"status" "enum_network_meetings_minutes_follow_ups_status" DEFAULT 'open' NOT NULL
  );
  
  CREATE TABLE "network_meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"network_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"place" varchar,
  	"activity_id" integer,
  	"minutes_summary" varchar,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "network_calendar_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"network_id" integer NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "networks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "network_activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "network_meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "network_calendar_links_id" integer;
  ALTER TABLE "networks_steering_group" ADD CONSTRAINT "networks_steering_group_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks_steering_group" ADD CONSTRAINT "networks_steering_group_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_secretariat" ADD CONSTRAINT "networks_secretariat_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks_secretariat" ADD CONSTRAINT "networks_secretariat_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_copied_from_id_networks_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_steering_group" ADD CONSTRAINT "_networks_v_version_steering_group_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v_version_steering_group" ADD CONSTRAINT "_networks_v_version_steering_group_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_secretariat" ADD CONSTRAINT "_networks_v_version_secretariat_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v_version_secretariat" ADD CONSTRAINT "_networks_v_version_secretariat_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_parent_id_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_leader_id_users_id_fk" FOREIGN KEY ("version_leader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_copied_from_id_networks_id_fk" FOREIGN KEY ("version_copied_from_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "network_activities_products" ADD CONSTRAINT "network_activities_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."network_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "network_activities" ADD CONSTRAINT "network_activities_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_activities" ADD CONSTRAINT "network_activities_host_municipality_id_municipalities_id_fk" FOREIGN KEY ("host_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_activities" ADD CONSTRAINT "network_activities_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_meetings_agenda" ADD CONSTRAINT "network_meetings_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "network_meetings_speakers" ADD CONSTRAINT "network_meetings_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "network_meetings_minutes_decisions" ADD CONSTRAINT "network_meetings_minutes_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "network_meetings_minutes_follow_ups" ADD CONSTRAINT "network_meetings_minutes_follow_ups_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_meetings_minutes_follow_ups" ADD CONSTRAINT "network_meetings_minutes_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_activity_id_network_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."network_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_calendar_links" ADD CONSTRAINT "network_calendar_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "network_calendar_links" ADD CONSTRAINT "network_calendar_links_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "networks_steering_group_order_idx" ON "networks_steering_group" USING btree ("_order");
  CREATE INDEX "networks_steering_group_parent_id_idx" ON "networks_steering_group" USING btree ("_parent_id");
  CREATE INDEX "networks_steering_group_user_idx" ON "networks_steering_group" USING btree ("user_id");
  CREATE INDEX "networks_secretariat_order_idx" ON "networks_secretariat" USING btree ("_order");
  CREATE INDEX "networks_secretariat_parent_id_idx" ON "networks_secretariat" USING btree ("_parent_id");
  CREATE INDEX "networks_secretariat_user_idx" ON "networks_secretariat" USING btree ("user_id");
  CREATE INDEX "networks_leader_idx" ON "networks" USING btree ("leader_id");
  CREATE INDEX "networks_kommissorium_evaluation_kommissorium_evaluation_idx" ON "networks" USING btree ("kommissorium_evaluation_date");
  CREATE INDEX "networks_copied_from_idx" ON "networks" USING btree ("copied_from_id");
  CREATE INDEX "networks_visibility_idx" ON "networks" USING btree ("visibility");
  CREATE UNIQUE INDEX "networks_slug_idx" ON "networks" USING btree ("slug");
  CREATE UNIQUE INDEX "networks_external_id_idx" ON "networks" USING btree ("external_id");
  CREATE INDEX "networks_updated_at_idx" ON "networks" USING btree ("updated_at");
  CREATE INDEX "networks_created_at_idx" ON "networks" USING btree ("created_at");
  CREATE INDEX "networks_rels_order_idx" ON "networks_rels" USING btree ("order");
  CREATE INDEX "networks_rels_parent_idx" ON "networks_rels" USING btree ("parent_id");
  CREATE INDEX "networks_rels_path_idx" ON "networks_rels" USING btree ("path");
  CREATE INDEX "networks_rels_municipalities_id_idx" ON "networks_rels" USING btree ("municipalities_id");
  CREATE INDEX "_networks_v_version_steering_group_order_idx" ON "_networks_v_version_steering_group" USING btree ("_order");
  CREATE INDEX "_networks_v_version_steering_group_parent_id_idx" ON "_networks_v_version_steering_group" USING btree ("_parent_id");
  CREATE INDEX "_networks_v_version_steering_group_user_idx" ON "_networks_v_version_steering_group" USING btree ("user_id");
  CREATE INDEX "_networks_v_version_secretariat_order_idx" ON "_networks_v_version_secretariat" USING btree ("_order");
  CREATE INDEX "_networks_v_version_secretariat_parent_id_idx" ON "_networks_v_version_secretariat" USING btree ("_parent_id");
  CREATE INDEX "_networks_v_version_secretariat_user_idx" ON "_networks_v_version_secretariat" USING btree ("user_id");
  CREATE INDEX "_networks_v_parent_idx" ON "_networks_v" USING btree ("parent_id");
  CREATE INDEX "_networks_v_version_version_leader_idx" ON "_networks_v" USING btree ("version_leader_id");
  CREATE INDEX "_networks_v_version_kommissorium_evaluation_version_komm_idx" ON "_networks_v" USING btree ("version_kommissorium_evaluation_date");
  CREATE INDEX "_networks_v_version_version_copied_from_idx" ON "_networks_v" USING btree ("version_copied_from_id");
  CREATE INDEX "_networks_v_version_version_visibility_idx" ON "_networks_v" USING btree ("version_visibility");
  CREATE INDEX "_networks_v_version_version_slug_idx" ON "_networks_v" USING btree ("version_slug");
  CREATE INDEX "_networks_v_version_version_external_id_idx" ON "_networks_v" USING btree ("version_external_id");
  CREATE INDEX "_networks_v_version_version_updated_at_idx" ON "_networks_v" USING btree ("version_updated_at");
  CREATE INDEX "_networks_v_version_version_created_at_idx" ON "_networks_v" USING btree ("version_created_at");
  CREATE INDEX "_networks_v_created_at_idx" ON "_networks_v" USING btree ("created_at");
  CREATE INDEX "_networks_v_updated_at_idx" ON "_networks_v" USING btree ("updated_at");
  CREATE INDEX "_networks_v_rels_order_idx" ON "_networks_v_rels" USING btree ("order");
  CREATE INDEX "_networks_v_rels_parent_idx" ON "_networks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_networks_v_rels_path_idx" ON "_networks_v_rels" USING btree ("path");
  CREATE INDEX "_networks_v_rels_municipalities_id_idx" ON "_networks_v_rels" USING btree ("municipalities_id");
  CREATE INDEX "network_activities_products_order_idx" ON "network_activities_products" USING btree ("_order");
  CREATE INDEX "network_activities_products_parent_id_idx" ON "network_activities_products" USING btree ("_parent_id");
  CREATE INDEX "network_activities_network_idx" ON "network_activities" USING btree ("network_id");
  CREATE INDEX "network_activities_status_idx" ON "network_activities" USING btree ("status");
  CREATE INDEX "network_activities_starts_at_idx" ON "network_activities" USING btree ("starts_at");
  CREATE INDEX "network_activities_host_municipality_idx" ON "network_activities" USING btree ("host_municipality_id");
  CREATE INDEX "network_activities_responsible_idx" ON "network_activities" USING btree ("responsible_id");
  CREATE UNIQUE INDEX "network_activities_external_id_idx" ON "network_activities" USING btree ("external_id");
  CREATE INDEX "network_activities_updated_at_idx" ON "network_activities" USING btree ("updated_at");
  CREATE INDEX "network_activities_created_at_idx" ON "network_activities" USING btree ("created_at");
  CREATE INDEX "network_meetings_agenda_order_idx" ON "network_meetings_agenda" USING btree ("_order");
  CREATE INDEX "network_meetings_agenda_parent_id_idx" ON "network_meetings_agenda" USING btree ("_parent_id");
  CREATE INDEX "network_meetings_speakers_order_idx" ON "network_meetings_speakers" USING btree ("_order");
  CREATE INDEX "network_meetings_speakers_parent_id_idx" ON "network_meetings_speakers" USING btree ("_parent_id");
  CREATE INDEX "network_meetings_minutes_decisions_order_idx" ON "network_meetings_minutes_decisions" USING btree ("_order");
  CREATE INDEX "network_meetings_minutes_decisions_parent_id_idx" ON "network_meetings_minutes_decisions" USING btree ("_parent_id");
  CREATE INDEX "network_meetings_minutes_follow_ups_order_idx" ON "network_meetings_minutes_follow_ups" USING btree ("_order");
  CREATE INDEX "network_meetings_minutes_follow_ups_parent_id_idx" ON "network_meetings_minutes_follow_ups" USING btree ("_parent_id");
  CREATE INDEX "network_meetings_minutes_follow_ups_responsible_idx" ON "network_meetings_minutes_follow_ups" USING btree ("responsible_id");
  CREATE INDEX "network_meetings_network_idx" ON "network_meetings" USING btree ("network_id");
  CREATE INDEX "network_meetings_starts_at_idx" ON "network_meetings" USING btree ("starts_at");
  CREATE INDEX "network_meetings_activity_idx" ON "network_meetings" USING btree ("activity_id");
  CREATE UNIQUE INDEX "network_meetings_external_id_idx" ON "network_meetings" USING btree ("external_id");
  CREATE INDEX "network_meetings_updated_at_idx" ON "network_meetings" USING btree ("updated_at");
  CREATE INDEX "network_meetings_created_at_idx" ON "network_meetings" USING btree ("created_at");
  CREATE INDEX "network_calendar_links_user_idx" ON "network_calendar_links" USING btree ("user_id");
  CREATE INDEX "network_calendar_links_network_idx" ON "network_calendar_links" USING btree ("network_id");
  CREATE INDEX "network_calendar_links_revoked_at_idx" ON "network_calendar_links" USING btree ("revoked_at");
  CREATE INDEX "network_calendar_links_updated_at_idx" ON "network_calendar_links" USING btree ("updated_at");
  CREATE INDEX "network_calendar_links_created_at_idx" ON "network_calendar_links" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_network_activities_fk" FOREIGN KEY ("network_activities_id") REFERENCES "public"."network_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_network_meetings_fk" FOREIGN KEY ("network_meetings_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_network_calendar_links_fk" FOREIGN KEY ("network_calendar_links_id") REFERENCES "public"."network_calendar_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_networks_id_idx" ON "payload_locked_documents_rels" USING btree ("networks_id");
  CREATE INDEX "payload_locked_documents_rels_network_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("network_activities_id");
  CREATE INDEX "payload_locked_documents_rels_network_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("network_meetings_id");
  CREATE INDEX "payload_locked_documents_rels_network_calendar_links_id_idx" ON "payload_locked_documents_rels" USING btree ("network_calendar_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "networks_steering_group" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "networks_secretariat" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "networks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "networks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_networks_v_version_steering_group" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_networks_v_version_secretariat" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_networks_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_networks_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_activities_products" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_meetings_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_meetings_speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_meetings_minutes_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_meetings_minutes_follow_ups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "network_calendar_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "networks_steering_group" CASCADE;
  DROP TABLE "networks_secretariat" CASCADE;
  DROP TABLE "networks" CASCADE;
  DROP TABLE "networks_rels" CASCADE;
  DROP TABLE "_networks_v_version_steering_group" CASCADE;
  DROP TABLE "_networks_v_version_secretariat" CASCADE;
  DROP TABLE "_networks_v" CASCADE;
  DROP TABLE "_networks_v_rels" CASCADE;
  DROP TABLE "network_activities_products" CASCADE;
  DROP TABLE "network_activities" CASCADE;
  DROP TABLE "network_meetings_agenda" CASCADE;
  DROP TABLE "network_meetings_speakers" CASCADE;
  DROP TABLE "network_meetings_minutes_decisions" CASCADE;
  DROP TABLE "network_meetings_minutes_follow_ups" CASCADE;
  DROP TABLE "network_meetings" CASCADE;
  DROP TABLE "network_calendar_links" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_networks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_network_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_network_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_network_calendar_links_fk";
  
  ALTER TABLE "users_mail_opt_out" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_mail_opt_out";
  CREATE TYPE "public"."enum_users_mail_opt_out" AS ENUM('reviewReminders', 'reviewDigest', 'moderationDecisions', 'errorReports', 'followDigest', 'secretariatAlerts');
  ALTER TABLE "users_mail_opt_out" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_mail_opt_out" USING "value"::"public"."enum_users_mail_opt_out";
  ALTER TABLE "mail_outbox" ALTER COLUMN "topic" SET DATA TYPE text;
  DROP TYPE "public"."enum_mail_outbox_topic";
  CREATE TYPE "public"."enum_mail_outbox_topic" AS ENUM('reviewReminders', 'reviewDigest', 'moderationDecisions', 'errorReports', 'followDigest', 'secretariatAlerts');
  ALTER TABLE "mail_outbox" ALTER COLUMN "topic" SET DATA TYPE "public"."enum_mail_outbox_topic" USING "topic"::"public"."enum_mail_outbox_topic";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendFollowDigest', 'closeInactiveAccounts', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'noticeRepeals', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats', 'watchRetsinformation', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendFollowDigest', 'closeInactiveAccounts', 'sendMail', 'reviewQueueDigest', 'sendReviewReminders', 'resyncOverdueListings', 'syncSearchDocument', 'syncSearchDependents', 'reconcileSearch', 'noticeRepeals', 'errorReportsDaily', 'applySearchTerms', 'scrubSearchStats', 'watchRetsinformation', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_networks_id_idx";
  DROP INDEX "payload_locked_documents_rels_network_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_network_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_network_calendar_links_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "networks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "network_activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "network_meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "network_calendar_links_id";
  DROP TYPE "public"."enum_networks_formality";
  DROP TYPE "public"."enum_networks_task";
  DROP TYPE "public"."enum_networks_visibility";
  DROP TYPE "public"."enum__networks_v_version_formality";
  DROP TYPE "public"."enum__networks_v_version_task";
  DROP TYPE "public"."enum__networks_v_version_visibility";
  DROP TYPE "public"."enum_network_activities_genre";
  DROP TYPE "public"."enum_network_activities_status";
  DROP TYPE "public"."enum_network_meetings_agenda_purpose";
  DROP TYPE "public"."enum_network_meetings_minutes_follow_ups_status";`)
}
