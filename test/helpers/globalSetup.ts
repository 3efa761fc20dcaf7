/**
 * Starts throw-away services for the whole test run: Postgres and Meilisearch (unless
 * TEST_DATABASE_URI / TEST_MEILI_HOST are given), migrations and the seed (with demo users), and the
 * production build served by `next start` for HTTP and browser tests. The same launcher code as
 * `npm start` does the work.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { prepareDatabase, startNext, waitUntilServing } from '../../src/launcher/app'
import { ensureBuild } from '../../src/launcher/build'
import { resolveDataDir } from '../../src/launcher/paths'
import { findFreePort } from '../../src/launcher/ports'
import { startServices } from '../../src/launcher/services'
import { e2eRequired, findChromium } from './chromium'
import { startTestSmtp } from './smtpServer'
import { testSsoEnv } from './sso'

declare module 'vitest' {
  export interface ProvidedContext {
    serviceEnv: Record<string, string>
    baseURL: string
    chromiumPath: string | null
    /** The test run's own Meilisearch, or null when TEST_MEILI_HOST points elsewhere. */
    meiliPid: number | null
    /** Where the test SMTP server stores what it receives (test/helpers/mailbox.ts). */
    mailboxDir: string
    /** The port the single sign-on tests start their OpenID Connect provider on (test/helpers/sso.ts). */
    ssoPort: number
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-test-'))
  // As root, Postgres runs as the postgres user, who must be able to enter this directory.
  chmodSync(dataDir, 0o755)

  // A real SMTP server: the test server and the tests' own Payload send to it.
  const smtp = await startTestSmtp(path.join(dataDir, 'mailbox'))
  const services = await startServices({
    dataDir,
    databaseUri: process.env.TEST_DATABASE_URI,
    meiliHost: process.env.TEST_MEILI_HOST,
    meiliApiKey: process.env.TEST_MEILI_API_KEY,
    binDir: path.join(resolveDataDir(), 'bin'),
  })
  const serviceEnv: Record<string, string> = {
    ...services.env,
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    MEDIA_DIR: path.join(dataDir, 'media'),
    SEED_DEMO_USERS: 'true',
    SEED_SAMPLE_CONTENT: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    // One loopback address stands for a load balancer (test/helpers/clients.ts).
    TRUSTED_PROXIES: '127.0.0.9',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Videnportal (test) <noreply@videnportal.test>',
    // Metrics (/api/metrics) answer the bearer of this token (test/int/metrics.int.spec.ts).
    METRICS_TOKEN: 'test-metrics-token-0123456789',
  } as Record<string, string>
  // Single sign-on: the server trusts a provider that the tests start on this port themselves.
  const ssoPort = await findFreePort()
  Object.assign(serviceEnv, testSsoEnv(ssoPort))

  let stopNext: (() => Promise<void>) | undefined
  const teardown = async () => {
    await stopNext?.()
    await services.stop()
    await smtp.close()
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    await prepareDatabase({ ...process.env, ...serviceEnv })

    // HTTP tests and browser tests run against the production build, as users get it.
    await ensureBuild()
    const port = await findFreePort()
    const next = await startNext({
      mode: 'start',
      port,
      env: { ...process.env, ...serviceEnv },
      // TEST_SERVER_LOG=1 shows the test server's log (Next, Payload, the jobs runner).
      stdio: process.env.TEST_SERVER_LOG ? 'inherit' : 'ignore',
    })
    stopNext = next.stop
    if (!(await waitUntilServing(next.url, next.child))) {
      throw new Error('next start did not come up for the tests')
    }

    const chromiumPath = findChromium() ?? null
    if (!chromiumPath) {
      const banner = '!'.repeat(78)
      const message = e2eRequired()
        ? 'No Chromium found and E2E=required: the browser tests will FAIL. Install it: apt-get install -y chromium'
        : 'No Chromium found: the browser tests are SKIPPED. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.'
      console.warn(`\n${banner}\n!! ${message}\n${banner}\n`)
    }

    project.provide('serviceEnv', serviceEnv)
    project.provide('baseURL', next.url)
    project.provide('chromiumPath', chromiumPath)
    project.provide('meiliPid', services.meiliPid ?? null)
    project.provide('mailboxDir', smtp.dir)
    project.provide('ssoPort', ssoPort)
    console.log(
      `[test setup] services, seed and server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
