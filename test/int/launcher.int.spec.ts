import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/launcher/paths'
import { findFreePort } from '../../src/launcher/ports'

/**
 * `npm start` as a user meets it: the launcher process with its own data directory and port.
 * The production build made by the global setup is reused (the sources are unchanged).
 */
type Launch = {
  child: ChildProcess
  output: () => string
  port: number
  exited: Promise<number | null>
}

const tempDirs: string[] = []
function tempDataParent(mode = 0o755) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-launch-'))
  chmodSync(dir, mode)
  tempDirs.push(dir)
  return dir
}

async function launch(
  dataDir: string,
  port?: number,
  extraEnv: Record<string, string> = {},
): Promise<Launch> {
  const usedPort = port ?? (await findFreePort())
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/launcher/cli.ts', 'start'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: String(usedPort),
      ...extraEnv,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout!.on('data', (chunk) => (text += chunk))
  child.stderr!.on('data', (chunk) => (text += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => text, port: usedPort, exited }
}

async function waitForHealthy(run: Launch, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`launcher exited:\n${run.output()}`)
    try {
      const response = await fetch(`http://127.0.0.1:${run.port}/api/health`)
      if (response.status === 200) return (await response.json()) as { status: string }
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`not healthy in time:\n${run.output()}`)
}

/** Processes whose command line mentions `needle` (the data directory is in every service's). */
function processesMentioning(needle: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
  return out.split('\n').filter((line) => line.includes(needle) && !line.includes(' ps -eo'))
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

// Each case starts whole portals; on a busy two-core machine that takes longer than the default.
describe('npm start (the launcher)', { timeout: 300_000 }, () => {
  it('starts everything, stops cleanly on SIGTERM, reuses the data on the next start despite a stale lock, and refuses a second start beside it', async () => {
    const dataDir = path.join(tempDataParent(), 'data')
    const first = await launch(dataDir)
    expect(await waitForHealthy(first)).toEqual({ status: 'ok', database: 'ok', search: 'ok' })
    const home = await fetch(`http://127.0.0.1:${first.port}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Køge')
    expect((await fetch(`http://127.0.0.1:${first.port}/admin`)).status).toBe(200)
    expect(first.output()).toContain('Demo logins (password demo1234)')
    expect(first.output()).toContain('sagsbehandler@videnportal.local')

    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(processesMentioning(dataDir)).toEqual([])

    // A lock file left by a crashed Postgres (its pid no longer runs) does not stop the next start.
    writeFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), '999999\n')
    const second = await launch(dataDir)
    await waitForHealthy(second)
    expect(second.output()).toContain('Removed a stale Postgres lock file')
    expect(second.output()).toMatch(/municipalities 0 created, 98 existing; sample content skipped/)
    expect(second.output()).toMatch(/demo users 0 created, 4 existing/)

    // A second `npm start` on the same data is refused in one sentence and leaves this one
    // running.
    const third = await launch(dataDir)
    expect(await third.exited).toBe(1)
    expect(third.output()).toMatch(/already runs on .*: stop the other "npm start" first/)
    expect(third.output()).not.toMatch(/\n\s+at /)
    expect(await waitForHealthy(second)).toMatchObject({ status: 'ok' })

    second.child.kill('SIGINT')
    expect(await second.exited).toBe(0)
    expect(processesMentioning(dataDir)).toEqual([])
  })

  it('says in one sentence when the port is busy', async () => {
    const blocker = net.createServer().listen(0)
    await new Promise((resolve) => blocker.once('listening', resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const run = await launch(path.join(tempDataParent(), 'data'), port)
      expect(await run.exited).toBe(1)
      expect(run.output()).toContain(`Port ${port} is already in use`)
      expect(run.output()).not.toMatch(/\n\s+at /) // no stack trace
    } finally {
      blocker.close()
    }
  })

  it.runIf(process.getuid?.() === 0)(
    'as root in a directory only root can enter, keeps the data where Postgres can reach it',
    async () => {
      const privateParent = tempDataParent(0o700)
      const dataDir = path.join(privateParent, 'checkout', '.data')
      mkdirSync(dataDir, { recursive: true })
      // Where the data lands is the point here, not the sample content.
      const run = await launch(dataDir, undefined, { SEED_SAMPLE_CONTENT: 'false' })
      try {
        await waitForHealthy(run)
        const moved = run
          .output()
          .match(/data: (\/var\/lib\/videnportal\/data-[0-9a-f]+)\/postgres/)
        expect(moved, run.output()).not.toBeNull()
        run.child.kill('SIGTERM')
        expect(await run.exited).toBe(0)
        rmSync(moved![1]!, { recursive: true, force: true })
      } finally {
        run.child.kill('SIGKILL')
      }
    },
  )
})
