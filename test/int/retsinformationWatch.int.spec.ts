import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { _internal_jobSystemGlobals, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { WATCHED_ACTS } from '@/legislation/watch/collection'
import { WATCH_TASK } from '@/legislation/watch/tasks/watchRetsinformation'

import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * The watch on Retsinformation against a local HTTP server that serves recorded answers in
 * Retsinformation's format (test/fixtures/retsinformation, sources named in its README). The
 * watch runs as the job it is (`watchRetsinformation`, RETSINFORMATION_URL pointing at the local
 * server), with the job clock moved by the test.
 */

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/retsinformation', name), 'utf8')

const BARNETS_LOV = '/eli/lta/2023/721'
const SERVICELOVEN = '/eli/lta/2005/573'
const LATER_AMENDMENT = '/eli/lta/2026/118'

type Mode = 'unchanged' | 'amended' | 'amended-again' | 'failing' | 'slow' | 'garbled'

const state: { barnetsLov: Mode; serviceloven: 'in-force' | 'repealed'; feed: 'ok' | 'garbled' } = {
  barnetsLov: 'unchanged',
  serviceloven: 'in-force',
  feed: 'ok',
}

/** Any other cited act: in force, changed by nothing, in the recorded format. */
const inForce = (eliPath: string) =>
  JSON.stringify([
    {
      about: `https://www.retsinformation.dk${eliPath}`,
      property: 'eli:title',
      content: `Lov (${eliPath})`,
    },
    {
      about: `https://www.retsinformation.dk${eliPath}`,
      property: 'eli:in_force',
      resource: 'http://data.europa.eu/eli/ontology#InForce-inForce',
    },
  ])

function barnetsLov(mode: Mode): { status: number; body: string; delayMs?: number } {
  switch (mode) {
    case 'unchanged':
      return { status: 200, body: fixture('barnets-lov.unchanged.rdfa.json') }
    case 'amended':
      return { status: 200, body: fixture('barnets-lov.amended.rdfa.json') }
    case 'amended-again': {
      const statements = JSON.parse(fixture('barnets-lov.amended.rdfa.json')) as unknown[]
      statements.push({
        about: `https://www.retsinformation.dk${BARNETS_LOV}`,
        property: 'eli:changed_by',
        resource: `https://www.retsinformation.dk${LATER_AMENDMENT}`,
      })
      return { status: 200, body: JSON.stringify(statements) }
    }
    case 'failing':
      return { status: 503, body: '<html><body>Service Unavailable</body></html>' }
    case 'slow':
      return { status: 200, body: fixture('barnets-lov.amended.rdfa.json'), delayMs: 2500 }
    case 'garbled':
      return {
        status: 200,
        body: '[{"about": "https://www.retsinformation.dk/eli/lta/2023/721", "prop',
      }
  }
}

let server: Server
let payload: Payload
const savedEnv = {
  url: process.env.RETSINFORMATION_URL,
  timeout: process.env.RETSINFORMATION_TIMEOUT_SECONDS,
}
/** The job clock: each run a day later, far beyond what the server's runner reaches meanwhile. */
let day = 10

async function runWatch() {
  const at = new Date(Date.now() + day++ * 24 * 60 * 60 * 1000)
  const job = await payload.jobs.queue({
    task: WATCH_TASK,
    input: {},
    waitUntil: new Date(at.getTime() - 60_000),
  } as never)
  const restore = _internal_jobSystemGlobals.getCurrentDate
  _internal_jobSystemGlobals.getCurrentDate = () => at
  try {
    await payload.jobs.runByID({ id: job.id, silent: { info: true } })
  } finally {
    _internal_jobSystemGlobals.getCurrentDate = restore
  }
  // access: the test reads the job it ran.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { id: { equals: job.id } },
    depth: 0,
    overrideAccess: true,
  })
  const left = docs[0] as { hasError?: boolean; completedAt?: string } | undefined
  // deleteJobOnComplete: a completed job is gone; one left behind failed.
  expect(left?.hasError ?? false, JSON.stringify(left)).toBe(false)
  return at
}

