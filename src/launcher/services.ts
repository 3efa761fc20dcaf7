import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedMeilisearch } from './meilisearch'
import { startEmbeddedPostgres } from './postgres'
import { isAlive } from './processes'

export type Services = {
  /** DATABASE_URI, MEILI_HOST and MEILI_API_KEY for Payload and Next. */
  env: { DATABASE_URI: string; MEILI_HOST: string; MEILI_API_KEY?: string }
  embeddedDatabase: boolean
  /** The embedded Meilisearch's process id (the tests pause it to simulate an outage). */
  meiliPid?: number
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
}

/** Uses the services given, and starts embedded ones for those that are not. */
export async function startServices(options: Options): Promise<Services> {
  const { dataDir, onStarted = () => undefined } = options
  mkdirSync(dataDir, { recursive: true })
  const stops: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const action of stops.reverse()) await action()
  }
  try {
    let databaseUri = options.databaseUri
    if (!databaseUri) {
      const postgres = await startEmbeddedPostgres(dataDir)
      stops.push(postgres.stop)
      databaseUri = postgres.uri
      onStarted(`Postgres (embedded) runs with its data in ${postgres.dataDir}.`)
    }
    let meiliHost = options.meiliHost
    let meiliApiKey = options.meiliApiKey
    let meiliPid: number | undefined
    if (!meiliHost) {
      const meili = await startEmbeddedMeilisearch(dataDir, { binDir: options.binDir })
      stops.push(meili.stop)
      meiliHost = meili.host
      meiliApiKey = meili.apiKey
      meiliPid = meili.pid
      onStarted(
        `Meilisearch (embedded) runs on ${meili.host} with its data in ${path.join(dataDir, 'meilisearch')}.`,
      )
    }
    return {
      env: { DATABASE_URI: databaseUri, MEILI_HOST: meiliHost, MEILI_API_KEY: meiliApiKey },
      embeddedDatabase: !options.databaseUri,
      meiliPid,
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
    return { env: record.env, embeddedDatabase: true, stop: async () => undefined }
  } catch {
    return undefined
  }
}
