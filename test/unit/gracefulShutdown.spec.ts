import { type ChildProcess, spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

const fixture = path.resolve(import.meta.dirname, '../helpers/shutdownFixture.ts')
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

type Fixture = {
  child: ChildProcess
  url: string
  output: string[]
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>
  exited: Promise<number | null>
}

/** Starts the fixture (the real front server before a slow stand-in for Next) in a process. */
async function startFixture(env: Record<string, string>): Promise<Fixture> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  const output: string[] = []
  const waiters: Array<() => void> = []
  child.stdout!.on('data', (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean))
    for (const wake of waiters.splice(0)) wake()
  })
  child.stderr!.on('data', (chunk: Buffer) => output.push(`stderr ${chunk.toString()}`))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const waitFor = async (pattern: RegExp, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const line = output.find((candidate) => pattern.test(candidate))
      if (line) return line
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(`No "${pattern}" from the fixture; it said: ${output.join(' | ')}`)
      }
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 200)
      })
    }
  }
  const url = (await waitFor(/^ready /)).slice('ready '.length)
  return { child, url, output, waitFor, exited }
}

type Outcome = { status: number; body: string } | { error: string }

/** One request on a connection of its own. */
function get(url: string, headers: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', (error) => resolve({ error: error.message }))
    })
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    )
  })
}

describe('graceful shutdown of an app server (SIGTERM)', () => {
  it('answers all 50 requests in flight, taking longer than the old 5 s cut-off, and takes no new ones', async () => {
    const server = await startFixture({ SLOW_MS: '6500' })
    const requests = Array.from({ length: 50 }, (_, index) =>
      get(`${server.url}/da/soeg?n=${index}`),
    )
    await server.waitFor(/^inflight 50$/)
    server.child.kill('SIGTERM')
    await server.waitFor(/^sigterm$/)
    await server.waitFor(/letting 50 in flight finish/)
    // A new connection after SIGTERM is refused: the load balancer sends it elsewhere.
    const late = await get(`${server.url}/da`)
    expect(late).toEqual({ error: 'ECONNREFUSED' })

    const outcomes = await Promise.all(requests)
    const failed = outcomes.filter((outcome) => !('status' in outcome) || outcome.status !== 200)
    expect(failed).toEqual([])
    expect(outcomes.map((outcome) => 'body' in outcome && outcome.body)).toContain(
      'answered /da/soeg?n=49',
    )
    expect(await server.exited).toBe(0)
    expect(server.output.filter((line) => line.startsWith('info'))).toEqual([
      'info Stopped taking requests; letting 50 in flight finish (up to 25 s).',
      expect.stringMatching(/^info All requests finished \(50 in \d+ ms\)\.$/),
    ])
  }, 60_000)

  it('cuts off what is still running after SHUTDOWN_TIMEOUT_SECONDS and stops', async () => {
    const server = await startFixture({ SLOW_MS: '60000', FIXTURE_SHUTDOWN_MS: '800' })
    const requests = Array.from({ length: 3 }, () => get(`${server.url}/slow`))
    await server.waitFor(/^inflight 3$/)
    const signalled = Date.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    const took = Date.now() - signalled
    expect(took).toBeGreaterThanOrEqual(700)
    expect(took).toBeLessThan(10_000)
    expect(server.output.join('\n')).toMatch(/3 requests were still running after 0.8 s/)
    for (const outcome of await Promise.all(requests)) expect(outcome).toHaveProperty('error')
  }, 60_000)
})

describe('/api/metrics at the front server', () => {
  it('answers 401 without the token and counts requests by route kind with it', async () => {
    const server = await startFixture({ SLOW_MS: '10' })
    const anonymous = await get(`${server.url}/api/metrics`)
    expect(anonymous).toMatchObject({ status: 401 })
    expect((anonymous as { body: string }).body).not.toContain('videnportal_')
    expect(
      await get(`${server.url}/api/metrics`, { authorization: 'Bearer wrong-token-0123456789' }),
    ).toMatchObject({ status: 401 })

    const auth = { authorization: 'Bearer fixture-metrics-token-0123' }
    const pageCount = (text: string) =>
      Number(
        /videnportal_http_requests_total\{kind="page",method="GET",status="2xx"\} (\d+)/.exec(
          text,
        )?.[1] ?? 0,
      )
    const before = (await get(`${server.url}/api/metrics`, auth)) as {
      status: number
      body: string
    }
    expect(before.status).toBe(200)
    await get(`${server.url}/da/soeg`)
    await get(`${server.url}/da`)
    const after = (await get(`${server.url}/api/metrics`, auth)) as { body: string }
    expect(pageCount(after.body) - pageCount(before.body)).toBe(2)
    // The app server's own metrics come first, then the front's.
    expect(after.body).toMatch(/^# TYPE fixture_app_metric gauge\nfixture_app_metric 1\n/)
    expect(after.body).toContain('videnportal_app_up 1')
    expect(after.body).toMatch(/videnportal_http_request_duration_seconds_count\{kind="page"\} 2/)
    expect(after.body).toMatch(
      /videnportal_http_requests_total\{kind="metrics",method="GET",status="4xx"\} 2/,
    )
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  }, 60_000)
})