async function tasksFor(actPath: string) {
  // access: the test reads the review tasks the job opened.
  const { docs } = await payload.find({
    collection: 'review-tasks',
    where: { dedupeKey: { like: `act-changed:${actPath}:` } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as Array<{
    kind: string
    status: string
    assignee: string
    title: string
    detail?: string
    dedupeKey: string
    legalBasis?: number | null
  }>
}

async function watched(actPath: string) {
  // access: the test reads the watch's records.
  const { docs } = await payload.find({
    collection: WATCHED_ACTS,
    where: { eli: { equals: `https://www.retsinformation.dk${actPath}` } },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as
    | {
        status: string
        amendedBy: Array<{ eli: string; label: string; baseline: boolean }>
        lastSucceededAt?: string
        failures: number
        lastError?: string | null
      }
    | undefined
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost').pathname
    const answer = (status: number, body: string, type = 'application/json', delayMs = 0) =>
      setTimeout(() => {
        if (response.destroyed) return
        response.writeHead(status, { 'content-type': type })
        response.end(body)
      }, delayMs)
    if (url === '/eli/eli-update-feed.atom') {
      return state.feed === 'ok'
        ? answer(200, fixture('eli-update-feed.atom'), 'application/atom+xml')
        : answer(200, '<!DOCTYPE html><html><body>Vedligeholdelse</body></html>', 'text/html')
    }
    const act = /^(\/eli\/[a-z]+\/\d{4}\/[0-9A-Za-z-]+)\.rdfa$/.exec(url)?.[1]
    if (!act) return answer(404, 'No document found matching ELI request', 'text/plain')
    if (act === BARNETS_LOV) {
      const { status, body, delayMs } = barnetsLov(state.barnetsLov)
      return answer(status, body, 'application/json', delayMs)
    }
    if (act === '/eli/lta/2025/1760') return answer(200, fixture('amending-act.rdfa.json'))
    if (act === LATER_AMENDMENT)
      return answer(404, 'No document found matching ELI request', 'text/plain')
    if (act === SERVICELOVEN && state.serviceloven === 'repealed') {
      return answer(200, fixture('repealed-act.rdfa.json'))
    }
    return answer(200, inForce(act))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The config reads these when it is imported (by getTestPayload, below).
  process.env.RETSINFORMATION_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.RETSINFORMATION_TIMEOUT_SECONDS = '1'
  payload = await getTestPayload()
  // A clean slate for the acts this file watches (the database is shared by the test files).
  // access: test setup.
  await payload.delete({
    collection: WATCHED_ACTS,
    where: { id: { exists: true } },
    overrideAccess: true,
  })
  await payload.delete({
    collection: 'review-tasks',
    where: { dedupeKey: { like: 'act-changed:/eli/' } },
    overrideAccess: true,
  })
})

afterAll(async () => {
  process.env.RETSINFORMATION_URL = savedEnv.url
  process.env.RETSINFORMATION_TIMEOUT_SECONDS = savedEnv.timeout
  if (savedEnv.url === undefined) delete process.env.RETSINFORMATION_URL
  if (savedEnv.timeout === undefined) delete process.env.RETSINFORMATION_TIMEOUT_SECONDS
  if (payload) {
    // access: test clean-up.
    await payload.delete({
      collection: WATCHED_ACTS,
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    await payload.delete({
      collection: 'review-tasks',
      where: { dedupeKey: { like: 'act-changed:/eli/' } },
      overrideAccess: true,
    })
  }
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

describe('the watch on Retsinformation', () => {
  it('a recorded “unchanged” answer opens no task; the amending acts known at the start are recorded', async () => {
    state.barnetsLov = 'unchanged'
    // access: test setup: an act that no legal basis cites (any more).
    await payload.create({
      collection: WATCHED_ACTS,
      data: { eli: 'https://www.retsinformation.dk/eli/lta/1990/1', law: 'Ikke længere citeret' },
      overrideAccess: true,
    })
    await runWatch()
    expect(await watched('/eli/lta/1990/1')).toBeUndefined()
    await runWatch()
    expect(await tasksFor(BARNETS_LOV)).toEqual([])
    const act = await watched(BARNETS_LOV)
    expect(act).toMatchObject({ status: 'in-force', failures: 0 })
    expect(act!.amendedBy.map((entry) => [entry.eli, entry.baseline])).toEqual([
      ['https://www.retsinformation.dk/eli/lta/2023/1544', true],
      ['https://www.retsinformation.dk/eli/lta/2024/683', true],
    ])
    // Every cited act of the sample register is watched, by our name for it.
    expect((await watched(SERVICELOVEN))?.status).toBe('in-force')
  })

  it('a recorded “amended” answer opens one task for the consultants, once per amending act', async () => {
    state.barnetsLov = 'amended'
    await runWatch()
    const tasks = await tasksFor(BARNETS_LOV)
    expect(tasks).toHaveLength(1)
    expect(tasks[0]).toMatchObject({
      kind: 'act-changed',
      status: 'open',
      assignee: 'consultants',
      dedupeKey: `act-changed:${BARNETS_LOV}:/eli/lta/2025/1760`,
      title:
        'Barnets Lov er ændret ved LOV nr. 1760 af 10. december 2025: gennemgå noter og opslag der henviser til den',
    })
    expect(tasks[0]!.legalBasis).toBeTruthy()
    expect(tasks[0]!.detail).toContain('https://www.retsinformation.dk/eli/lta/2025/1760')
    expect(tasks[0]!.detail).toMatch(/\d+ noter? og \d+ opslag henviser til dem/)

    // The same answer again: still one task.
    await runWatch()
    expect(await tasksFor(BARNETS_LOV)).toHaveLength(1)
    const act = await watched(BARNETS_LOV)
    expect(act!.amendedBy.at(-1)).toMatchObject({
      eli: 'https://www.retsinformation.dk/eli/lta/2025/1760',
      label: 'LOV nr. 1760 af 10. december 2025',
      baseline: false,
    })
  })

  it('a failing, slow or garbled server: no crash, a logged warning, and a retry at the next run', async () => {
    const warn = vi.spyOn(payload.logger, 'warn')
    try {
      // Meanwhile a new amending act appears, but the answers cannot be read.
      for (const mode of ['failing', 'slow', 'garbled'] as const) {
        state.barnetsLov = mode
        state.feed = mode === 'garbled' ? 'garbled' : 'ok'
        warn.mockClear()
        await runWatch()
        const warnings = warn.mock.calls.map((call) => String(call[0]))
        expect(
          warnings.some((text) => text.includes(BARNETS_LOV) && /next run/.test(text)),
          warnings.join('\n'),
        ).toBe(true)
        if (mode === 'garbled') {
          expect(warnings.some((text) => /update feed/.test(text))).toBe(true)
        }
      }
      const failed = await watched(BARNETS_LOV)
      expect(failed).toMatchObject({ failures: 3, status: 'in-force' })
      expect(failed!.lastError).toMatch(/unreadable answer/)
      expect(await tasksFor(BARNETS_LOV)).toHaveLength(1)

      // The next run that can read it catches up: the new amending act becomes a task.
      state.barnetsLov = 'amended-again'
      state.feed = 'ok'
      warn.mockClear()
      await runWatch()
      const tasks = await tasksFor(BARNETS_LOV)
      expect(tasks.map((task) => task.dedupeKey).sort()).toEqual([
        `act-changed:${BARNETS_LOV}:/eli/lta/2025/1760`,
        `act-changed:${BARNETS_LOV}:${LATER_AMENDMENT}`,
      ])
      // Its own metadata was not found: the task names it by its number.
      expect(tasks.find((task) => task.dedupeKey.endsWith(LATER_AMENDMENT))!.title).toBe(
        'Barnets Lov er ændret ved Lovtidende A nr. 118 (2026): gennemgå noter og opslag der henviser til den',
      )
      expect(await watched(BARNETS_LOV)).toMatchObject({ failures: 0, lastError: null })
    } finally {
      warn.mockRestore()
      state.barnetsLov = 'amended-again'
      state.feed = 'ok'
    }
  })

  it('a cited act no longer in force opens one task for the consultants', async () => {
    state.serviceloven = 'repealed'
    await runWatch()
    await runWatch()
    const tasks = await tasksFor(SERVICELOVEN)
    expect(tasks.map((task) => task.dedupeKey)).toEqual([
      `act-changed:${SERVICELOVEN}:not-in-force`,
    ])
    // Named by the laws of the provisions citing the act (other tests' provisions may cite it too).
    expect(tasks[0]!.title).toMatch(
      /^(.+ \/ )?Serviceloven( \/ .+)? er ikke længere i kraft fra 1\. januar 2024: gennemgå noter og opslag der henviser til den$/,
    )
    expect((await watched(SERVICELOVEN))?.status).toBe('not-in-force')
  })

  it('shows consultants what it knows per act in the Overblik', async () => {
    const csv = async (token?: string) => {
      const response = await fetch(`${baseURL()}/api/overblik/lovovervaagning`, {
        headers: token ? { Authorization: `JWT ${token}` } : {},
      })
      return { status: response.status, text: await response.text() }
    }
    const consultant = await csv(await loginToken('konsulent@videnportal.local'))
    expect(consultant.status).toBe(200)
    const rows = consultant.text.split(/\r?\n/)
    // Barnets Lov: in force, two amending acts since the start, two known then, no failures.
    expect(rows.find((row) => row.startsWith('Barnets Lov;'))).toMatch(
      /^Barnets Lov;I kraft;2;2;.+;0;$/,
    )
    expect(rows.find((row) => /^([^;]+ \/ )?Serviceloven( \/ [^;]+)?;/.test(row))).toMatch(
      /;Ikke i kraft;/,
    )
    expect((await csv(await loginToken('sagsbehandler@videnportal.local'))).status).toBe(403)
  })
})
