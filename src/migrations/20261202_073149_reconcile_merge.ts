import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Snapshot only: the branches merged this session (outcomes, methods' network, media approval,
 * cooperations) each made their migration from the same parent, so none of their snapshots holds
 * the others' schema. Their own migrations make the tables; this one records the merged schema
 * as the base for the next `migrate:create`.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
