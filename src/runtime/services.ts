import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedMeilisearch } from './meilisearch'
import { startEmbeddedPostgres } from './postgres'

export type Services = {
  /** DATABASE_URI, MEILI_HOST and MEILI_API_KEY for Payload and Next. */
  env: { DATABASE_URI: string; MEILI_HOST: string; MEILI_API_KEY?: string }
  embeddedDatabase: boolean
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
    if (!meiliHost) {
      const meili = await startEmbeddedMeilisearch(dataDir, { binDir: options.binDir })
      stops.push(meili.stop)
      meiliHost = meili.host
      meiliApiKey = meili.apiKey
      onStarted(
        `Meilisearch (embedded) runs on ${meili.host} with its data in ${path.join(dataDir, 'meilisearch')}.`,
      )
    }
    return {
      env: { DATABASE_URI: databaseUri, MEILI_HOST: meiliHost, MEILI_API_KEY: meiliApiKey },
      embeddedDatabase: !options.databaseUri,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
