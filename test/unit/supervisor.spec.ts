import { describe, expect, it } from 'vitest'

import {
  backoffDelay,
  DEFAULT_BACKOFF,
  type ExitInfo,
  formatDelay,
  supervise,
  type SupervisedProcess,
} from '../../src/launcher/supervisor'

/**
 * The supervisor's decisions (when to restart, how long to wait, when to give up, never during a
 * shutdown) with stand-in processes; test/int/supervision.int.spec.ts kills the real services.
 */
type FakeProcess = SupervisedProcess & { die: (exit?: Partial<ExitInfo>) => void; stopped: boolean }

let nextPid = 1000
function fakeProcess(): FakeProcess {
  let resolveExit!: (exit: ExitInfo) => void
  const exited = new Promise<ExitInfo>((resolve) => (resolveExit = resolve))
  const process: FakeProcess = {
    pid: nextPid++,
    exited,
    stopped: false,
    die: (exit = {}) => resolveExit({ code: null, signal: 'SIGKILL', ...exit }),
    stop: async () => {
      process.stopped = true
      resolveExit({ code: 0, signal: null })
    },
  }
  return process
}

function recorder() {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (message: string) => lines.push(`info ${message}`),
      warn: (message: string) => lines.push(`warn ${message}`),
      error: (message: string) => lines.push(`error ${message}`),
    },
  }
}

async function until(check: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const fast = { initialMs: 1, maxMs: 8, stableMs: 1000, maxAttempts: 3 }

describe('supervisor', () => {
  it('waits 0.5 s, 1 s, 2 s … capped at 10 s between restarts', () => {
    const delays = [1, 2, 3, 4, 5, 6, 10].map((attempt) => backoffDelay(attempt, DEFAULT_BACKOFF))
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000])
    expect(delays.map(formatDelay)).toEqual(['0.5 s', '1 s', '2 s', '4 s', '8 s', '10 s', '10 s'])
  })

  it('restarts a process that died, says so, and runs onRestarted', async () => {
    const { lines, log } = recorder()
    const first = fakeProcess()
    const started: FakeProcess[] = []
    const restarted: number[] = []
    const supervisor = supervise({
      name: 'Meilisearch',
      first,
      restart: async () => {
        const next = fakeProcess()
        started.push(next)
        return next
      },
      onRestarted: (process) => void restarted.push(process.pid),
      backMessage: 'reconciling the search index',
      backoff: fast,
      log,
    })
    expect(supervisor.current()).toBe(first)
    first.die()
    await until(() => supervisor.restarts() === 1 && restarted.length === 1)
    expect(supervisor.current()).toBe(started[0])
    expect(supervisor.state()).toBe('running')
    expect(restarted).toEqual([started[0].pid])
    expect(lines).toEqual([
      'warn Meilisearch stopped (signal SIGKILL); restarting in 0 s (attempt 1)',
      `info Meilisearch is back (pid ${started[0].pid}); reconciling the search index`,
    ])
    await supervisor.stop()
    expect(started[0].stopped).toBe(true)
  })

  it('counts failures in a row, resets after a stable run, and gives up after maxAttempts', async () => {
    const { lines, log } = recorder()
    let clock = 0
    const first = fakeProcess()
    let current = first
    const supervisor = supervise({
      name: 'Postgres',
      first,
      restart: async () => (current = fakeProcess()),
      backoff: { ...fast, initialMs: 2 },
      giveUpMessage: 'The portal answers 503.',
      now: () => clock,
      log,
    })
    // Two fast failures: attempts 1 and 2, with a growing delay.
    first.die({ signal: null, code: 1 })
    await until(() => supervisor.restarts() === 1)
    current.die()
    await until(() => supervisor.restarts() === 2)
    // A stable run: the next failure is attempt 1 again.
    clock += fast.stableMs
    current.die()
    await until(() => supervisor.restarts() === 3)
    expect(lines.filter((line) => line.startsWith('warn'))).toEqual([
      'warn Postgres stopped (exit code 1); restarting in 0 s (attempt 1)',
      'warn Postgres stopped (signal SIGKILL); restarting in 0 s (attempt 2)',
      'warn Postgres stopped (signal SIGKILL); restarting in 0 s (attempt 1)',
    ])
    // Three more fast failures: attempts 2 and 3 are restarted, the next one is given up.
    current.die()
    await until(() => supervisor.restarts() === 4)
    current.die()
    await until(() => supervisor.restarts() === 5)
    current.die()
    await until(() => supervisor.state() === 'failed')
    expect(supervisor.restarts()).toBe(5)
    expect(supervisor.current()).toBeUndefined()
    expect(lines.at(-1)).toBe(
      'error Postgres stopped (signal SIGKILL) and failed 3 restarts in a row; giving up. The portal answers 503.',
    )
    await supervisor.stop()
  })

  it('tries again when a restart fails', async () => {
    const { lines, log } = recorder()
    const first = fakeProcess()
    let calls = 0
    const supervisor = supervise({
      name: 'Meilisearch',
      first,
      restart: async () => {
        calls++
        if (calls === 1) throw new Error('Meilisearch could not use its port')
        return fakeProcess()
      },
      backoff: fast,
      log,
    })
    first.die()
    await until(() => supervisor.restarts() === 1)
    expect(calls).toBe(2)
    expect(lines.slice(0, 2)).toEqual([
      'warn Meilisearch stopped (signal SIGKILL); restarting in 0 s (attempt 1)',
      'warn Meilisearch could not be restarted (Meilisearch could not use its port); restarting in 0 s (attempt 2)',
    ])
    await supervisor.stop()
  })

  it('restarts nothing once halted, also when the process dies during the shutdown', async () => {
    const { lines, log } = recorder()
    const first = fakeProcess()
    let calls = 0
    const supervisor = supervise({
      name: 'Meilisearch',
      first,
      restart: async () => {
        calls++
        return fakeProcess()
      },
      backoff: fast,
      log,
    })
    supervisor.halt()
    first.die({ signal: 'SIGINT' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(calls).toBe(0)
    expect(lines).toEqual([])
    expect(supervisor.state()).toBe('stopped')
    await supervisor.stop()
  })

  it('cancels a restart that is waiting for its delay when stopped', async () => {
    const { log } = recorder()
    const first = fakeProcess()
    let calls = 0
    const supervisor = supervise({
      name: 'Meilisearch',
      first,
      restart: async () => {
        calls++
        return fakeProcess()
      },
      backoff: { ...fast, initialMs: 60_000, maxMs: 60_000 },
      log,
    })
    first.die()
    await until(() => supervisor.state() === 'restarting')
    await supervisor.stop()
    expect(calls).toBe(0)
    expect(supervisor.state()).toBe('stopped')
  })
})
