import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { log } from './log'
import { meilisearchVersionWarning } from './meilisearchVersion'
import { startEmbeddedMeilisearch } from './meilisearch'
import { startEmbeddedPostgres } from './postgres'
import { isAlive } from './processes'
import { requestSearchReconcile } from './searchReconcile'
import { type Backoff, supervise, type Supervisor } from './supervisor'

export type Services = {
  /** DATABASE_URI, MEILI_HOST and MEILI_API_KEY for Payload and Next. */
  env: { DATABASE_URI: string; MEILI_HOST: string; MEILI_API_KEY?: string }
  embeddedDatabase: boolean
  /** The embedded Meilisearch's process id (the tests pause it to simulate an outage). */
  meiliPid?: number
  /** The supervisors of the embedded services, when started with `supervise`. */
  supervisors: { postgres?: Supervisor; meilisearch?: Supervisor }
  /** Ends supervision at once (synchronous, for signal handlers): nothing is restarted after. */
  haltSupervision: () => void
  /** Stops what was started here, in reverse order; given services are left alone. */
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  databaseUri?: string
  meiliHost?: string
  meiliApiKey?: string
  /** Where the verified Meilisearch binary is cached. */
  binDir?: string
  onStarted?: (message: string) => void
  /**
   * Restart the embedded services when they die (`npm start`/`npm run dev`, the drills), with this
   * backoff; given services (DATABASE_URI, MEILI_HOST) are never supervised.
   */
  supervise?: boolean | { backoff?: Partial<Backoff>; now?: () => number; log?: typeof log }
}

/** Uses the services given, and starts embedded ones for those that are not. */
export async function startServices(options: Options): Promise<Services> {
  const { dataDir, onStarted = () => undefined } = options
  mkdirSync(dataDir, { recursive: true })
  const supervision = options.supervise === true ? {} : options.supervise || undefined
  const supervisors: Services['supervisors'] = {}
  const haltSupervision = () => {
    supervisors.postgres?.halt()
    supervisors.meilisearch?.halt()
  }
  const stops: Array<() => Promise<void>> = []
  const stop = async () => {
    haltSupervision()
    for (const action of stops.reverse()) await action()
  }
  try {
    let databaseUri = options.databaseUri
    if (!databaseUri) {
      const postgres = await startEmbeddedPostgres(dataDir)
      databaseUri = postgres.uri
      onStarted(`Postgres (embedded) runs with its data in ${postgres.dataDir}.`)
      if (supervision) {
        const supervisor = supervise({
          name: 'Postgres',
          first: postgres,
          // The same data directory and port: the app's DATABASE_URI stays valid and its pool
          // reconnects by itself.
          restart: () => startEmbeddedPostgres(dataDir, { port: postgres.port }),
          backMessage: 'the app reconnects by itself',
          giveUpMessage:
            'The portal answers 503 until Postgres runs again: see the Postgres log under the data directory, then restart Videnportal.',
          ...supervision,
        })
        supervisors.postgres = supervisor
        stops.push(supervisor.stop)
      } else stops.push(postgres.stop)
    }
    let meiliHost = options.meiliHost
    let meiliApiKey = options.meiliApiKey
    let meiliPid: number | undefined
    if (meiliHost) {
      const warning = await meilisearchVersionWarning(meiliHost, meiliApiKey)
      if (warning) log.warn(warning)
    } else {
      const meili = await startEmbeddedMeilisearch(dataDir, { binDir: options.binDir })
      meiliHost = meili.host
      meiliApiKey = meili.apiKey
      meiliPid = meili.pid
      onStarted(
        `Meilisearch (embedded) runs on ${meili.host} with its data in ${path.join(dataDir, 'meilisearch')}.`,
      )
      if (supervision) {
        const uri = databaseUri
        const supervisor = supervise({
          name: 'Meilisearch',
          first: meili,
          // The same data, port and master key: MEILI_HOST and MEILI_API_KEY stay valid.
          restart: () =>
            startEmbeddedMeilisearch(dataDir, { binDir: options.binDir, port: meili.port }),
          backMessage: 'reconciling the search index',
          // Writes made while it was down reach the index through the reconciliation.
          onRestarted: async () => {
            await requestSearchReconcile(uri)
          },
          giveUpMessage:
            'Searches answer from Postgres until Meilisearch runs again: see the Meilisearch log under the data directory, then restart Videnportal.',
          ...supervision,
        })
        supervisors.meilisearch = supervisor
        stops.push(supervisor.stop)
      } else stops.push(meili.stop)
    }
    return {
      env: { DATABASE_URI: databaseUri, MEILI_HOST: meiliHost, MEILI_API_KEY: meiliApiKey },
      embeddedDatabase: !options.databaseUri,
      meiliPid,
      supervisors,
      haltSupervision,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

const runFile = (dataDir: string) => path.join(dataDir, 'run', 'services.json')

/**
 * Records the embedded services of a running `npm start` (readable by root only), so that tools
 * started next to it can use them. Returns the action that removes the record at shutdown.
 */
export function publishRunningServices(dataDir: string, env: Services['env']): () => Promise<void> {
  const file = runFile(dataDir)
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  writeFileSync(file, JSON.stringify({ pid: process.pid, env }), { mode: 0o600 })
  return async () => rmSync(file, { force: true })
}

/** The services of a running `npm start` on this data directory, if there is one. */
export function attachToRunningServices(dataDir: string): Services | undefined {
  const file = runFile(dataDir)
  if (!existsSync(file)) return undefined
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; env: Services['env'] }
    if (!isAlive(record.pid) || !record.env?.DATABASE_URI || !record.env.MEILI_HOST)
      return undefined
    return {
      env: record.env,
      embeddedDatabase: true,
      supervisors: {},
      haltSupervision: () => undefined,
      stop: async () => undefined,
    }
  } catch {
    return undefined
  }
}
