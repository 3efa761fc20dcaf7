/**
 * The launcher behind `npm start`, `npm run dev` and friends. With no DATABASE_URI / MEILI_HOST it
 * starts an embedded Postgres and Meilisearch under `.data/`, migrates and seeds, builds when
 * needed, runs Next, and stops everything again on Ctrl-C or SIGTERM.
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import { DEMO_PASSWORD, demoUsers } from '@/seed/demoUsers'
import { shouldRunDemoProvider, startDemoProvider } from '@/sso/demo'

import { prepareDatabase, startNext, waitUntilServing } from './app'
import { ensureBuild, runBuild } from './build'
import { UserFacingError } from './errors'
import { log } from './log'
import { projectRoot, resolveDataDir } from './paths'
import { isPortFree } from './ports'
import { spawnManaged, stopChild, waitForExit } from './processes'
import { readOrCreateSecret } from './secrets'
import { attachToRunningServices, publishRunningServices, startServices } from './services'
import { LOADER_FLAKE_ATTEMPTS, LOADER_FLAKE_EXIT_CODE, tsEntryArgs } from './tsEntry'

type Command =
  | 'start'
  | 'dev'
  | 'build'
  | 'prepare'
  | 'payload'
  | 'import'
  | 'export'
  | 'search:reindex'
  | 'freshness:remind'
  | 'backup'
  | 'restore'

const stopActions: Array<() => Promise<void>> = []
/** Run synchronously when shutting down starts: ends supervision before anything is stopped. */
const haltActions: Array<() => void> = []
/** The build, seed or CLI child running right now, stopped first on Ctrl-C. */
let foreground: ChildProcess | undefined
const setForeground = (child: ChildProcess | undefined) => (foreground = child)
let shuttingDown = false

