import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '../../src/launcher/paths'
import { findFreePort } from '../../src/launcher/ports'

/**
 * SIGTERM to a portal of its own, served the way `npm start` serves it: the launcher
 * (src/launcher/cli.ts start) with its front server around `next start`, on the test run's
 * Postgres and Meilisearch (never the shared test server). The launcher runs in a process group
 * of its own, so that a test can signal the whole group as a terminal, systemd
 * (KillMode=control-group) or a container runtime does.
 */
const launchers: ChildProcess[] = []
const dataDirs: string[] = []

afterAll(() => {
  for (const launcher of launchers) {
    if (launcher.exitCode === null && launcher.signalCode === null) {
      try {
        process.kill(-launcher.pid!, 'SIGKILL')
      } catch {
        // gone already
      }
    }
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
})

type Answer = { status: number; body: string } | { error: string }

type Portal = {
  port: number
  launcher: ChildProcess
  output: string[]
  exited: Promise<number | null>
  waitForLine: (pattern: RegExp, timeoutMs?: number) => Promise<void>
}

async function startPortal(): Promise<Portal> {
  const port = await findFreePort()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-shutdown-'))
  dataDirs.push(dataDir)
  const output: string[] = []
  const launcher = spawn(process.execPath, ['--import', 'tsx', 'src/launcher/cli.ts', 'start'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...inject('serviceEnv'),
      PORT: String(port),
      DATA_DIR: dataDir,
      // The shared database: this server runs no jobs and seeds nothing new.
      JOBS_RUNNER: 'off',
      SEED_DEMO_USERS: 'false',
      SEED_SAMPLE_CONTENT: 'false',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  launchers.push(launcher)
  launcher.stdout!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')))
  launcher.stderr!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')))
  const exited = new Promise<number | null>((resolve) =>
    launcher.once('exit', (code) => resolve(code)),
  )
  const waitForLine = async (pattern: RegExp, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs
    while (!output.some((line) => pattern.test(line))) {
      if (Date.now() > deadline || launcher.exitCode !== null) {
        throw new Error(`No "${pattern}" from npm start: ${output.slice(-20).join(' | ')}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await waitForLine(/Videnportal runs on/, 300_000)
  return { port, launcher, output, exited, waitForLine }
}

/**
 * A read through Payload's REST API (POST with the method override, as clients with long
 * queries send it) whose body arrives in two parts: it is in flight at the front server and in
 * Next (which waits for the rest of the body) until `finish` sends the rest.
 */
function heldRead(port: number, index: number) {
  const body = `depth=0&limit=2&page=1&where[id][greater_than]=${index % 3}`
  const half = Math.floor(body.length / 2)
  let connected!: () => void
  const headersSent = new Promise<void>((resolve) => (connected = resolve))
  let req!: http.ClientRequest
  const answer = new Promise<Answer>((resolve) => {
    req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/topics',
        agent: false,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          'X-Payload-HTTP-Method-Override': 'GET',
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        res.on('error', (error) => resolve({ error: error.message }))
      },
    )
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    )
    req.on('socket', (socket) => socket.once('connect', () => connected()))
    req.write(body.slice(0, half))
  })
  return { headersSent, answer, finish: () => req.end(body.slice(half)) }
}

/** The front server's count of requests in flight (the scrape itself is one of them). */
async function inFlight(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
    headers: { Authorization: `Bearer ${inject('serviceEnv').METRICS_TOKEN}` },
  })
  const text = await response.text()
  return Number(/^videnportal_http_requests_in_flight (\d+)$/m.exec(text)?.[1] ?? -1)
}

/**
 * 50 requests in flight, then `signal()`; a new connection is refused, the 50 finish with 2xx/3xx
 * and the launcher exits 0.
 */
async function drillShutdown(portal: Portal, signal: () => void) {
  const { port, launcher, output } = portal
  const reads = Array.from({ length: 50 }, (_, index) => heldRead(port, index))
  await Promise.all(reads.map((read) => read.headersSent))
  for (let wait = 0; (await inFlight(port)) < 51; wait++) {
    if (wait > 300) throw new Error('the 50 requests never were in flight together')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // Next has them too: a moment for their first halves to reach it through the front.
  await new Promise((resolve) => setTimeout(resolve, 1000))

  const signalled = Date.now()
  signal()
  await portal.waitForLine(/letting 50 in flight finish/)
  // Give an app server that wrongly exits on the signal the time to do so.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  // A new connection is refused: a load balancer sends it to another app server.
  const late = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    (response) => `status ${response.status}`,
    (error: { cause?: { code?: string } }) => error.cause?.code,
  )
  expect(late).toBe('ECONNREFUSED')

  for (const read of reads) read.finish()
  const answers = await Promise.all(reads.map((read) => read.answer))
  const failed = answers.filter(
    (answer) => !('status' in answer) || answer.status < 200 || answer.status >= 400,
  )
  expect(failed).toEqual([])
  expect(answers.every((answer) => 'body' in answer && answer.body.includes('"docs"'))).toBe(true)
  expect(await portal.exited).toBe(0)
  // Within the limit: SHUTDOWN_TIMEOUT_SECONDS (25) for the requests, the app server's stop after.
  expect(Date.now() - signalled).toBeLessThan(45_000)
  expect(launcher.exitCode).toBe(0)
  expect(output.join('\n')).toMatch(/All requests finished \(50 in \d+ ms\)/)
}

describe('SIGTERM to a running portal (npm start of its own) with 50 requests in flight', () => {
  it('to the launcher: finishes all 50 (0 failed), refuses new connections, exits 0', async () => {
    const portal = await startPortal()
    await drillShutdown(portal, () => portal.launcher.kill('SIGTERM'))
  }, 420_000)

  it('to the whole process group (a terminal, systemd, a container runtime): the same', async () => {
    const portal = await startPortal()
    // Next gets the signal at the same moment as the launcher, and must keep answering the
    // requests the front is still draining through it.
    await drillShutdown(portal, () => process.kill(-portal.launcher.pid!, 'SIGTERM'))
  }, 420_000)
})
