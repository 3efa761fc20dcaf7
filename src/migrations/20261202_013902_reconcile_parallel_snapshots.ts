import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/**
 * No schema change: five features were built in parallel, each with its migration (review_tasks,
 * follow, accounts, repeal_flags, retsinformation_watch), and each snapshot knew only its own.
 * This migration's snapshot (the .json beside it) is the schema of all of them together, so the
 * next `npm run migrate:create` compares against the truth.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
