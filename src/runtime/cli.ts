/**
 * The launcher behind `npm start`, `npm run dev` and friends. With no DATABASE_URI / MEILI_HOST it
 * starts an embedded Postgres and Meilisearch under `.data/`, migrates and seeds, builds when
 * needed, runs Next, and stops everything again on Ctrl-C or SIGTERM.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { DEMO_PASSWORD, demoUsers } from '@/seed/demoUsers'

import { ensureBuild, nextBin, runBuild } from './build'
import { UserFacingError } from './errors'
import { log } from './log'
import { startEmbeddedMeilisearch } from './meilisearch'
import { projectRoot, resolveDataDir } from './paths'
import { isPortFree } from './ports'
import { startEmbeddedPostgres } from './postgres'
import { spawnManaged, stopChild, waitForExit } from './processes'
import { readOrCreateSecret } from './secrets'

type Command = 'start' | 'dev' | 'build' | 'prepare' | 'payload'

const stopActions: Array<() => Promise<void>> = []
let foreground: ChildProcess | undefined
let shuttingDown = false

async function shutdown(exitCode: number) {
  if (shuttingDown) return
  shuttingDown = true
  await stopChild(foreground, 'SIGTERM')
  // Stop in reverse order of starting: Next before the services it uses.
  for (const stop of stopActions.reverse()) {
    await stop().catch((error) => log.error(String(error)))
  }
  process.exit(exitCode)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log.info(`Stopping (${signal}) …`)
    void shutdown(0)
  })
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserFacingError(`PORT must be a number between 1 and 65535, not "${value}".`)
  }
  return port
}

/** Starts what is not configured, and returns the environment Next and Payload run with. */
async function servicesEnv(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  const dataDir = resolveDataDir()
  mkdirSync(dataDir, { recursive: true })
  const embeddedDatabase = !env.DATABASE_URI

  if (embeddedDatabase) {
    const postgres = await startEmbeddedPostgres(dataDir)
    stopActions.push(postgres.stop)
    env.DATABASE_URI = postgres.uri
    log.info(`Postgres (embedded) runs with its data in ${postgres.dataDir}.`)
  }
  if (!env.MEILI_HOST) {
    const meili = await startEmbeddedMeilisearch(dataDir)
    stopActions.push(meili.stop)
    env.MEILI_HOST = meili.host
    env.MEILI_API_KEY = meili.apiKey
    log.info(
      `Meilisearch (embedded) runs on ${meili.host} with its data in ${path.join(dataDir, 'meilisearch')}.`,
    )
  }
  if (!env.PAYLOAD_SECRET) {
    if (!embeddedDatabase) {
      throw new UserFacingError(
        'PAYLOAD_SECRET is not set: with your own DATABASE_URI, set PAYLOAD_SECRET to a long random string shared by all app servers.',
      )
    }
    env.PAYLOAD_SECRET = readOrCreateSecret(path.join(dataDir, 'secrets', 'payload-secret'))
  }
  env.MEDIA_DIR ??= path.join(dataDir, 'media')
  // Demo logins belong to the embedded database only, unless asked for explicitly.
  env.SEED_DEMO_USERS ??= embeddedDatabase ? 'true' : 'false'
  return env
}

async function runForeground(command: string, args: string[], env: NodeJS.ProcessEnv) {
  foreground = spawnManaged(command, args, { cwd: projectRoot, stdio: 'inherit', env })
  await waitForExit(foreground)
  const code = foreground.exitCode
  foreground = undefined
  return code
}

async function prepare(env: NodeJS.ProcessEnv) {
  const code = await runForeground(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'src', 'runtime', 'prepare.ts')],
    env,
  )
  if (code !== 0 && !shuttingDown) {
    throw new UserFacingError(
      'Migrating or seeding the database failed; the reason is printed above.',
    )
  }
}

async function waitUntilServing(url: string, child: ChildProcess) {
  const exited = waitForExit(child).then(() => 'exited' as const)
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return true
    } catch {
      // not yet listening
    }
    if ((await Promise.race([exited, new Promise((r) => setTimeout(r, 250))])) === 'exited') {
      return false
    }
  }
  return false
}

function printWelcome(url: string, env: NodeJS.ProcessEnv) {
  const lines = ['', `  Videnportal runs on ${url}`, `  Admin:        ${url}/admin`, '']
  if (env.SEED_DEMO_USERS === 'true') {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`)
    for (const user of demoUsers) lines.push(`    ${user.email.padEnd(34)} ${user.title}`)
    lines.push('')
  }
  lines.push('  Stop with Ctrl-C.', '')
  console.log(lines.join('\n'))
}

async function serve(mode: 'start' | 'dev') {
  const port = parsePort(process.env.PORT)
  if (!(await isPortFree(port))) {
    throw new UserFacingError(
      `Port ${port} is already in use: stop what runs there, or choose another port, e.g. PORT=${port + 1} npm ${mode === 'dev' ? 'run dev' : 'start'}.`,
    )
  }
  const env = await servicesEnv()
  await prepare(env)
  if (mode === 'start') {
    await ensureBuild((child) => (foreground = child))
    foreground = undefined
  }
  if (shuttingDown) return

  const next = spawnManaged(process.execPath, [nextBin(), mode, '--port', String(port)], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: mode === 'start' ? { ...env, NODE_ENV: 'production' } : env,
  })
  stopActions.push(() => stopChild(next, 'SIGTERM'))
  const url = `http://localhost:${port}`
  if (await waitUntilServing(url, next)) printWelcome(url, env)

  await waitForExit(next)
  if (!shuttingDown) {
    log.error(`Next stopped unexpectedly (exit code ${next.exitCode ?? next.signalCode}).`)
    await shutdown(1)
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2) as [Command, ...string[]]
  switch (command) {
    case 'start':
    case 'dev':
      return serve(command)
    case 'build':
      await runBuild((child) => (foreground = child))
      return shutdown(0)
    case 'prepare':
      await prepare(await servicesEnv())
      return shutdown(0)
    case 'payload': {
      // Payload's own CLI (migrate:create, migrate:status …) against the same services.
      const code = await runForeground(
        process.execPath,
        [path.join(projectRoot, 'node_modules', 'payload', 'bin.js'), ...rest],
        await servicesEnv(),
      )
      return shutdown(code ?? 1)
    }
    default:
      throw new UserFacingError(
        `Unknown command "${command}": use start, dev, build, prepare or payload.`,
      )
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof UserFacingError) log.error(error.message)
  else log.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  await shutdown(1)
})
