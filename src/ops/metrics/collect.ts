import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { SearchCollection } from '@/search/query/types'
import { searchOptions } from '@/search/options'
import { sqlRows } from '@/utilities/sqlRows'
import { meiliClient, searchConfig } from '@/search/service/config'

import { appMetrics } from './appMetrics'
import { processRegistry, type Registry } from './registry'

type Row = Record<string, unknown>

const asNumber = (value: unknown) => (value === null || value === undefined ? 0 : Number(value))
const seconds = (value: unknown) =>
  value === null || value === undefined ? undefined : new Date(value as string).getTime() / 1000

/** Search sync tasks: a pending one is a change in Postgres that is not in the index yet. */
export const SEARCH_SYNC_TASKS = ['syncSearchDocument', 'syncSearchDependents']

/**
 * The collections whose changes reach the search index: the search plugin's own list (its options
 * in payload.config.ts), so a newly indexed collection (methods, …) is counted without a change here.
 */
export const indexedCollections = (payload: Pick<Payload, 'config'>): SearchCollection[] => [
  ...searchOptions(payload).indexed,
]

export type CollectOptions = {
  /** The clock (tests move it forward instead of waiting). */
  now?: Date
  registry?: Registry
  /** How long to wait for Meilisearch's index stats before leaving them out. */
  searchTimeoutMs?: number
}

/**
 * Reads the gauges that describe shared state at scrape time, from Postgres (the job queue, the
 * outbox, the newest indexed change) and Meilisearch (when the index was last updated), and sets
 * them on the registry. Cheap: a few grouped counts on indexed columns. Each part that fails (the
 * database or Meilisearch down) leaves its gauges out and sets `videnportal_scrape_errors`.
 */
export async function collectSharedState(payload: Payload, options: CollectOptions = {}) {
  const now = options.now ?? new Date()
  const registry = options.registry ?? processRegistry()
  appMetrics(registry)
  const jobsQueued = registry.gauge(
    'videnportal_jobs_queued',
    'Jobs waiting in the queue, by task, queue and state: due (may run now), scheduled (waiting for their time or a retry), running, failed (given up).',
    ['task', 'queue', 'state'],
  )
  const oldestAge = registry.gauge(
    'videnportal_jobs_oldest_due_age_seconds',
    'How long the oldest due job of each task has waited to run (0 when none is due).',
    ['task', 'queue'],
  )
  const indexLag = registry.gauge(
    'videnportal_search_index_lag_seconds',
    'Age of the oldest change in Postgres not yet in the search index (its pending sync job); 0 when the index is current.',
  )
  const pendingSync = registry.gauge(
    'videnportal_search_pending_changes',
    'Changes in Postgres waiting to reach the search index (pending search sync jobs).',
  )
  const lastChange = registry.gauge(
    'videnportal_search_last_change_timestamp_seconds',
    'When an indexed document last changed in Postgres (Unix time).',
  )
  const lastIndexed = registry.gauge(
    'videnportal_search_last_indexed_timestamp_seconds',
    'When the search index was last updated, as Meilisearch reports it (Unix time).',
  )
  const outbox = registry.gauge(
    'videnportal_mail_outbox_messages',
    'E-mails in the outbox by status (queued, sent, kept without SMTP, failed): the whole history, across app servers.',
    ['status'],
  )
  const scrapeErrors = registry.gauge(
    'videnportal_scrape_errors',
    'Parts of the last scrape that could not be read (database, search), 1 when failed.',
    ['part'],
  )

  const db = payload.db.drizzle
  const stamp = now.toISOString()
  try {
    // access: operational counts over the job table, no document content.
    const jobs = sqlRows<Row>(
      await db.execute(sql`
        select coalesce(task_slug::text, 'unknown') as task, coalesce(queue, 'default') as queue,
          count(*) filter (where not processing and not has_error
            and (wait_until is null or wait_until <= ${stamp}::timestamptz)) as due,
          count(*) filter (where not processing and not has_error
            and wait_until > ${stamp}::timestamptz) as scheduled,
          count(*) filter (where processing) as running,
          count(*) filter (where has_error and not processing) as failed,
          min(coalesce(wait_until, created_at)) filter (where not processing and not has_error
            and (wait_until is null or wait_until <= ${stamp}::timestamptz)) as oldest_due
        from payload_jobs
        where completed_at is null
        group by 1, 2`),
    )
    const queued: Array<{ labels: Record<string, string>; value: number }> = []
    const ages: Array<{ labels: Record<string, string>; value: number }> = []
    let pending = 0
    for (const row of jobs) {
      const task = String(row.task)
      const queue = String(row.queue)
      for (const state of ['due', 'scheduled', 'running', 'failed'] as const) {
        queued.push({ labels: { task, queue, state }, value: asNumber(row[state]) })
      }
      const oldest = seconds(row.oldest_due)
      ages.push({
        labels: { task, queue },
        value: oldest === undefined ? 0 : Math.max(0, now.getTime() / 1000 - oldest),
      })
      if (SEARCH_SYNC_TASKS.includes(task)) {
        pending += asNumber(row.due) + asNumber(row.scheduled) + asNumber(row.running)
      }
    }
    // access: creation times of the pending search sync jobs (no content).
    const [oldestSync] = sqlRows<Row>(
      await db.execute(sql`
        select min(created_at) as oldest from payload_jobs
        where completed_at is null and not has_error
          and task_slug::text in (${sql.join(
            SEARCH_SYNC_TASKS.map((task) => sql`${task}`),
            sql`, `,
          )})`),
    )
    const oldestPending = seconds(oldestSync?.oldest)
    jobsQueued.replace(queued)
    oldestAge.replace(ages)
    pendingSync.set({}, pending)
    indexLag.set(
      {},
      oldestPending === undefined ? 0 : Math.max(0, now.getTime() / 1000 - oldestPending),
    )

    // access: the newest updatedAt of each indexed collection (a timestamp, no content).
    let newest: number | undefined
    for (const collection of indexedCollections(payload)) {
      if (!payload.collections[collection]) continue
      const { docs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        pagination: false,
        select: { updatedAt: true } as never,
        overrideAccess: true,
      })
      const updated = seconds((docs[0] as { updatedAt?: string } | undefined)?.updatedAt)
      if (updated !== undefined && (newest === undefined || updated > newest)) newest = updated
    }
    if (newest !== undefined) lastChange.set({}, newest)

    // access: counts of outbox rows by status (no addresses or content).
    const mails = sqlRows<Row>(
      await db.execute(
        sql`select status::text as status, count(*) as count from mail_outbox group by 1`,
      ),
    )
    outbox.replace(
      mails.map((row) => ({ labels: { status: String(row.status) }, value: asNumber(row.count) })),
    )
    scrapeErrors.set({ part: 'database' }, 0)
  } catch (error) {
    scrapeErrors.set({ part: 'database' }, 1)
    payload.logger.warn({ err: error }, 'Metrics: could not read the job queue and outbox')
  }

  const search = searchConfig()
  if (search) {
    try {
      const index = await Promise.race([
        meiliClient('search').getRawIndex(search.indexName),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), options.searchTimeoutMs ?? 1500).unref(),
        ),
      ])
      const updated = seconds(index.updatedAt)
      if (updated !== undefined) lastIndexed.set({}, updated)
      scrapeErrors.set({ part: 'search' }, 0)
    } catch {
      scrapeErrors.set({ part: 'search' }, 1)
    }
  }
  return registry
}
