import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "shortlists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"entries" jsonb DEFAULT '[]'::jsonb NOT NULL,
  	"link_sharing" boolean DEFAULT false,
  	"share_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "shortlists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "shortlists_id" integer;
  ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shortlists_rels" ADD CONSTRAINT "shortlists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."shortlists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shortlists_rels" ADD CONSTRAINT "shortlists_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "shortlists_owner_idx" ON "shortlists" USING btree ("owner_id");
  CREATE UNIQUE INDEX "shortlists_share_key_idx" ON "shortlists" USING btree ("share_key");
  CREATE INDEX "shortlists_updated_at_idx" ON "shortlists" USING btree ("updated_at");
  CREATE INDEX "shortlists_created_at_idx" ON "shortlists" USING btree ("created_at");
  CREATE INDEX "shortlists_rels_order_idx" ON "shortlists_rels" USING btree ("order");
  CREATE INDEX "shortlists_rels_parent_idx" ON "shortlists_rels" USING btree ("parent_id");
  CREATE INDEX "shortlists_rels_path_idx" ON "shortlists_rels" USING btree ("path");
  CREATE INDEX "shortlists_rels_users_id_idx" ON "shortlists_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shortlists_fk" FOREIGN KEY ("shortlists_id") REFERENCES "public"."shortlists"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_shortlists_id_idx" ON "payload_locked_documents_rels" USING btree ("shortlists_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "shortlists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shortlists_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "shortlists" CASCADE;
  DROP TABLE "shortlists_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_shortlists_fk";
  
  DROP INDEX "payload_locked_documents_rels_shortlists_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "shortlists_id";`)
}
