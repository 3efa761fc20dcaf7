import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beginTransaction, commitTransaction, rollbackTransaction } from '@payloadcms/drizzle'
import { drizzle } from 'drizzle-orm/node-postgres'
import { sql } from 'drizzle-orm'
import { Meilisearch } from 'meilisearch'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resolveDataDir } from '../../src/launcher/paths'
import { isAlive } from '../../src/launcher/processes'
import { type Services, startServices } from '../../src/launcher/services'
import { keepServingOnPoolErrors } from '../../src/utilities/databasePool'
import { reportFailedCommits } from '../../src/utilities/failedCommits'

/**
 * The launcher's supervision of the services it started, on services of this file's own (its own
 * data directory and ports, not the test run's shared ones): kill -9 each one and see it come back
 * with its data, port and keys, and see that a shutdown restarts nothing. Fast backoff; waits are
 * generous waits-until, not timings.
 */
const lines: string[] = []
const log = {
  info: (message: string) => lines.push(message),
  warn: (message: string) => lines.push(message),
  error: (message: string) => lines.push(message),
}

let dataDir: string
let services: Services

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch(() => undefined)
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeoutMs} ms\n${lines.join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function meiliHealthy(host: string) {
  const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) })
  return response.ok || undefined
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-supervision-'))
  // As root, Postgres runs as the postgres user, who must be able to enter this directory.
  chmodSync(dataDir, 0o755)
  services = await startServices({
    dataDir,
    binDir: path.join(resolveDataDir(), 'bin'),
    supervise: {
      backoff: { initialMs: 100, maxMs: 1000, stableMs: 60_000, maxAttempts: 5 },
      log,
    },
  })
}, 120_000)

