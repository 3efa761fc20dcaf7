import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

import { isSearchHealthy } from '@/search/service/healthCheck'

export type ServiceState = 'ok' | 'down'
export type HealthReport = {
  status: 'ok' | 'degraded' | 'down'
  database: ServiceState
  search: ServiceState
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ])
}

async function isDatabaseHealthy(timeoutMs: number): Promise<boolean> {
  try {
    await withTimeout(
      (async () => {
        const payload = await getPayload({ config })
        // access: a bare "select 1" reads no data; it only proves the database answers.
        await payload.db.drizzle.execute(sql`select 1`)
      })(),
      timeoutMs,
    )
    return true
  } catch {
    return false
  }
}

/** Checks both services at once; the portal works without search (degraded), not without data. */
export async function checkHealth(timeoutMs = 3000): Promise<HealthReport> {
  const [database, search] = await Promise.all([
    isDatabaseHealthy(timeoutMs),
    isSearchHealthy(timeoutMs),
  ])
  const report: HealthReport = {
    status: !database ? 'down' : search ? 'ok' : 'degraded',
    database: database ? 'ok' : 'down',
    search: search ? 'ok' : 'down',
  }
  return report
}
