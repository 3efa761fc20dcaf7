import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Open data (src/hsds): a stored UUID per listing, organization and topic (HSDS ids that never
 * change), given to the rows that exist and copied into their versions.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers" ADD COLUMN "hsds_id" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_hsds_id" varchar;
  ALTER TABLE "mentors" ADD COLUMN "hsds_id" varchar;
  ALTER TABLE "_mentors_v" ADD COLUMN "version_hsds_id" varchar;
  ALTER TABLE "school_options" ADD COLUMN "hsds_id" varchar;
  ALTER TABLE "_school_options_v" ADD COLUMN "version_hsds_id" varchar;
  ALTER TABLE "organizations" ADD COLUMN "hsds_id" varchar;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_hsds_id" varchar;
  ALTER TABLE "topics" ADD COLUMN "hsds_id" varchar;
  UPDATE "offers" SET "hsds_id" = gen_random_uuid()::text WHERE "hsds_id" IS NULL;
  UPDATE "mentors" SET "hsds_id" = gen_random_uuid()::text WHERE "hsds_id" IS NULL;
  UPDATE "school_options" SET "hsds_id" = gen_random_uuid()::text WHERE "hsds_id" IS NULL;
  UPDATE "organizations" SET "hsds_id" = gen_random_uuid()::text WHERE "hsds_id" IS NULL;
  UPDATE "topics" SET "hsds_id" = gen_random_uuid()::text WHERE "hsds_id" IS NULL;
  UPDATE "_offers_v" v SET "version_hsds_id" = d."hsds_id" FROM "offers" d WHERE v."parent_id" = d."id";
  UPDATE "_mentors_v" v SET "version_hsds_id" = d."hsds_id" FROM "mentors" d WHERE v."parent_id" = d."id";
  UPDATE "_school_options_v" v SET "version_hsds_id" = d."hsds_id" FROM "school_options" d WHERE v."parent_id" = d."id";
  UPDATE "_organizations_v" v SET "version_hsds_id" = d."hsds_id" FROM "organizations" d WHERE v."parent_id" = d."id";
  CREATE UNIQUE INDEX "offers_hsds_id_idx" ON "offers" USING btree ("hsds_id");
  CREATE INDEX "_offers_v_version_version_hsds_id_idx" ON "_offers_v" USING btree ("version_hsds_id");
  CREATE UNIQUE INDEX "mentors_hsds_id_idx" ON "mentors" USING btree ("hsds_id");
  CREATE INDEX "_mentors_v_version_version_hsds_id_idx" ON "_mentors_v" USING btree ("version_hsds_id");
  CREATE UNIQUE INDEX "school_options_hsds_id_idx" ON "school_options" USING btree ("hsds_id");
  CREATE INDEX "_school_options_v_version_version_hsds_id_idx" ON "_school_options_v" USING btree ("version_hsds_id");
  CREATE UNIQUE INDEX "organizations_hsds_id_idx" ON "organizations" USING btree ("hsds_id");
  CREATE INDEX "_organizations_v_version_version_hsds_id_idx" ON "_organizations_v" USING btree ("version_hsds_id");
  CREATE UNIQUE INDEX "topics_hsds_id_idx" ON "topics" USING btree ("hsds_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "offers_hsds_id_idx";
  DROP INDEX "_offers_v_version_version_hsds_id_idx";
  DROP INDEX "mentors_hsds_id_idx";
  DROP INDEX "_mentors_v_version_version_hsds_id_idx";
  DROP INDEX "school_options_hsds_id_idx";
  DROP INDEX "_school_options_v_version_version_hsds_id_idx";
  DROP INDEX "organizations_hsds_id_idx";
  DROP INDEX "_organizations_v_version_version_hsds_id_idx";
  DROP INDEX "topics_hsds_id_idx";
  ALTER TABLE "offers" DROP COLUMN "hsds_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_hsds_id";
  ALTER TABLE "mentors" DROP COLUMN "hsds_id";
  ALTER TABLE "_mentors_v" DROP COLUMN "version_hsds_id";
  ALTER TABLE "school_options" DROP COLUMN "hsds_id";
  ALTER TABLE "_school_options_v" DROP COLUMN "version_hsds_id";
  ALTER TABLE "organizations" DROP COLUMN "hsds_id";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_hsds_id";
  ALTER TABLE "topics" DROP COLUMN "hsds_id";`)
}