async function shutdown(exitCode: number) {
  if (shuttingDown) return
  shuttingDown = true
  // Ctrl-C reaches the services too (same process group): they must not be restarted now.
  for (const halt of haltActions) halt()
  await stopChild(foreground, 'SIGTERM')
  // Reverse order of starting: Next before the services it uses.
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
/**
 * The environment of the app: the given services, or embedded ones. A tool (import, export,
 * reindex) run while `npm start` is up uses that start's embedded services instead of failing on
 * their data directory.
 */
async function appEnv({ serving = false } = {}): Promise<NodeJS.ProcessEnv> {
  const dataDir = resolveDataDir()
  const given = Boolean(process.env.DATABASE_URI || process.env.MEILI_HOST)
  const running = serving || given ? undefined : attachToRunningServices(dataDir)
  if (running) log.info('Using the services of the running "npm start".')
  const services =
    running ??
    (await startServices({
      dataDir,
      databaseUri: process.env.DATABASE_URI,
      meiliHost: process.env.MEILI_HOST,
      meiliApiKey: process.env.MEILI_API_KEY,
      onStarted: log.info,
      // A serving portal outlives a crash of its embedded services: they are started again.
      supervise: serving,
    }))
  haltActions.push(services.haltSupervision)
  stopActions.push(services.stop)
  if (serving && services.embeddedDatabase) {
    stopActions.push(publishRunningServices(dataDir, services.env))
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...services.env, NEXT_TELEMETRY_DISABLED: '1' }
  if (!env.PAYLOAD_SECRET) {
    if (!services.embeddedDatabase) {
      throw new UserFacingError(
        'PAYLOAD_SECRET is not set: with your own DATABASE_URI, set PAYLOAD_SECRET to a long random string shared by all app servers.',
      )
    }
    env.PAYLOAD_SECRET = readOrCreateSecret(path.join(dataDir, 'secrets', 'payload-secret'))
  }
  // The metrics token (/api/metrics), generated like the other secrets on the embedded start.
  if (!env.METRICS_TOKEN && services.embeddedDatabase) {
    env.METRICS_TOKEN = readOrCreateSecret(path.join(dataDir, 'secrets', 'metrics-token'))
  }
  env.MEDIA_DIR ??= path.join(dataDir, 'media')
  // Demo logins belong to the embedded database only, unless asked for explicitly.
  env.SEED_DEMO_USERS ??= services.embeddedDatabase ? 'true' : 'false'
  // The sample content is fictional: only the embedded database gets it unless asked.
  env.SEED_SAMPLE_CONTENT ??= services.embeddedDatabase ? 'true' : 'false'
  return env
}

function printWelcome(
  url: string,
  env: NodeJS.ProcessEnv,
  ssoLogins: Array<{ email: string; note: string }> = [],
) {
  const lines = ['', `  Videnportal runs on ${url}`, `  Admin:        ${url}/admin`, '']
  if (env.SEED_DEMO_USERS === 'true') {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`)
    for (const user of demoUsers) lines.push(`    ${user.email.padEnd(34)} ${user.title}`)
    lines.push('')
  }
  if (ssoLogins.length) {
    lines.push(`  »Log ind med Køge Kommune (demo)« on ${url}/log-ind (password ${DEMO_PASSWORD}):`)
    for (const login of ssoLogins) lines.push(`    ${login.email.padEnd(34)} ${login.note}`)
    lines.push('')
  }
  if (env.METRICS_TOKEN) {
    lines.push(
      `  Metrics:      ${url}/api/metrics (Authorization: Bearer <the token in ${path.join(resolveDataDir(), 'secrets', 'metrics-token')} or METRICS_TOKEN>)`,
      '',
    )
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
  const env = await appEnv({ serving: true })
  await prepareDatabase(env, setForeground)
  if (mode === 'start') await ensureBuild(setForeground)
  if (shuttingDown) return

  // Single sign-on to try on the embedded start: a demo identity provider (src/sso/demo.ts).
  let ssoLogins: Array<{ email: string; note: string }> = []
  if (shouldRunDemoProvider(process.env)) {
    try {
      const demo = await startDemoProvider({
        portalPort: port,
        password: DEMO_PASSWORD,
        serverUrl: env.SERVER_URL,
      })
      stopActions.push(demo.server.close)
      Object.assign(env, demo.env)
      ssoLogins = demo.logins
      log.info(`Demo identity provider »Køge Kommune (demo)« on ${demo.server.issuer}`)
    } catch (error) {
      log.warn(
        `The demo identity provider did not start (${String(error)}); sign-in with passwords only.`,
      )
    }
  }

  const next = await startNext({ mode, port, env })
  stopActions.push(next.stop)
  if (await waitUntilServing(next.url, next.child)) printWelcome(next.url, env, ssoLogins)
  await waitForExit(next.child)
  if (!shuttingDown) {
    log.error(
      `Next stopped unexpectedly (exit code ${next.child.exitCode ?? next.child.signalCode}).`,
    )
    await shutdown(1)
  }
}

/**
 * Runs a Node script against the services (started if not configured), then stops them. A child
 * that Node 20 ended with the loader's exit code 13 is run again (see tsEntry.ts).
 */
async function runWithServices(args: string[], env?: NodeJS.ProcessEnv) {
  const childEnv = env ?? (await appEnv())
  for (let attempt = 1; ; attempt++) {
    const child = spawnManaged(process.execPath, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      env: childEnv,
    })
    setForeground(child)
    await waitForExit(child)
    if (child.signalCode && !shuttingDown)
      log.error(`The command was ended by ${child.signalCode}.`)
    if (
      child.exitCode === LOADER_FLAKE_EXIT_CODE &&
      attempt < LOADER_FLAKE_ATTEMPTS &&
      !shuttingDown
    ) {
      log.warn(
        `The command ended with exit code ${LOADER_FLAKE_EXIT_CODE} before it started (a Node 20 module-loader fault under load); running it again.`,
      )
      continue
    }
    return shutdown(child.exitCode ?? 1)
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2) as [Command, ...string[]]
  switch (command) {
    case 'start':
    case 'dev':
      return serve(command)
    case 'build':
      await runBuild(setForeground)
      return shutdown(0)
    case 'prepare':
      await prepareDatabase(await appEnv(), setForeground)
      return shutdown(0)
    case 'payload':
      // Payload's own CLI (migrate:create, migrate:status …) against the same services.
      return runWithServices([path.join(projectRoot, 'node_modules', 'payload', 'bin.js'), ...rest])
    case 'import':
    case 'export': {
      const env = await appEnv()
      await prepareDatabase(env, setForeground)
      return runWithServices(tsEntryArgs('src/import/cli.ts', command, ...rest), env)
    }
    case 'search:reindex': {
      const env = await appEnv()
      await prepareDatabase(env, setForeground)
      return runWithServices(
        tsEntryArgs('src/search/indexing/reindexCli.ts', 'reindex', ...rest),
        env,
      )
    }
    case 'freshness:remind': {
      const env = await appEnv()
      await prepareDatabase(env, setForeground)
      return runWithServices(tsEntryArgs('src/freshness/remindCli.ts', 'remind', ...rest), env)
    }
    case 'backup':
    case 'restore':
      // No prepare: a backup reads what is there; a restore needs an empty, unseeded database.
      return runWithServices(tsEntryArgs('src/ops/backup/cli.ts', command, ...rest))
    default:
      throw new UserFacingError(
        `Unknown command "${command}": use start, dev, build, prepare, payload, import, export, search:reindex, freshness:remind, backup or restore.`,
      )
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof UserFacingError) log.error(error.message)
  else log.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  await shutdown(1)
})
