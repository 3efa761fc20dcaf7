import pg from 'pg'

/**
 * The search plugin's reconciliation task and its queue (src/search/plugin/tasks/reconcileSearch.ts,
 * the plugin's default queue and the task's concurrency key). The launcher runs outside Payload, so
 * it names them here.
 */
const TASK = 'reconcileSearch'
const QUEUE = 'search'
const CONCURRENCY_KEY = 'search:reconcile'

/**
 * Asks the portal to reconcile the search index now, e.g. after Meilisearch was restarted: queues
 * the reconciliation job in Postgres (unless one is waiting already). The insert's trigger sends
 * NOTIFY on the jobs channel, which wakes the jobs runner in the server; the job itself is durable,
 * so a runner that missed the notification (or starts later) still runs it on its next poll.
 * Returns false when there is nothing to queue into yet (the database is not migrated).
 */
export async function requestSearchReconcile(databaseUri: string | undefined): Promise<boolean> {
  if (!databaseUri) return false
  const client = new pg.Client({ connectionString: databaseUri, connectionTimeoutMillis: 5000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
    const table = await client.query(`select to_regclass('public.payload_jobs') is not null as ok`)
    if (!table.rows[0]?.ok) return false
    await client.query(
      `insert into payload_jobs (input, task_slug, queue, concurrency_key)
       select '{}'::jsonb, $1, $2, $3
       where not exists (
         select 1 from payload_jobs
         where task_slug = $1 and completed_at is null and processing = false
           and has_error = false and (wait_until is null or wait_until <= now())
       )`,
      [TASK, QUEUE, CONCURRENCY_KEY],
    )
    return true
  } finally {
    await client.end().catch(() => undefined)
  }
}
