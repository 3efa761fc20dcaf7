import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/**
 * No schema change: four features were built in parallel, each with its migration
 * (mail_and_ownership, freshness, error_reports, moderation_digest_task, search_terms_and_stats),
 * and each snapshot knew only its own. This migration's snapshot (the .json beside it) is the
 * schema of all of them together, so the next `npm run migrate:create` compares against the truth.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