afterAll(async () => {
  await services?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('the launcher supervises the services it started', () => {
  it('restarts Meilisearch after kill -9 on the same port, key and data, and says so', async () => {
    const { MEILI_HOST: host, MEILI_API_KEY: apiKey } = services.env
    const client = new Meilisearch({ host, apiKey })
    await client
      .index('supervision')
      .addDocuments([{ id: 1, title: 'Før nedbruddet' }])
      .waitTask()

    const supervisor = services.supervisors.meilisearch!
    const killed = supervisor.current()!.pid
    process.kill(killed, 'SIGKILL')

    await until('Meilisearch back and answering', async () => {
      const pid = supervisor.current()?.pid
      return pid && pid !== killed ? meiliHealthy(host) : undefined
    })
    expect(isAlive(killed)).toBe(false)
    // Same master key and data: the document written before the crash is there.
    const document = await client.index('supervision').getDocument(1)
    expect(document.title).toBe('Før nedbruddet')
    expect(lines).toContain('Meilisearch stopped (signal SIGKILL); restarting in 0.1 s (attempt 1)')
    // The database is not migrated here, so there is no job to queue; the line still says it.
    await until('the log says it is back', () =>
      lines.includes(
        `Meilisearch is back (pid ${supervisor.current()!.pid}); reconciling the search index`,
      ),
    )
  })

  it('restarts Postgres after kill -9 on the same port and data; a pool reconnects', async () => {
    const uri = services.env.DATABASE_URI
    // A pool set up as the app's is (payload.config.ts onInit): a lost connection, idle or checked
    // out (as in a transaction), is noted, not an uncaught exception (which fails this test run).
    const pool = new pg.Pool({ connectionString: uri, max: 3 })
    const warnings: string[] = []
    const payload = { db: { pool }, logger: { warn: (message: string) => warnings.push(message) } }
    keepServingOnPoolErrors(payload as unknown as Parameters<typeof keepServingOnPoolErrors>[0])
    try {
      await pool.query('create table supervision (value text)')
      await pool.query(`insert into supervision values ('før nedbruddet')`)
      const held = await pool.connect()
      await held.query('begin')

      const supervisor = services.supervisors.postgres!
      const killed = supervisor.current()!.pid
      process.kill(killed, 'SIGKILL')

      // The same URI (port, password, database) answers again, with the data committed before.
      const rows = await until(
        'Postgres back and answering',
        async () => {
          const pid = supervisor.current()?.pid
          if (!pid || pid === killed) return undefined
          return (await pool.query<{ value: string }>('select value from supervision')).rows
        },
        30_000,
      )
      expect(rows).toEqual([{ value: 'før nedbruddet' }])
      // The connection held through the crash is broken; released, the pool drops it.
      held.release()
      expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }])
      expect(warnings).toEqual([
        expect.stringMatching(/^A database connection was lost \(.+\); new connections are opened/),
      ])
      expect(lines).toContain('Postgres stopped (signal SIGKILL); restarting in 0.1 s (attempt 1)')
      expect(lines).toContain(
        `Postgres is back (pid ${supervisor.current()!.pid}); the app reconnects by itself`,
      )
    } finally {
      await pool.end()
    }
  })

  it("answers a write whose commit fails with an error, not success (Payload's adapter)", async () => {
    const pool = new pg.Pool({ connectionString: services.env.DATABASE_URI, max: 2 })
    const errors: unknown[] = []
    const logger = { error: (error: unknown) => errors.push(error), warn: () => undefined }
    // Payload's own transaction functions on an adapter-shaped object over the same Postgres.
    const adapter = {
      drizzle: drizzle({ client: pool }),
      sessions: {} as Record<string, { db: unknown }>,
      payload: { logger },
      beginTransaction,
      commitTransaction,
      rollbackTransaction,
    }
    reportFailedCommits({ db: adapter, logger } as unknown as Parameters<
      typeof reportFailedCommits
    >[0])
    try {
      // A deferred constraint fails at COMMIT, as a commit on a connection lost to a dying
      // Postgres does.
      await pool.query(
        'create table commits (key text unique deferrable initially deferred, note text)',
      )
      const id = (await adapter.beginTransaction()) as string
      const tx = adapter.sessions[id].db as ReturnType<typeof drizzle>
      await tx.execute(sql`insert into commits values ('a', 'first'), ('a', 'second')`)
      await expect(adapter.commitTransaction(id)).rejects.toThrow(/Failed query: commit/)
      expect((await pool.query('select count(*)::int as n from commits')).rows).toEqual([{ n: 0 }])

      // A good transaction still commits, and a rollback still rolls back.
      const good = (await adapter.beginTransaction()) as string
      await (adapter.sessions[good].db as ReturnType<typeof drizzle>).execute(
        sql`insert into commits values ('b', 'kept')`,
      )
      await adapter.commitTransaction(good)
      const undone = (await adapter.beginTransaction()) as string
      await (adapter.sessions[undone].db as ReturnType<typeof drizzle>).execute(
        sql`insert into commits values ('c', 'undone')`,
      )
      await adapter.rollbackTransaction(undone)
      const rows = (await pool.query('select key from commits order by key')).rows
      expect(rows).toEqual([{ key: 'b' }])
    } finally {
      await pool.end()
    }
  })

  it('restarts nothing once shutting down, even when a service dies first (Ctrl-C)', async () => {
    const meili = services.supervisors.meilisearch!
    const postgres = services.supervisors.postgres!
    const meiliPid = meili.current()!.pid
    const postgresPid = postgres.current()!.pid
    const before = lines.length

    // Ctrl-C reaches the services at the same moment as the launcher: it halts supervision first.
    services.haltSupervision()
    process.kill(meiliPid, 'SIGINT')
    await until('Meilisearch ended', () => !isAlive(meiliPid))
    await services.stop()

    expect(isAlive(postgresPid)).toBe(false)
    // Longer than the backoff: a restart would have happened by now.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(meili.state()).toBe('stopped')
    expect(postgres.state()).toBe('stopped')
    expect(lines.slice(before)).toEqual([])
    await expect(meiliHealthy(services.env.MEILI_HOST)).rejects.toThrow()
  })
})
