import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_languages" AS ENUM('da', 'en', 'ar', 'so', 'tr', 'uk', 'fa', 'ur', 'pl', 'ti', 'de', 'dts');
  CREATE TYPE "public"."enum_offers_cost_type" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_offers_cost_rate_unit" AS ENUM('hour', 'day', 'week', 'month', 'year', 'course', 'session');
  CREATE TYPE "public"."enum_offers_capacity_status" AS ENUM('open', 'waitlist', 'full');
  CREATE TYPE "public"."enum_offers_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum_offers_offer_type" AS ENUM('home-support', 'family-treatment', 'treatment', 'parenting-programme', 'group-course', 'respite', 'contact-person', 'leisure-network', 'counselling', 'ngo-activity');
  CREATE TYPE "public"."enum_offers_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_offers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__offers_v_version_languages" AS ENUM('da', 'en', 'ar', 'so', 'tr', 'uk', 'fa', 'ur', 'pl', 'ti', 'de', 'dts');
  CREATE TYPE "public"."enum__offers_v_version_cost_type" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum__offers_v_version_cost_rate_unit" AS ENUM('hour', 'day', 'week', 'month', 'year', 'course', 'session');
  CREATE TYPE "public"."enum__offers_v_version_capacity_status" AS ENUM('open', 'waitlist', 'full');
  CREATE TYPE "public"."enum__offers_v_version_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum__offers_v_version_offer_type" AS ENUM('home-support', 'family-treatment', 'treatment', 'parenting-programme', 'group-course', 'respite', 'contact-person', 'leisure-network', 'counselling', 'ngo-activity');
  CREATE TYPE "public"."enum__offers_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__offers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_mentors_languages" AS ENUM('da', 'en', 'ar', 'so', 'tr', 'uk', 'fa', 'ur', 'pl', 'ti', 'de', 'dts');
  CREATE TYPE "public"."enum_mentors_focus" AS ENUM('school', 'leisure', 'education-job');
  CREATE TYPE "public"."enum_mentors_cost_type" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_mentors_cost_rate_unit" AS ENUM('hour', 'day', 'week', 'month', 'year', 'course', 'session');
  CREATE TYPE "public"."enum_mentors_capacity_status" AS ENUM('open', 'waitlist', 'full');
  CREATE TYPE "public"."enum_mentors_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum_mentors_mentor_type" AS ENUM('volunteer', 'professional');
  CREATE TYPE "public"."enum_mentors_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_mentors_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__mentors_v_version_languages" AS ENUM('da', 'en', 'ar', 'so', 'tr', 'uk', 'fa', 'ur', 'pl', 'ti', 'de', 'dts');
  CREATE TYPE "public"."enum__mentors_v_version_focus" AS ENUM('school', 'leisure', 'education-job');
  CREATE TYPE "public"."enum__mentors_v_version_cost_type" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum__mentors_v_version_cost_rate_unit" AS ENUM('hour', 'day', 'week', 'month', 'year', 'course', 'session');
  CREATE TYPE "public"."enum__mentors_v_version_capacity_status" AS ENUM('open', 'waitlist', 'full');
  CREATE TYPE "public"."enum__mentors_v_version_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum__mentors_v_version_mentor_type" AS ENUM('volunteer', 'professional');
  CREATE TYPE "public"."enum__mentors_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__mentors_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_school_options_languages" AS ENUM('da', 'en', 'ar', 'so', 'tr', 'uk', 'fa', 'ur', 'pl', 'ti', 'de', 'dts');
  CREATE TYPE "public"."enum_school_options_cost_type" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_school_options_cost_rate_unit" AS ENUM('hour', 'day', 'week', 'month', 'year', 'course', 'session');
  CREATE TYPE "public"."enum_school_options_capacity_status" AS ENUM('open', 'waitlist', 'full');
  CREATE TYPE "public"."enum_school_options_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum_school_options_school_type" AS ENUM('special-school', 'special-class', 'internal-school', 'day-treatment', 'efterskole');
  CREATE TYPE "public"."enum_school_options_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_school_options_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__school_options_v_version_languages" AS ENUM('da', 'en', 'ar', 'so', 'tr', 'uk', 'fa', 'ur', 'pl', 'ti', 'de', 'dts');
  CREATE TYPE "public"."enum__school_options_v_version_cost_type" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum__school_options_v_version_cost_rate_unit" AS ENUM('hour', 'day', 'week', 'month', 'year', 'course', 'session');
  CREATE TYPE "public"."enum__school_options_v_version_capacity_status" AS ENUM('open', 'waitlist', 'full');
  CREATE TYPE "public"."enum__school_options_v_version_evidence_level" AS ENUM('evidence-based', 'promising', 'experience-based');
  CREATE TYPE "public"."enum__school_options_v_version_school_type" AS ENUM('special-school', 'special-class', 'internal-school', 'day-treatment', 'efterskole');
  CREATE TYPE "public"."enum__school_options_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__school_options_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organizations_type" AS ENUM('ngo', 'municipal', 'private', 'regional');
  CREATE TYPE "public"."enum__organizations_v_version_type" AS ENUM('ngo', 'municipal', 'private', 'regional');
  CREATE TYPE "public"."enum_legislation_notes_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_legislation_notes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legislation_notes_v_version_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__legislation_notes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_legal_bases_law" AS ENUM('barnets-lov', 'serviceloven', 'folkeskoleloven', 'dagtilbudsloven', 'sundhedsloven', 'kui-loven', 'fgu-loven', 'stu-loven', 'retssikkerhedsloven', 'friskoleloven', 'efterskoleloven');
  CREATE TYPE "public"."enum_topics_facet" AS ENUM('need', 'target-group');
  CREATE TABLE "offers_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offers_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "offers_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"internal" boolean DEFAULT false
  );
  
  CREATE TABLE "offers_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"municipality_id" integer,
  	"latitude" numeric,
  	"longitude" numeric
  );
  
  CREATE TABLE "offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"provider_id" integer,
  	"schedule" varchar,
  	"age_min" numeric,
  	"age_max" numeric,
  	"whole_network" boolean DEFAULT false,
  	"referral_how_to" varchar,
  	"referral_municipal_decision_required" boolean DEFAULT false,
  	"referral_self_referral" boolean DEFAULT false,
  	"referral_internal_note" varchar,
  	"cost_type" "enum_offers_cost_type" DEFAULT 'free',
  	"cost_rate_dkk" numeric,
  	"cost_rate_unit" "enum_offers_cost_rate_unit",
  	"cost_rate_note" varchar,
  	"capacity_status" "enum_offers_capacity_status" DEFAULT 'open',
  	"capacity_waiting_weeks" numeric,
  	"capacity_as_of" timestamp(3) with time zone,
  	"evidence_level" "enum_offers_evidence_level",
  	"evidence_results" varchar,
  	"evidence_theory_of_change" varchar,
  	"offer_type" "enum_offers_offer_type",
  	"visibility" "enum_offers_visibility" DEFAULT 'public',
  	"slug" varchar,
  	"external_id" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"next_review_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_offers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "offers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"municipalities_id" integer,
  	"legal_bases_id" integer
  );
  
  CREATE TABLE "_offers_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__offers_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_offers_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"internal" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"municipality_id" integer,
  	"latitude" numeric,
  	"longitude" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_provider_id" integer,
  	"version_schedule" varchar,
  	"version_age_min" numeric,
  	"version_age_max" numeric,
  	"version_whole_network" boolean DEFAULT false,
  	"version_referral_how_to" varchar,
  	"version_referral_municipal_decision_required" boolean DEFAULT false,
  	"version_referral_self_referral" boolean DEFAULT false,
  	"version_referral_internal_note" varchar,
  	"version_cost_type" "enum__offers_v_version_cost_type" DEFAULT 'free',
  	"version_cost_rate_dkk" numeric,
  	"version_cost_rate_unit" "enum__offers_v_version_cost_rate_unit",
  	"version_cost_rate_note" varchar,
  	"version_capacity_status" "enum__offers_v_version_capacity_status" DEFAULT 'open',
  	"version_capacity_waiting_weeks" numeric,
  	"version_capacity_as_of" timestamp(3) with time zone,
  	"version_evidence_level" "enum__offers_v_version_evidence_level",
  	"version_evidence_results" varchar,
  	"version_evidence_theory_of_change" varchar,
  	"version_offer_type" "enum__offers_v_version_offer_type",
  	"version_visibility" "enum__offers_v_version_visibility" DEFAULT 'public',
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_next_review_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__offers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_offers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"municipalities_id" integer,
  	"legal_bases_id" integer
  );
  
  CREATE TABLE "mentors_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_mentors_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "mentors_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"internal" boolean DEFAULT false
  );
  
  CREATE TABLE "mentors_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"municipality_id" integer,
  	"latitude" numeric,
  	"longitude" numeric
  );
  
  CREATE TABLE "mentors_focus" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_mentors_focus",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "mentors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"provider_id" integer,
  	"schedule" varchar,
  	"age_min" numeric,
  	"age_max" numeric,
  	"whole_network" boolean DEFAULT false,
  	"referral_how_to" varchar,
  	"referral_municipal_decision_required" boolean DEFAULT false,
  	"referral_self_referral" boolean DEFAULT false,
  	"referral_internal_note" varchar,
  	"cost_type" "enum_mentors_cost_type" DEFAULT 'free',
  	"cost_rate_dkk" numeric,
  	"cost_rate_unit" "enum_mentors_cost_rate_unit",
  	"cost_rate_note" varchar,
  	"capacity_status" "enum_mentors_capacity_status" DEFAULT 'open',
  	"capacity_waiting_weeks" numeric,
  	"capacity_as_of" timestamp(3) with time zone,
  	"evidence_level" "enum_mentors_evidence_level",
  	"evidence_results" varchar,
  	"evidence_theory_of_change" varchar,
  	"mentor_type" "enum_mentors_mentor_type",
  	"matching" varchar,
  	"duration" varchar,
  	"visibility" "enum_mentors_visibility" DEFAULT 'public',
  	"slug" varchar,
  	"external_id" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"next_review_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_mentors_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "mentors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"municipalities_id" integer,
  	"legal_bases_id" integer
  );
  
  CREATE TABLE "_mentors_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__mentors_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_mentors_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"internal" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_mentors_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"municipality_id" integer,
  	"latitude" numeric,
  	"longitude" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_mentors_v_version_focus" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__mentors_v_version_focus",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_mentors_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_provider_id" integer,
  	"version_schedule" varchar,
  	"version_age_min" numeric,
  	"version_age_max" numeric,
  	"version_whole_network" boolean DEFAULT false,
  	"version_referral_how_to" varchar,
  	"version_referral_municipal_decision_required" boolean DEFAULT false,
  	"version_referral_self_referral" boolean DEFAULT false,
  	"version_referral_internal_note" varchar,
  	"version_cost_type" "enum__mentors_v_version_cost_type" DEFAULT 'free',
  	"version_cost_rate_dkk" numeric,
  	"version_cost_rate_unit" "enum__mentors_v_version_cost_rate_unit",
  	"version_cost_rate_note" varchar,
  	"version_capacity_status" "enum__mentors_v_version_capacity_status" DEFAULT 'open',
  	"version_capacity_waiting_weeks" numeric,
  	"version_capacity_as_of" timestamp(3) with time zone,
  	"version_evidence_level" "enum__mentors_v_version_evidence_level",
  	"version_evidence_results" varchar,
  	"version_evidence_theory_of_change" varchar,
  	"version_mentor_type" "enum__mentors_v_version_mentor_type",
  	"version_matching" varchar,
  	"version_duration" varchar,
  	"version_visibility" "enum__mentors_v_version_visibility" DEFAULT 'public',
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_next_review_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__mentors_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_mentors_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"municipalities_id" integer,
  	"legal_bases_id" integer
  );
  
  CREATE TABLE "school_options_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_school_options_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "school_options_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"internal" boolean DEFAULT false
  );
  
  CREATE TABLE "school_options_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"municipality_id" integer,
  	"latitude" numeric,
  	"longitude" numeric
  );
  
  CREATE TABLE "school_options" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"provider_id" integer,
  	"schedule" varchar,
  	"age_min" numeric,
  	"age_max" numeric,
  	"whole_network" boolean DEFAULT false,
  	"referral_how_to" varchar,
  	"referral_municipal_decision_required" boolean DEFAULT false,
  	"referral_self_referral" boolean DEFAULT false,
  	"referral_internal_note" varchar,
  	"cost_type" "enum_school_options_cost_type" DEFAULT 'free',
  	"cost_rate_dkk" numeric,
  	"cost_rate_unit" "enum_school_options_cost_rate_unit",
  	"cost_rate_note" varchar,
  	"capacity_status" "enum_school_options_capacity_status" DEFAULT 'open',
  	"capacity_waiting_weeks" numeric,
  	"capacity_as_of" timestamp(3) with time zone,
  	"evidence_level" "enum_school_options_evidence_level",
  	"evidence_results" varchar,
  	"evidence_theory_of_change" varchar,
  	"school_type" "enum_school_options_school_type",
  	"grade_from" numeric,
  	"grade_to" numeric,
  	"class_size" numeric,
  	"profile" varchar,
  	"admission_via_p_p_r" boolean DEFAULT true,
  	"visibility" "enum_school_options_visibility" DEFAULT 'public',
  	"slug" varchar,
  	"external_id" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"next_review_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_school_options_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "school_options_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"municipalities_id" integer,
  	"legal_bases_id" integer
  );
  
  CREATE TABLE "_school_options_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__school_options_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_school_options_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"internal" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_school_options_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"municipality_id" integer,
  	"latitude" numeric,
  	"longitude" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_school_options_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_provider_id" integer,
  	"version_schedule" varchar,
  	"version_age_min" numeric,
  	"version_age_max" numeric,
  	"version_whole_network" boolean DEFAULT false,
  	"version_referral_how_to" varchar,
  	"version_referral_municipal_decision_required" boolean DEFAULT false,
  	"version_referral_self_referral" boolean DEFAULT false,
  	"version_referral_internal_note" varchar,
  	"version_cost_type" "enum__school_options_v_version_cost_type" DEFAULT 'free',
  	"version_cost_rate_dkk" numeric,
  	"version_cost_rate_unit" "enum__school_options_v_version_cost_rate_unit",
  	"version_cost_rate_note" varchar,
  	"version_capacity_status" "enum__school_options_v_version_capacity_status" DEFAULT 'open',
  	"version_capacity_waiting_weeks" numeric,
  	"version_capacity_as_of" timestamp(3) with time zone,
  	"version_evidence_level" "enum__school_options_v_version_evidence_level",
  	"version_evidence_results" varchar,
  	"version_evidence_theory_of_change" varchar,
  	"version_school_type" "enum__school_options_v_version_school_type",
  	"version_grade_from" numeric,
  	"version_grade_to" numeric,
  	"version_class_size" numeric,
  	"version_profile" varchar,
  	"version_admission_via_p_p_r" boolean DEFAULT true,
  	"version_visibility" "enum__school_options_v_version_visibility" DEFAULT 'public',
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_next_review_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__school_options_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_school_options_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"municipalities_id" integer,
  	"legal_bases_id" integer
  );
  
  CREATE TABLE "organizations_agreements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"municipality_id" integer NOT NULL,
  	"parties" varchar NOT NULL,
  	"period_from" timestamp(3) with time zone NOT NULL,
  	"period_to" timestamp(3) with time zone,
  	"purpose" varchar NOT NULL,
  	"contact_name" varchar,
  	"contact_role" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_organizations_type" NOT NULL,
  	"cvr" varchar,
  	"description" varchar,
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"address_address" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"address_municipality_id" integer,
  	"slug" varchar,
  	"external_id" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_agreements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"municipality_id" integer NOT NULL,
  	"parties" varchar NOT NULL,
  	"period_from" timestamp(3) with time zone NOT NULL,
  	"period_to" timestamp(3) with time zone,
  	"purpose" varchar NOT NULL,
  	"contact_name" varchar,
  	"contact_role" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_type" "enum__organizations_v_version_type" NOT NULL,
  	"version_cvr" varchar,
  	"version_description" varchar,
  	"version_website" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_address_address" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar,
  	"version_address_municipality_id" integer,
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legislation_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"effective_date" timestamp(3) with time zone,
  	"visibility" "enum_legislation_notes_visibility" DEFAULT 'public',
  	"slug" varchar,
  	"external_id" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_legislation_notes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "legislation_notes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_bases_id" integer,
  	"topics_id" integer,
  	"offers_id" integer,
  	"mentors_id" integer,
  	"school_options_id" integer
  );
  
  CREATE TABLE "_legislation_notes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_visibility" "enum__legislation_notes_v_version_visibility" DEFAULT 'public',
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__legislation_notes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_legislation_notes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_bases_id" integer,
  	"topics_id" integer,
  	"offers_id" integer,
  	"mentors_id" integer,
  	"school_options_id" integer
  );
  
  CREATE TABLE "legal_bases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"law" "enum_legal_bases_law" NOT NULL,
  	"paragraph" varchar NOT NULL,
  	"subsection" varchar,
  	"number" varchar,
  	"heading" varchar NOT NULL,
  	"eli" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"replaces_id" integer,
  	"external_id" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"facet" "enum_topics_facet" DEFAULT 'need' NOT NULL,
  	"parent_id" integer,
  	"description" varchar,
  	"slug" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "organization_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mentors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "school_options_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "legislation_notes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "legal_bases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "offers_languages" ADD CONSTRAINT "offers_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_contacts" ADD CONSTRAINT "offers_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_locations" ADD CONSTRAINT "offers_locations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_locations" ADD CONSTRAINT "offers_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_languages" ADD CONSTRAINT "_offers_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_contacts" ADD CONSTRAINT "_offers_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_locations" ADD CONSTRAINT "_offers_v_version_locations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_locations" ADD CONSTRAINT "_offers_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_parent_id_offers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_provider_id_organizations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_languages" ADD CONSTRAINT "mentors_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_contacts" ADD CONSTRAINT "mentors_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_locations" ADD CONSTRAINT "mentors_locations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors_locations" ADD CONSTRAINT "mentors_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_focus" ADD CONSTRAINT "mentors_focus_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors" ADD CONSTRAINT "mentors_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors" ADD CONSTRAINT "mentors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors" ADD CONSTRAINT "mentors_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mentors_rels" ADD CONSTRAINT "mentors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_rels" ADD CONSTRAINT "mentors_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_rels" ADD CONSTRAINT "mentors_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mentors_rels" ADD CONSTRAINT "mentors_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_languages" ADD CONSTRAINT "_mentors_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_mentors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_contacts" ADD CONSTRAINT "_mentors_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_mentors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_locations" ADD CONSTRAINT "_mentors_v_version_locations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_locations" ADD CONSTRAINT "_mentors_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_mentors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_version_focus" ADD CONSTRAINT "_mentors_v_version_focus_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_mentors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_parent_id_mentors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mentors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_version_provider_id_organizations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v" ADD CONSTRAINT "_mentors_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mentors_v_rels" ADD CONSTRAINT "_mentors_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_mentors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_rels" ADD CONSTRAINT "_mentors_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_rels" ADD CONSTRAINT "_mentors_v_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mentors_v_rels" ADD CONSTRAINT "_mentors_v_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_languages" ADD CONSTRAINT "school_options_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_contacts" ADD CONSTRAINT "school_options_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_locations" ADD CONSTRAINT "school_options_locations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options_locations" ADD CONSTRAINT "school_options_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options" ADD CONSTRAINT "school_options_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options" ADD CONSTRAINT "school_options_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options" ADD CONSTRAINT "school_options_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "school_options_rels" ADD CONSTRAINT "school_options_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_rels" ADD CONSTRAINT "school_options_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_rels" ADD CONSTRAINT "school_options_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "school_options_rels" ADD CONSTRAINT "school_options_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_version_languages" ADD CONSTRAINT "_school_options_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_school_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_version_contacts" ADD CONSTRAINT "_school_options_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_school_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_version_locations" ADD CONSTRAINT "_school_options_v_version_locations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v_version_locations" ADD CONSTRAINT "_school_options_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_school_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_parent_id_school_options_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."school_options"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_version_provider_id_organizations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v" ADD CONSTRAINT "_school_options_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_school_options_v_rels" ADD CONSTRAINT "_school_options_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_school_options_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_rels" ADD CONSTRAINT "_school_options_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_rels" ADD CONSTRAINT "_school_options_v_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_school_options_v_rels" ADD CONSTRAINT "_school_options_v_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_agreements" ADD CONSTRAINT "organizations_agreements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_agreements" ADD CONSTRAINT "organizations_agreements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_address_municipality_id_municipalities_id_fk" FOREIGN KEY ("address_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_agreements" ADD CONSTRAINT "_organizations_v_version_agreements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_agreements" ADD CONSTRAINT "_organizations_v_version_agreements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_address_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_address_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legislation_notes" ADD CONSTRAINT "legislation_notes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legislation_notes" ADD CONSTRAINT "legislation_notes_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legislation_notes_rels" ADD CONSTRAINT "legislation_notes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legislation_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legislation_notes_rels" ADD CONSTRAINT "legislation_notes_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legislation_notes_rels" ADD CONSTRAINT "legislation_notes_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legislation_notes_rels" ADD CONSTRAINT "legislation_notes_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legislation_notes_rels" ADD CONSTRAINT "legislation_notes_rels_mentors_fk" FOREIGN KEY ("mentors_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legislation_notes_rels" ADD CONSTRAINT "legislation_notes_rels_school_options_fk" FOREIGN KEY ("school_options_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v" ADD CONSTRAINT "_legislation_notes_v_parent_id_legislation_notes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legislation_notes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v" ADD CONSTRAINT "_legislation_notes_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v" ADD CONSTRAINT "_legislation_notes_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v_rels" ADD CONSTRAINT "_legislation_notes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legislation_notes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v_rels" ADD CONSTRAINT "_legislation_notes_v_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v_rels" ADD CONSTRAINT "_legislation_notes_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v_rels" ADD CONSTRAINT "_legislation_notes_v_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v_rels" ADD CONSTRAINT "_legislation_notes_v_rels_mentors_fk" FOREIGN KEY ("mentors_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legislation_notes_v_rels" ADD CONSTRAINT "_legislation_notes_v_rels_school_options_fk" FOREIGN KEY ("school_options_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_replaces_id_legal_bases_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."legal_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "offers_languages_order_idx" ON "offers_languages" USING btree ("order");
  CREATE INDEX "offers_languages_parent_idx" ON "offers_languages" USING btree ("parent_id");
  CREATE INDEX "offers_contacts_order_idx" ON "offers_contacts" USING btree ("_order");
  CREATE INDEX "offers_contacts_parent_id_idx" ON "offers_contacts" USING btree ("_parent_id");
  CREATE INDEX "offers_locations_order_idx" ON "offers_locations" USING btree ("_order");
  CREATE INDEX "offers_locations_parent_id_idx" ON "offers_locations" USING btree ("_parent_id");
  CREATE INDEX "offers_locations_municipality_idx" ON "offers_locations" USING btree ("municipality_id");
  CREATE INDEX "offers_provider_idx" ON "offers" USING btree ("provider_id");
  CREATE INDEX "offers_visibility_idx" ON "offers" USING btree ("visibility");
  CREATE UNIQUE INDEX "offers_slug_idx" ON "offers" USING btree ("slug");
  CREATE UNIQUE INDEX "offers_external_id_idx" ON "offers" USING btree ("external_id");
  CREATE INDEX "offers_next_review_at_idx" ON "offers" USING btree ("next_review_at");
  CREATE INDEX "offers_created_by_idx" ON "offers" USING btree ("created_by_id");
  CREATE INDEX "offers_updated_by_idx" ON "offers" USING btree ("updated_by_id");
  CREATE INDEX "offers_updated_at_idx" ON "offers" USING btree ("updated_at");
  CREATE INDEX "offers_created_at_idx" ON "offers" USING btree ("created_at");
  CREATE INDEX "offers__status_idx" ON "offers" USING btree ("_status");
  CREATE INDEX "offers_rels_order_idx" ON "offers_rels" USING btree ("order");
  CREATE INDEX "offers_rels_parent_idx" ON "offers_rels" USING btree ("parent_id");
  CREATE INDEX "offers_rels_path_idx" ON "offers_rels" USING btree ("path");
  CREATE INDEX "offers_rels_topics_id_idx" ON "offers_rels" USING btree ("topics_id");
  CREATE INDEX "offers_rels_municipalities_id_idx" ON "offers_rels" USING btree ("municipalities_id");
  CREATE INDEX "offers_rels_legal_bases_id_idx" ON "offers_rels" USING btree ("legal_bases_id");
  CREATE INDEX "_offers_v_version_languages_order_idx" ON "_offers_v_version_languages" USING btree ("order");
  CREATE INDEX "_offers_v_version_languages_parent_idx" ON "_offers_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_contacts_order_idx" ON "_offers_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_offers_v_version_contacts_parent_id_idx" ON "_offers_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_locations_order_idx" ON "_offers_v_version_locations" USING btree ("_order");
  CREATE INDEX "_offers_v_version_locations_parent_id_idx" ON "_offers_v_version_locations" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_locations_municipality_idx" ON "_offers_v_version_locations" USING btree ("municipality_id");
  CREATE INDEX "_offers_v_parent_idx" ON "_offers_v" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_version_provider_idx" ON "_offers_v" USING btree ("version_provider_id");
  CREATE INDEX "_offers_v_version_version_visibility_idx" ON "_offers_v" USING btree ("version_visibility");
  CREATE INDEX "_offers_v_version_version_slug_idx" ON "_offers_v" USING btree ("version_slug");
  CREATE INDEX "_offers_v_version_version_external_id_idx" ON "_offers_v" USING btree ("version_external_id");
  CREATE INDEX "_offers_v_version_version_next_review_at_idx" ON "_offers_v" USING btree ("version_next_review_at");
  CREATE INDEX "_offers_v_version_version_created_by_idx" ON "_offers_v" USING btree ("version_created_by_id");
  CREATE INDEX "_offers_v_version_version_updated_by_idx" ON "_offers_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_offers_v_version_version_updated_at_idx" ON "_offers_v" USING btree ("version_updated_at");
  CREATE INDEX "_offers_v_version_version_created_at_idx" ON "_offers_v" USING btree ("version_created_at");
  CREATE INDEX "_offers_v_version_version__status_idx" ON "_offers_v" USING btree ("version__status");
  CREATE INDEX "_offers_v_created_at_idx" ON "_offers_v" USING btree ("created_at");
  CREATE INDEX "_offers_v_updated_at_idx" ON "_offers_v" USING btree ("updated_at");
  CREATE INDEX "_offers_v_latest_idx" ON "_offers_v" USING btree ("latest");
  CREATE INDEX "_offers_v_rels_order_idx" ON "_offers_v_rels" USING btree ("order");
  CREATE INDEX "_offers_v_rels_parent_idx" ON "_offers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_offers_v_rels_path_idx" ON "_offers_v_rels" USING btree ("path");
  CREATE INDEX "_offers_v_rels_topics_id_idx" ON "_offers_v_rels" USING btree ("topics_id");
  CREATE INDEX "_offers_v_rels_municipalities_id_idx" ON "_offers_v_rels" USING btree ("municipalities_id");
  CREATE INDEX "_offers_v_rels_legal_bases_id_idx" ON "_offers_v_rels" USING btree ("legal_bases_id");
  CREATE INDEX "mentors_languages_order_idx" ON "mentors_languages" USING btree ("order");
  CREATE INDEX "mentors_languages_parent_idx" ON "mentors_languages" USING btree ("parent_id");
  CREATE INDEX "mentors_contacts_order_idx" ON "mentors_contacts" USING btree ("_order");
  CREATE INDEX "mentors_contacts_parent_id_idx" ON "mentors_contacts" USING btree ("_parent_id");
  CREATE INDEX "mentors_locations_order_idx" ON "mentors_locations" USING btree ("_order");
  CREATE INDEX "mentors_locations_parent_id_idx" ON "mentors_locations" USING btree ("_parent_id");
  CREATE INDEX "mentors_locations_municipality_idx" ON "mentors_locations" USING btree ("municipality_id");
  CREATE INDEX "mentors_focus_order_idx" ON "mentors_focus" USING btree ("order");
  CREATE INDEX "mentors_focus_parent_idx" ON "mentors_focus" USING btree ("parent_id");
  CREATE INDEX "mentors_provider_idx" ON "mentors" USING btree ("provider_id");
  CREATE INDEX "mentors_visibility_idx" ON "mentors" USING btree ("visibility");
  CREATE UNIQUE INDEX "mentors_slug_idx" ON "mentors" USING btree ("slug");
  CREATE UNIQUE INDEX "mentors_external_id_idx" ON "mentors" USING btree ("external_id");
  CREATE INDEX "mentors_next_review_at_idx" ON "mentors" USING btree ("next_review_at");
  CREATE INDEX "mentors_created_by_idx" ON "mentors" USING btree ("created_by_id");
  CREATE INDEX "mentors_updated_by_idx" ON "mentors" USING btree ("updated_by_id");
  CREATE INDEX "mentors_updated_at_idx" ON "mentors" USING btree ("updated_at");
  CREATE INDEX "mentors_created_at_idx" ON "mentors" USING btree ("created_at");
  CREATE INDEX "mentors__status_idx" ON "mentors" USING btree ("_status");
  CREATE INDEX "mentors_rels_order_idx" ON "mentors_rels" USING btree ("order");
  CREATE INDEX "mentors_rels_parent_idx" ON "mentors_rels" USING btree ("parent_id");
  CREATE INDEX "mentors_rels_path_idx" ON "mentors_rels" USING btree ("path");
  CREATE INDEX "mentors_rels_topics_id_idx" ON "mentors_rels" USING btree ("topics_id");
  CREATE INDEX "mentors_rels_municipalities_id_idx" ON "mentors_rels" USING btree ("municipalities_id");
  CREATE INDEX "mentors_rels_legal_bases_id_idx" ON "mentors_rels" USING btree ("legal_bases_id");
  CREATE INDEX "_mentors_v_version_languages_order_idx" ON "_mentors_v_version_languages" USING btree ("order");
  CREATE INDEX "_mentors_v_version_languages_parent_idx" ON "_mentors_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_mentors_v_version_contacts_order_idx" ON "_mentors_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_mentors_v_version_contacts_parent_id_idx" ON "_mentors_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_mentors_v_version_locations_order_idx" ON "_mentors_v_version_locations" USING btree ("_order");
  CREATE INDEX "_mentors_v_version_locations_parent_id_idx" ON "_mentors_v_version_locations" USING btree ("_parent_id");
  CREATE INDEX "_mentors_v_version_locations_municipality_idx" ON "_mentors_v_version_locations" USING btree ("municipality_id");
  CREATE INDEX "_mentors_v_version_focus_order_idx" ON "_mentors_v_version_focus" USING btree ("order");
  CREATE INDEX "_mentors_v_version_focus_parent_idx" ON "_mentors_v_version_focus" USING btree ("parent_id");
  CREATE INDEX "_mentors_v_parent_idx" ON "_mentors_v" USING btree ("parent_id");
  CREATE INDEX "_mentors_v_version_version_provider_idx" ON "_mentors_v" USING btree ("version_provider_id");
  CREATE INDEX "_mentors_v_version_version_visibility_idx" ON "_mentors_v" USING btree ("version_visibility");
  CREATE INDEX "_mentors_v_version_version_slug_idx" ON "_mentors_v" USING btree ("version_slug");
  CREATE INDEX "_mentors_v_version_version_external_id_idx" ON "_mentors_v" USING btree ("version_external_id");
  CREATE INDEX "_mentors_v_version_version_next_review_at_idx" ON "_mentors_v" USING btree ("version_next_review_at");
  CREATE INDEX "_mentors_v_version_version_created_by_idx" ON "_mentors_v" USING btree ("version_created_by_id");
  CREATE INDEX "_mentors_v_version_version_updated_by_idx" ON "_mentors_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_mentors_v_version_version_updated_at_idx" ON "_mentors_v" USING btree ("version_updated_at");
  CREATE INDEX "_mentors_v_version_version_created_at_idx" ON "_mentors_v" USING btree ("version_created_at");
  CREATE INDEX "_mentors_v_version_version__status_idx" ON "_mentors_v" USING btree ("version__status");
  CREATE INDEX "_mentors_v_created_at_idx" ON "_mentors_v" USING btree ("created_at");
  CREATE INDEX "_mentors_v_updated_at_idx" ON "_mentors_v" USING btree ("updated_at");
  CREATE INDEX "_mentors_v_latest_idx" ON "_mentors_v" USING btree ("latest");
  CREATE INDEX "_mentors_v_rels_order_idx" ON "_mentors_v_rels" USING btree ("order");
  CREATE INDEX "_mentors_v_rels_parent_idx" ON "_mentors_v_rels" USING btree ("parent_id");
  CREATE INDEX "_mentors_v_rels_path_idx" ON "_mentors_v_rels" USING btree ("path");
  CREATE INDEX "_mentors_v_rels_topics_id_idx" ON "_mentors_v_rels" USING btree ("topics_id");
  CREATE INDEX "_mentors_v_rels_municipalities_id_idx" ON "_mentors_v_rels" USING btree ("municipalities_id");
  CREATE INDEX "_mentors_v_rels_legal_bases_id_idx" ON "_mentors_v_rels" USING btree ("legal_bases_id");
  CREATE INDEX "school_options_languages_order_idx" ON "school_options_languages" USING btree ("order");
  CREATE INDEX "school_options_languages_parent_idx" ON "school_options_languages" USING btree ("parent_id");
  CREATE INDEX "school_options_contacts_order_idx" ON "school_options_contacts" USING btree ("_order");
  CREATE INDEX "school_options_contacts_parent_id_idx" ON "school_options_contacts" USING btree ("_parent_id");
  CREATE INDEX "school_options_locations_order_idx" ON "school_options_locations" USING btree ("_order");
  CREATE INDEX "school_options_locations_parent_id_idx" ON "school_options_locations" USING btree ("_parent_id");
  CREATE INDEX "school_options_locations_municipality_idx" ON "school_options_locations" USING btree ("municipality_id");
  CREATE INDEX "school_options_provider_idx" ON "school_options" USING btree ("provider_id");
  CREATE INDEX "school_options_visibility_idx" ON "school_options" USING btree ("visibility");
  CREATE UNIQUE INDEX "school_options_slug_idx" ON "school_options" USING btree ("slug");
  CREATE UNIQUE INDEX "school_options_external_id_idx" ON "school_options" USING btree ("external_id");
  CREATE INDEX "school_options_next_review_at_idx" ON "school_options" USING btree ("next_review_at");
  CREATE INDEX "school_options_created_by_idx" ON "school_options" USING btree ("created_by_id");
  CREATE INDEX "school_options_updated_by_idx" ON "school_options" USING btree ("updated_by_id");
  CREATE INDEX "school_options_updated_at_idx" ON "school_options" USING btree ("updated_at");
  CREATE INDEX "school_options_created_at_idx" ON "school_options" USING btree ("created_at");
  CREATE INDEX "school_options__status_idx" ON "school_options" USING btree ("_status");
  CREATE INDEX "school_options_rels_order_idx" ON "school_options_rels" USING btree ("order");
  CREATE INDEX "school_options_rels_parent_idx" ON "school_options_rels" USING btree ("parent_id");
  CREATE INDEX "school_options_rels_path_idx" ON "school_options_rels" USING btree ("path");
  CREATE INDEX "school_options_rels_topics_id_idx" ON "school_options_rels" USING btree ("topics_id");
  CREATE INDEX "school_options_rels_municipalities_id_idx" ON "school_options_rels" USING btree ("municipalities_id");
  CREATE INDEX "school_options_rels_legal_bases_id_idx" ON "school_options_rels" USING btree ("legal_bases_id");
  CREATE INDEX "_school_options_v_version_languages_order_idx" ON "_school_options_v_version_languages" USING btree ("order");
  CREATE INDEX "_school_options_v_version_languages_parent_idx" ON "_school_options_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_school_options_v_version_contacts_order_idx" ON "_school_options_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_school_options_v_version_contacts_parent_id_idx" ON "_school_options_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_school_options_v_version_locations_order_idx" ON "_school_options_v_version_locations" USING btree ("_order");
  CREATE INDEX "_school_options_v_version_locations_parent_id_idx" ON "_school_options_v_version_locations" USING btree ("_parent_id");
  CREATE INDEX "_school_options_v_version_locations_municipality_idx" ON "_school_options_v_version_locations" USING btree ("municipality_id");
  CREATE INDEX "_school_options_v_parent_idx" ON "_school_options_v" USING btree ("parent_id");
  CREATE INDEX "_school_options_v_version_version_provider_idx" ON "_school_options_v" USING btree ("version_provider_id");
  CREATE INDEX "_school_options_v_version_version_visibility_idx" ON "_school_options_v" USING btree ("version_visibility");
  CREATE INDEX "_school_options_v_version_version_slug_idx" ON "_school_options_v" USING btree ("version_slug");
  CREATE INDEX "_school_options_v_version_version_external_id_idx" ON "_school_options_v" USING btree ("version_external_id");
  CREATE INDEX "_school_options_v_version_version_next_review_at_idx" ON "_school_options_v" USING btree ("version_next_review_at");
  CREATE INDEX "_school_options_v_version_version_created_by_idx" ON "_school_options_v" USING btree ("version_created_by_id");
  CREATE INDEX "_school_options_v_version_version_updated_by_idx" ON "_school_options_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_school_options_v_version_version_updated_at_idx" ON "_school_options_v" USING btree ("version_updated_at");
  CREATE INDEX "_school_options_v_version_version_created_at_idx" ON "_school_options_v" USING btree ("version_created_at");
  CREATE INDEX "_school_options_v_version_version__status_idx" ON "_school_options_v" USING btree ("version__status");
  CREATE INDEX "_school_options_v_created_at_idx" ON "_school_options_v" USING btree ("created_at");
  CREATE INDEX "_school_options_v_updated_at_idx" ON "_school_options_v" USING btree ("updated_at");
  CREATE INDEX "_school_options_v_latest_idx" ON "_school_options_v" USING btree ("latest");
  CREATE INDEX "_school_options_v_rels_order_idx" ON "_school_options_v_rels" USING btree ("order");
  CREATE INDEX "_school_options_v_rels_parent_idx" ON "_school_options_v_rels" USING btree ("parent_id");
  CREATE INDEX "_school_options_v_rels_path_idx" ON "_school_options_v_rels" USING btree ("path");
  CREATE INDEX "_school_options_v_rels_topics_id_idx" ON "_school_options_v_rels" USING btree ("topics_id");
  CREATE INDEX "_school_options_v_rels_municipalities_id_idx" ON "_school_options_v_rels" USING btree ("municipalities_id");
  CREATE INDEX "_school_options_v_rels_legal_bases_id_idx" ON "_school_options_v_rels" USING btree ("legal_bases_id");
  CREATE INDEX "organizations_agreements_order_idx" ON "organizations_agreements" USING btree ("_order");
  CREATE INDEX "organizations_agreements_parent_id_idx" ON "organizations_agreements" USING btree ("_parent_id");
  CREATE INDEX "organizations_agreements_municipality_idx" ON "organizations_agreements" USING btree ("municipality_id");
  CREATE INDEX "organizations_address_address_municipality_idx" ON "organizations" USING btree ("address_municipality_id");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE UNIQUE INDEX "organizations_external_id_idx" ON "organizations" USING btree ("external_id");
  CREATE INDEX "organizations_created_by_idx" ON "organizations" USING btree ("created_by_id");
  CREATE INDEX "organizations_updated_by_idx" ON "organizations" USING btree ("updated_by_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "_organizations_v_version_agreements_order_idx" ON "_organizations_v_version_agreements" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_agreements_parent_id_idx" ON "_organizations_v_version_agreements" USING btree ("_parent_id");
  CREATE INDEX "_organizations_v_version_agreements_municipality_idx" ON "_organizations_v_version_agreements" USING btree ("municipality_id");
  CREATE INDEX "_organizations_v_parent_idx" ON "_organizations_v" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_version_address_version_address_municip_idx" ON "_organizations_v" USING btree ("version_address_municipality_id");
  CREATE INDEX "_organizations_v_version_version_slug_idx" ON "_organizations_v" USING btree ("version_slug");
  CREATE INDEX "_organizations_v_version_version_external_id_idx" ON "_organizations_v" USING btree ("version_external_id");
  CREATE INDEX "_organizations_v_version_version_created_by_idx" ON "_organizations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_organizations_v_version_version_updated_by_idx" ON "_organizations_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_organizations_v_version_version_updated_at_idx" ON "_organizations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organizations_v_version_version_created_at_idx" ON "_organizations_v" USING btree ("version_created_at");
  CREATE INDEX "_organizations_v_created_at_idx" ON "_organizations_v" USING btree ("created_at");
  CREATE INDEX "_organizations_v_updated_at_idx" ON "_organizations_v" USING btree ("updated_at");
  CREATE INDEX "legislation_notes_effective_date_idx" ON "legislation_notes" USING btree ("effective_date");
  CREATE INDEX "legislation_notes_visibility_idx" ON "legislation_notes" USING btree ("visibility");
  CREATE UNIQUE INDEX "legislation_notes_slug_idx" ON "legislation_notes" USING btree ("slug");
  CREATE UNIQUE INDEX "legislation_notes_external_id_idx" ON "legislation_notes" USING btree ("external_id");
  CREATE INDEX "legislation_notes_created_by_idx" ON "legislation_notes" USING btree ("created_by_id");
  CREATE INDEX "legislation_notes_updated_by_idx" ON "legislation_notes" USING btree ("updated_by_id");
  CREATE INDEX "legislation_notes_updated_at_idx" ON "legislation_notes" USING btree ("updated_at");
  CREATE INDEX "legislation_notes_created_at_idx" ON "legislation_notes" USING btree ("created_at");
  CREATE INDEX "legislation_notes__status_idx" ON "legislation_notes" USING btree ("_status");
  CREATE INDEX "legislation_notes_rels_order_idx" ON "legislation_notes_rels" USING btree ("order");
  CREATE INDEX "legislation_notes_rels_parent_idx" ON "legislation_notes_rels" USING btree ("parent_id");
  CREATE INDEX "legislation_notes_rels_path_idx" ON "legislation_notes_rels" USING btree ("path");
  CREATE INDEX "legislation_notes_rels_legal_bases_id_idx" ON "legislation_notes_rels" USING btree ("legal_bases_id");
  CREATE INDEX "legislation_notes_rels_topics_id_idx" ON "legislation_notes_rels" USING btree ("topics_id");
  CREATE INDEX "legislation_notes_rels_offers_id_idx" ON "legislation_notes_rels" USING btree ("offers_id");
  CREATE INDEX "legislation_notes_rels_mentors_id_idx" ON "legislation_notes_rels" USING btree ("mentors_id");
  CREATE INDEX "legislation_notes_rels_school_options_id_idx" ON "legislation_notes_rels" USING btree ("school_options_id");
  CREATE INDEX "_legislation_notes_v_parent_idx" ON "_legislation_notes_v" USING btree ("parent_id");
  CREATE INDEX "_legislation_notes_v_version_version_effective_date_idx" ON "_legislation_notes_v" USING btree ("version_effective_date");
  CREATE INDEX "_legislation_notes_v_version_version_visibility_idx" ON "_legislation_notes_v" USING btree ("version_visibility");
  CREATE INDEX "_legislation_notes_v_version_version_slug_idx" ON "_legislation_notes_v" USING btree ("version_slug");
  CREATE INDEX "_legislation_notes_v_version_version_external_id_idx" ON "_legislation_notes_v" USING btree ("version_external_id");
  CREATE INDEX "_legislation_notes_v_version_version_created_by_idx" ON "_legislation_notes_v" USING btree ("version_created_by_id");
  CREATE INDEX "_legislation_notes_v_version_version_updated_by_idx" ON "_legislation_notes_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_legislation_notes_v_version_version_updated_at_idx" ON "_legislation_notes_v" USING btree ("version_updated_at");
  CREATE INDEX "_legislation_notes_v_version_version_created_at_idx" ON "_legislation_notes_v" USING btree ("version_created_at");
  CREATE INDEX "_legislation_notes_v_version_version__status_idx" ON "_legislation_notes_v" USING btree ("version__status");
  CREATE INDEX "_legislation_notes_v_created_at_idx" ON "_legislation_notes_v" USING btree ("created_at");
  CREATE INDEX "_legislation_notes_v_updated_at_idx" ON "_legislation_notes_v" USING btree ("updated_at");
  CREATE INDEX "_legislation_notes_v_latest_idx" ON "_legislation_notes_v" USING btree ("latest");
  CREATE INDEX "_legislation_notes_v_rels_order_idx" ON "_legislation_notes_v_rels" USING btree ("order");
  CREATE INDEX "_legislation_notes_v_rels_parent_idx" ON "_legislation_notes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legislation_notes_v_rels_path_idx" ON "_legislation_notes_v_rels" USING btree ("path");
  CREATE INDEX "_legislation_notes_v_rels_legal_bases_id_idx" ON "_legislation_notes_v_rels" USING btree ("legal_bases_id");
  CREATE INDEX "_legislation_notes_v_rels_topics_id_idx" ON "_legislation_notes_v_rels" USING btree ("topics_id");
  CREATE INDEX "_legislation_notes_v_rels_offers_id_idx" ON "_legislation_notes_v_rels" USING btree ("offers_id");
  CREATE INDEX "_legislation_notes_v_rels_mentors_id_idx" ON "_legislation_notes_v_rels" USING btree ("mentors_id");
  CREATE INDEX "_legislation_notes_v_rels_school_options_id_idx" ON "_legislation_notes_v_rels" USING btree ("school_options_id");
  CREATE INDEX "legal_bases_replaces_idx" ON "legal_bases" USING btree ("replaces_id");
  CREATE UNIQUE INDEX "legal_bases_external_id_idx" ON "legal_bases" USING btree ("external_id");
  CREATE INDEX "legal_bases_updated_at_idx" ON "legal_bases" USING btree ("updated_at");
  CREATE INDEX "legal_bases_created_at_idx" ON "legal_bases" USING btree ("created_at");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mentors_fk" FOREIGN KEY ("mentors_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_school_options_fk" FOREIGN KEY ("school_options_id") REFERENCES "public"."school_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legislation_notes_fk" FOREIGN KEY ("legislation_notes_id") REFERENCES "public"."legislation_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_bases_fk" FOREIGN KEY ("legal_bases_id") REFERENCES "public"."legal_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "payload_locked_documents_rels_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("offers_id");
  CREATE INDEX "payload_locked_documents_rels_mentors_id_idx" ON "payload_locked_documents_rels" USING btree ("mentors_id");
  CREATE INDEX "payload_locked_documents_rels_school_options_id_idx" ON "payload_locked_documents_rels" USING btree ("school_options_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_legislation_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("legislation_notes_id");
  CREATE INDEX "payload_locked_documents_rels_legal_bases_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_bases_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors_focus" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mentors_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v_version_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v_version_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v_version_focus" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mentors_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "school_options_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "school_options_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "school_options_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "school_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "school_options_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_school_options_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_school_options_v_version_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_school_options_v_version_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_school_options_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_school_options_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_agreements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v_version_agreements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legislation_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legislation_notes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legislation_notes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legislation_notes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_bases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "offers_languages" CASCADE;
  DROP TABLE "offers_contacts" CASCADE;
  DROP TABLE "offers_locations" CASCADE;
  DROP TABLE "offers" CASCADE;
  DROP TABLE "offers_rels" CASCADE;
  DROP TABLE "_offers_v_version_languages" CASCADE;
  DROP TABLE "_offers_v_version_contacts" CASCADE;
  DROP TABLE "_offers_v_version_locations" CASCADE;
  DROP TABLE "_offers_v" CASCADE;
  DROP TABLE "_offers_v_rels" CASCADE;
  DROP TABLE "mentors_languages" CASCADE;
  DROP TABLE "mentors_contacts" CASCADE;
  DROP TABLE "mentors_locations" CASCADE;
  DROP TABLE "mentors_focus" CASCADE;
  DROP TABLE "mentors" CASCADE;
  DROP TABLE "mentors_rels" CASCADE;
  DROP TABLE "_mentors_v_version_languages" CASCADE;
  DROP TABLE "_mentors_v_version_contacts" CASCADE;
  DROP TABLE "_mentors_v_version_locations" CASCADE;
  DROP TABLE "_mentors_v_version_focus" CASCADE;
  DROP TABLE "_mentors_v" CASCADE;
  DROP TABLE "_mentors_v_rels" CASCADE;
  DROP TABLE "school_options_languages" CASCADE;
  DROP TABLE "school_options_contacts" CASCADE;
  DROP TABLE "school_options_locations" CASCADE;
  DROP TABLE "school_options" CASCADE;
  DROP TABLE "school_options_rels" CASCADE;
  DROP TABLE "_school_options_v_version_languages" CASCADE;
  DROP TABLE "_school_options_v_version_contacts" CASCADE;
  DROP TABLE "_school_options_v_version_locations" CASCADE;
  DROP TABLE "_school_options_v" CASCADE;
  DROP TABLE "_school_options_v_rels" CASCADE;
  DROP TABLE "organizations_agreements" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "_organizations_v_version_agreements" CASCADE;
  DROP TABLE "_organizations_v" CASCADE;
  DROP TABLE "legislation_notes" CASCADE;
  DROP TABLE "legislation_notes_rels" CASCADE;
  DROP TABLE "_legislation_notes_v" CASCADE;
  DROP TABLE "_legislation_notes_v_rels" CASCADE;
  DROP TABLE "legal_bases" CASCADE;
  DROP TABLE "topics" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_organization_id_organizations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_offers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mentors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_school_options_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_organizations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_legislation_notes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_legal_bases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  DROP INDEX "users_organization_idx";
  DROP INDEX "payload_locked_documents_rels_offers_id_idx";
  DROP INDEX "payload_locked_documents_rels_mentors_id_idx";
  DROP INDEX "payload_locked_documents_rels_school_options_id_idx";
  DROP INDEX "payload_locked_documents_rels_organizations_id_idx";
  DROP INDEX "payload_locked_documents_rels_legislation_notes_id_idx";
  DROP INDEX "payload_locked_documents_rels_legal_bases_id_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  ALTER TABLE "users" DROP COLUMN "organization_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mentors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "school_options_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "legislation_notes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "legal_bases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  DROP TYPE "public"."enum_offers_languages";
  DROP TYPE "public"."enum_offers_cost_type";
  DROP TYPE "public"."enum_offers_cost_rate_unit";
  DROP TYPE "public"."enum_offers_capacity_status";
  DROP TYPE "public"."enum_offers_evidence_level";
  DROP TYPE "public"."enum_offers_offer_type";
  DROP TYPE "public"."enum_offers_visibility";
  DROP TYPE "public"."enum_offers_status";
  DROP TYPE "public"."enum__offers_v_version_languages";
  DROP TYPE "public"."enum__offers_v_version_cost_type";
  DROP TYPE "public"."enum__offers_v_version_cost_rate_unit";
  DROP TYPE "public"."enum__offers_v_version_capacity_status";
  DROP TYPE "public"."enum__offers_v_version_evidence_level";
  DROP TYPE "public"."enum__offers_v_version_offer_type";
  DROP TYPE "public"."enum__offers_v_version_visibility";
  DROP TYPE "public"."enum__offers_v_version_status";
  DROP TYPE "public"."enum_mentors_languages";
  DROP TYPE "public"."enum_mentors_focus";
  DROP TYPE "public"."enum_mentors_cost_type";
  DROP TYPE "public"."enum_mentors_cost_rate_unit";
  DROP TYPE "public"."enum_mentors_capacity_status";
  DROP TYPE "public"."enum_mentors_evidence_level";
  DROP TYPE "public"."enum_mentors_mentor_type";
  DROP TYPE "public"."enum_mentors_visibility";
  DROP TYPE "public"."enum_mentors_status";
  DROP TYPE "public"."enum__mentors_v_version_languages";
  DROP TYPE "public"."enum__mentors_v_version_focus";
  DROP TYPE "public"."enum__mentors_v_version_cost_type";
  DROP TYPE "public"."enum__mentors_v_version_cost_rate_unit";
  DROP TYPE "public"."enum__mentors_v_version_capacity_status";
  DROP TYPE "public"."enum__mentors_v_version_evidence_level";
  DROP TYPE "public"."enum__mentors_v_version_mentor_type";
  DROP TYPE "public"."enum__mentors_v_version_visibility";
  DROP TYPE "public"."enum__mentors_v_version_status";
  DROP TYPE "public"."enum_school_options_languages";
  DROP TYPE "public"."enum_school_options_cost_type";
  DROP TYPE "public"."enum_school_options_cost_rate_unit";
  DROP TYPE "public"."enum_school_options_capacity_status";
  DROP TYPE "public"."enum_school_options_evidence_level";
  DROP TYPE "public"."enum_school_options_school_type";
  DROP TYPE "public"."enum_school_options_visibility";
  DROP TYPE "public"."enum_school_options_status";
  DROP TYPE "public"."enum__school_options_v_version_languages";
  DROP TYPE "public"."enum__school_options_v_version_cost_type";
  DROP TYPE "public"."enum__school_options_v_version_cost_rate_unit";
  DROP TYPE "public"."enum__school_options_v_version_capacity_status";
  DROP TYPE "public"."enum__school_options_v_version_evidence_level";
  DROP TYPE "public"."enum__school_options_v_version_school_type";
  DROP TYPE "public"."enum__school_options_v_version_visibility";
  DROP TYPE "public"."enum__school_options_v_version_status";
  DROP TYPE "public"."enum_organizations_type";
  DROP TYPE "public"."enum__organizations_v_version_type";
  DROP TYPE "public"."enum_legislation_notes_visibility";
  DROP TYPE "public"."enum_legislation_notes_status";
  DROP TYPE "public"."enum__legislation_notes_v_version_visibility";
  DROP TYPE "public"."enum__legislation_notes_v_version_status";
  DROP TYPE "public"."enum_legal_bases_law";
  DROP TYPE "public"."enum_topics_facet";`)
}
