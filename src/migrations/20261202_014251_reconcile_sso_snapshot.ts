import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/**
 * No schema change: single sign-on's migration (sso_identity) was made in parallel with the
 * features reconciled by 20261202_013902_reconcile_parallel_snapshots, whose snapshot does not know
 * its two columns. This snapshot (the .json beside it) is the whole schema again.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
