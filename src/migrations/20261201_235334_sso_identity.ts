import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "sso_provider" varchar;
  ALTER TABLE "users" ADD COLUMN "sso_subject" varchar;
  CREATE INDEX "users_sso_provider_idx" ON "users" USING btree ("sso_provider");
  CREATE INDEX "users_sso_subject_idx" ON "users" USING btree ("sso_subject");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "users_sso_provider_idx";
  DROP INDEX "users_sso_subject_idx";
  ALTER TABLE "users" DROP COLUMN "sso_provider";
  ALTER TABLE "users" DROP COLUMN "sso_subject";`)
}
