import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "methods" ADD COLUMN "network_id" integer;
  ALTER TABLE "_methods_v" ADD COLUMN "version_network_id" integer;
  ALTER TABLE "methods" ADD CONSTRAINT "methods_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_version_network_id_networks_id_fk" FOREIGN KEY ("version_network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "methods_network_idx" ON "methods" USING btree ("network_id");
  CREATE INDEX "_methods_v_version_version_network_idx" ON "_methods_v" USING btree ("version_network_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "methods" DROP CONSTRAINT "methods_network_id_networks_id_fk";
  
  ALTER TABLE "_methods_v" DROP CONSTRAINT "_methods_v_version_network_id_networks_id_fk";
  
  DROP INDEX "methods_network_idx";
  DROP INDEX "_methods_v_version_version_network_idx";
  ALTER TABLE "methods" DROP COLUMN "network_id";
  ALTER TABLE "_methods_v" DROP COLUMN "version_network_id";`)
}
