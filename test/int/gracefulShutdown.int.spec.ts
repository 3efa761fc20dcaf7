import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '../../src/launcher/paths'
import { findFreePort } from '../../src/launcher/ports'
import { newLoopbackClient } from '../helpers/clients'

let launcher: ChildProcess | undefined
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-shutdown-'))

afterAll(() => {
  if (launcher && launcher.exitCode === null) launcher.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

type Answer = { status: number; body: string } | { error: string }

/**
 * A login whose body arrives in two parts: it stays in flight until `finish` sends the rest, so
 * the test holds 50 real requests open across the SIGTERM.
 */
function slowLogin(port: number, from: string, email: string, password: string) {
  const body = JSON.stringify({ email, password })
  const half = Math.floor(body.length / 2)
  let sent!: () => void
  const headersSent = new Promise<void>((resolve) => (sent = resolve))
  let req!: http.ClientRequest
  const answer = new Promise<Answer>((resolve) => {
    req = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path: '/api/users/login',
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
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
    req.on('socket', (socket) => socket.once('connect', () => sent()))
    req.write(body.slice(0, half))
  })
  return { headersSent, answer, finish: () => req.end(body.slice(half)) }
}

async function inFlight(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
    headers: { Authorization: `Bearer ${inject('serviceEnv').METRICS_TOKEN}` },
  })
  const text = await response.text()
  return Number(/^videnportal_http_requests_in_flight (\d+)$/m.exec(text)?.[1] ?? -1)
}

describe('SIGTERM to a running portal (npm start of its own)', () => {
  it('finishes the 50 requests in flight (0 failed), takes no new ones, and exits 0', async () => {
    const port = await findFreePort()
    const output: string[] = []
    launcher = spawn(process.execPath, ['--import', 'tsx', 'src/launcher/cli.ts', 'start'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...inject('serviceEnv'),
        PORT: String(port),
        DATA_DIR: dataDir,
        JOBS_RUNNER: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    launcher.stdout!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')))
    launcher.stderr!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')))
    const exited = new Promise<number | null>((resolve) =>
      launcher!.once('exit', (code) => resolve(code)),
    )
    const deadline = Date.now() + 240_000
    while (!output.some((line) => line.includes('Videnportal runs on'))) {
      if (Date.now() > deadline || launcher.exitCode !== null) {
        throw new Error(`npm start did not come up: ${output.slice(-20).join(' | ')}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }

    // The log: a wrong password is one JSON line without a stack, with the request's id, as is
    // the front server's access line for it.
    const wrong = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sagsbehandler@videnportal.local', password: 'forkert' }),
    })
    expect(wrong.status).toBe(401)
    const requestId = wrong.headers.get('x-request-id')!
    expect(requestId).toMatch(/^[\w-]{20,}$/)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const lines = output
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'payload',
          level: 'info',
          msg: expect.stringMatching(/401/),
        }),
        expect.objectContaining({ name: 'front', path: '/api/users/login', status: 401 }),
      ]),
    )
    expect(JSON.stringify(lines)).not.toMatch(/stack|sagsbehandler@/)

    const logins = Array.from({ length: 50 }, () =>
      slowLogin(port, newLoopbackClient(), 'sagsbehandler@videnportal.local', 'demo1234'),
    )
    await Promise.all(logins.map((login) => login.headersSent))
    // All 50 reached the front server (the scrape itself is one more).
    for (let wait = 0; (await inFlight(port)) < 50; wait++) {
      if (wait > 100) throw new Error('the 50 requests never were in flight together')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    launcher.kill('SIGTERM')
    for (let wait = 0; !output.some((line) => /letting 50 in flight finish/.test(line)); wait++) {
      if (wait > 100) throw new Error(`no drain: ${output.slice(-10).join(' | ')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // A new connection is refused: a load balancer sends it to another app server.
    const late = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => `status ${response.status}`,
      (error: { cause?: { code?: string } }) => error.cause?.code,
    )
    expect(late).toBe('ECONNREFUSED')

    for (const login of logins) login.finish()
    const answers = await Promise.all(logins.map((login) => login.answer))
    const failed = answers.filter((answer) => !('status' in answer) || answer.status !== 200)
    expect(failed).toEqual([])
    expect(answers.every((answer) => 'body' in answer && answer.body.includes('"token"'))).toBe(
      true,
    )
    expect(await exited).toBe(0)
    expect(output.join('\n')).toMatch(/All requests finished \(50 in \d+ ms\)/)
  }, 300_000)
})
