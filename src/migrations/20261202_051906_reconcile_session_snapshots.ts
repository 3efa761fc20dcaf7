import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * No schema change: the shortlists, HSDS ids, object storage, networks and methods migrations were
 * made in parallel, each against the schema before the others. Its snapshot (the .json beside it)
 * is the schema of all of them together, so the next `migrate:create` compares against that.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
